import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../support/testDatabase';
import { AlreadyTaggedError, annotationById, annotationsOnSpan, articleAnnotations, createAnnotation, deleteAnnotations, updateAnnotation } from '../../../src/renderer/db/annotations';
import { articleNote, saveArticleNote } from '../../../src/renderer/db/articleNotes';
import { annotationCounts, storeArticle } from '../../../src/renderer/db/articles';
import { redo, undo } from '../../../src/renderer/db/history';
import { storedNote } from '../../../src/renderer/db/notes';
import { purgeDeleted } from '../../../src/renderer/db/purge';
import { readReportData } from '../../../src/renderer/db/reportData';
import { writeSetting } from '../../../src/renderer/db/settings';
import { addTag, ensureDefaultTags, listTags, removeTag, tagUsage } from '../../../src/renderer/db/tags';
import { intakeBytes } from '../../../src/shared/text/intake';
import { utf8 } from '../../support/encodings';

const t = useTestDatabase('test-soft-delete');
const TEXT = 'قال فلاديمير بوتين إن الزيارة ناجحة';
const tag = (start: number, end: number, tagId: string, articleId = 'a') =>
  createAnnotation(t.db, { articleId, articleText: TEXT, span: { start, end }, tagId, isClaim: tagId === 'claim', author: 'mona' });

async function storedArticle(text: string): Promise<string> {
  const accepted = await intakeBytes('f.txt', utf8(text));
  if (!accepted.ok) throw new Error(accepted.reason);
  await storeArticle(t.db, { accepted, fileName: 'x.txt', sourceKey: `k${text.length}`, author: 'mona' });
  return accepted.id;
}

describe('deleting an annotation', () => {
  it('keeps a tombstone stamped with who deleted it and when, hidden from every read', async () => {
    await writeSetting(t.db, 'analystName', 'samir');
    const person = await tag(4, 18, 'person');
    const place = await tag(19, 21, 'place');
    const before = Date.now();
    await deleteAnnotations(t.db, 'a', [person.id]);
    const row = await t.db.annotations.get(person.id);
    expect(row).toMatchObject({ id: person.id, tagId: 'person', author: 'mona', deletedBy: 'samir' });
    expect(row!.deletedAt).toBeGreaterThanOrEqual(before);
    expect(row!.updatedAt).toBe(row!.deletedAt);
    // Panel and reader, one by id, the span check, counts, tag usage: none sees it.
    expect((await articleAnnotations(t.db, 'a')).map((a) => a.id)).toEqual([place.id]);
    expect(await annotationById(t.db, person.id)).toBeUndefined();
    expect(await annotationsOnSpan(t.db, 'a', { start: 4, end: 18 })).toEqual([]);
    expect(await annotationCounts(t.db)).toEqual(new Map([['a', 1]]));
    expect(await tagUsage(t.db, 'person')).toBe(0);
    // A deleted annotation is not edited.
    await updateAnnotation(t.db, person.id, { note: 'x' });
    expect((await t.db.annotations.get(person.id))?.note).toBeNull();
  });

  it('lets the same tag be made again on the span, as a new annotation beside the tombstone', async () => {
    const first = await tag(4, 18, 'person');
    await deleteAnnotations(t.db, 'a', [first.id]);
    const second = await tag(4, 18, 'person');
    expect(second.id).not.toBe(first.id);
    await expect(tag(4, 18, 'person')).rejects.toBeInstanceOf(AlreadyTaggedError);
    expect(await t.db.annotations.count()).toBe(2); // the tombstone and the new one
  });

  it('undo of a creation deletes softly and redo brings back the same id; undo of a delete too', async () => {
    const made = await tag(4, 18, 'person');
    await undo(t.db, 'a');
    expect((await t.db.annotations.get(made.id))?.deletedAt).toBeDefined();
    expect(await articleAnnotations(t.db, 'a')).toEqual([]);
    await redo(t.db, 'a');
    const back = await t.db.annotations.get(made.id);
    expect(back).toMatchObject({ id: made.id, tagId: 'person', start: 4, end: 18 });
    expect(back).not.toHaveProperty('deletedAt');
    expect(back).not.toHaveProperty('deletedBy');
    await deleteAnnotations(t.db, 'a', [made.id]);
    await undo(t.db, 'a');
    expect((await articleAnnotations(t.db, 'a')).map((a) => a.id)).toEqual([made.id]);
    expect(await t.db.annotations.count()).toBe(1);
  });

  it('leaves deleted annotations and cleared notes out of reports; keeps removed tags for naming', async () => {
    const id = await storedArticle(TEXT);
    await ensureDefaultTags(t.db);
    const kept = await tag(4, 18, 'person', id);
    const gone = await tag(19, 21, 'place', id);
    await deleteAnnotations(t.db, id, [gone.id]);
    await saveArticleNote(t.db, id, '{"n":1}', 'mona');
    await saveArticleNote(t.db, id, null, 'mona');
    await removeTag(t.db, 'event', 'delete');
    const report = await readReportData(t.db, null);
    expect(report.articles[0]!.annotations.map((a) => a.id)).toEqual([kept.id]);
    expect(report.articles[0]!.articleNote).toBeNull();
    expect(report.tags.find((x) => x.id === 'event')?.deletedAt).toBeDefined();
  });
});

describe('removing a tag', () => {
  it('makes the tag a tombstone, frees its name, and deletes its annotations softly', async () => {
    await writeSetting(t.db, 'analystName', 'samir');
    await ensureDefaultTags(t.db);
    const a = await tag(4, 18, 'quote');
    await removeTag(t.db, 'quote', 'delete');
    expect(await t.db.tags.get('quote')).toMatchObject({ deletedBy: 'samir' });
    expect((await listTags(t.db)).map((x) => x.id)).not.toContain('quote');
    expect((await t.db.annotations.get(a.id))?.deletedBy).toBe('samir');
    // Its name is free; the tombstone's annotation does not keep it in use.
    await expect(addTag(t.db, { labelEn: 'Quote', labelAr: '', color: '#000000', kind: 'entity' })).resolves.toMatchObject({ labelEn: 'Quote', author: 'samir' });
    expect(await tagUsage(t.db, 'quote')).toBe(0);
  });
});

describe('article notes', () => {
  it('a cleared note is a tombstone; writing again makes a new note', async () => {
    const id = await storedArticle(TEXT);
    await saveArticleNote(t.db, id, '{"n":1}', 'mona');
    await saveArticleNote(t.db, id, null, 'samir');
    expect(await t.db.articleNotes.get(id)).toMatchObject({ note: '{"n":1}', author: 'mona', deletedBy: 'samir' });
    expect(await articleNote(t.db, id)).toBeNull();
    expect(await storedNote(t.db, { kind: 'article', articleId: id })).toEqual({ note: null });
    await saveArticleNote(t.db, id, '{"n":2}', 'samir');
    const row = await t.db.articleNotes.get(id);
    expect(row).toMatchObject({ note: '{"n":2}', author: 'samir' });
    expect(row).not.toHaveProperty('deletedAt');
  });
});

describe('purge', () => {
  it('removes only tombstones, older than asked, and no tag that undo could still need', async () => {
    await ensureDefaultTags(t.db);
    const live = await tag(4, 18, 'person');
    const gone = await tag(19, 21, 'place');
    await deleteAnnotations(t.db, 'a', [gone.id]);
    await removeTag(t.db, 'event', 'delete'); // unused: no history step names it
    await removeTag(t.db, 'place', 'delete'); // used by the tombstone and named by history
    await saveArticleNote(t.db, 'a', '{"n":1}', 'x');
    await saveArticleNote(t.db, 'a', null, 'x');
    expect(await purgeDeleted(t.db, 0)).toEqual({ annotations: 0, tags: 0, articleNotes: 0 });
    expect(await purgeDeleted(t.db)).toEqual({ annotations: 1, tags: 1, articleNotes: 1 });
    expect((await t.db.annotations.toArray()).map((a) => a.id)).toEqual([live.id]);
    expect(await t.db.tags.get('event')).toBeUndefined();
    expect(await t.db.tags.get('place')).toBeDefined();
    expect(await t.db.articleNotes.count()).toBe(0);
    // Undo still brings a purged annotation back: the step holds the whole row.
    await undo(t.db, 'a'); // the delete
    expect((await articleAnnotations(t.db, 'a')).map((a) => a.id).sort()).toEqual([live.id, gone.id].sort());
  });
});
