import { describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotations, retagAnnotation, setClaimant } from '../../../src/renderer/db/annotations';
import {
  addEntityAlias,
  createEntity,
  deleteEntity,
  EntityWriteError,
  linkMention,
  linkMentions,
  linkMentionToNewEntity,
  mergeEntities,
  removeEntityAlias,
  splitMention,
  unlinkMention,
  updateEntity,
} from '../../../src/renderer/db/entities';
import { entityNamesByMention, entityPage, listEntities } from '../../../src/renderer/db/entityReads';
import { historyState, redo, undo } from '../../../src/renderer/db/history';
import { CORPUS_HISTORY } from '../../../src/renderer/db/historyEntry';
import { keepNoteDraft, replayNoteDrafts } from '../../../src/renderer/db/noteDrafts';
import { saveNote, storedNote } from '../../../src/renderer/db/notes';
import { useTestDatabase } from '../../support/testDatabase';

const t = useTestDatabase('test-entities');

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const TEXT_A = 'العنوان\nقال فلاديمير بوتين إن العلاقات مع الصين قوية. والتقى شي جين بينغ.';
const TEXT_B = 'خبر آخر\nوصل بوتين إلى بكين. وقال لبوتين مرحبا.';

async function seedArticles() {
  const now = Date.now();
  for (const [id, text, title, importedAt] of [
    [A, TEXT_A, 'الأول', now],
    [B, TEXT_B, 'الثاني', now + 1],
  ] as const) {
    await t.db.articles.add({
      id,
      title,
      fileName: `${title}.txt`,
      sourceKey: title,
      encoding: 'utf-8',
      length: text.length,
      detectedDirection: 'rtl',
      directionOverride: null,
      previousVersionId: null,
      importedAt,
      createdAt: now,
      updatedAt: now,
      author: 't',
    });
    await t.db.articleTexts.add({ id, text });
  }
}

const tag = (articleId: string, needle: string, tagId: string, nth = 0) => {
  const text = articleId === A ? TEXT_A : TEXT_B;
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  return createAnnotation(t.db, { articleId, articleText: text, span: { start, end: start + needle.length }, tagId, isClaim: tagId === 'claim', author: 't' });
};

const stored = async (id: string) => (await t.db.annotations.get(id))!;
const entityRow = async (id: string) => (await t.db.entities.get(id))!;

describe('creating and editing entities', () => {
  it('creates an entity as one corpus step, and edits each field as one more', async () => {
    const putin = await createEntity(t.db, { name: ' فلاديمير  بوتين ', type: 'person' });
    expect(putin).toMatchObject({ name: 'فلاديمير بوتين', latinName: '', aliases: [], wikidataId: null, note: null });
    await updateEntity(t.db, putin.id, { latinName: 'Vladimir Putin', wikidataId: 'https://www.wikidata.org/wiki/q7747', note: '{"root":{}}' });
    await updateEntity(t.db, putin.id, { name: 'بوتين', type: 'person' });
    expect(await entityRow(putin.id)).toMatchObject({ name: 'بوتين', latinName: 'Vladimir Putin', wikidataId: 'Q7747', note: '{"root":{}}' });
    await undo(t.db, CORPUS_HISTORY);
    expect((await entityRow(putin.id)).name).toBe('فلاديمير بوتين');
    await undo(t.db, CORPUS_HISTORY);
    expect(await entityRow(putin.id)).toMatchObject({ latinName: '', wikidataId: null });
    await undo(t.db, CORPUS_HISTORY);
    expect((await entityRow(putin.id)).deletedAt).toBeTypeOf('number');
    await redo(t.db, CORPUS_HISTORY);
    expect((await entityRow(putin.id)).deletedAt).toBeUndefined();
  });

  it('refuses an empty name and a Wikidata id that is not one, and makes no step of an unchanged edit', async () => {
    await expect(createEntity(t.db, { name: '  ', type: 'place' })).rejects.toEqual(new EntityWriteError('name-required'));
    const china = await createEntity(t.db, { name: 'الصين', type: 'place' });
    await expect(updateEntity(t.db, china.id, { wikidataId: 'javascript:alert(1)' })).rejects.toMatchObject({ problem: 'wikidata-invalid' });
    await expect(updateEntity(t.db, china.id, { name: '' })).rejects.toMatchObject({ problem: 'name-required' });
    const steps = await t.db.history.count();
    await updateEntity(t.db, china.id, { name: 'الصين', aliases: [] });
    expect(await t.db.history.count()).toBe(steps);
    await updateEntity(t.db, china.id, { wikidataId: '' });
    expect(await t.db.history.count()).toBe(steps);
  });

  it('adds and removes aliases; a spelling the name or an alias covers is not added', async () => {
    const china = await createEntity(t.db, { name: 'الصين', type: 'place', aliases: ['الصّين', 'جمهورية الصين'] });
    expect(china.aliases).toEqual(['جمهورية الصين']);
    await addEntityAlias(t.db, china.id, 'بكين الرسمية');
    await addEntityAlias(t.db, china.id, 'جمهوريّة الصين');
    expect((await entityRow(china.id)).aliases).toEqual(['جمهورية الصين', 'بكين الرسمية']);
    await removeEntityAlias(t.db, china.id, 'جمهورية الصين');
    expect((await entityRow(china.id)).aliases).toEqual(['بكين الرسمية']);
    await undo(t.db, CORPUS_HISTORY);
    expect((await entityRow(china.id)).aliases).toEqual(['جمهورية الصين', 'بكين الرسمية']);
  });
});

describe('linking mentions', () => {
  it('links a mention to a new entity named after it, as a step of its article that the reader undoes', async () => {
    await seedArticles();
    const mention = await tag(A, 'فلاديمير بوتين', 'person');
    const putin = await linkMentionToNewEntity(t.db, mention.id);
    expect(putin).toMatchObject({ name: 'فلاديمير بوتين', type: 'person', aliases: [] });
    expect((await stored(mention.id)).entityId).toBe(putin.id);
    expect(await historyState(t.db, CORPUS_HISTORY)).toEqual({ canUndo: false, canRedo: false });
    await undo(t.db, A);
    expect((await stored(mention.id)).entityId).toBeUndefined();
    expect((await entityRow(putin.id)).deletedAt).toBeTypeOf('number');
    await redo(t.db, A);
    expect((await stored(mention.id)).entityId).toBe(putin.id);
    expect((await entityRow(putin.id)).deletedAt).toBeUndefined();
  });

  it('adds the mention’s text to the aliases unless one folds to it, and undoes both together', async () => {
    await seedArticles();
    const first = await tag(A, 'فلاديمير بوتين', 'person');
    const putin = await linkMentionToNewEntity(t.db, first.id);
    const second = await tag(B, 'بوتين', 'person');
    await linkMention(t.db, second.id, putin.id);
    expect((await entityRow(putin.id)).aliases).toEqual(['بوتين']);
    const third = await tag(B, 'لبوتين', 'person');
    await linkMention(t.db, third.id, putin.id);
    expect((await entityRow(putin.id)).aliases).toEqual(['بوتين', 'لبوتين']);
    await undo(t.db, B);
    expect((await stored(third.id)).entityId).toBeUndefined();
    expect((await entityRow(putin.id)).aliases).toEqual(['بوتين']);
    // Linking the same text again adds nothing.
    await t.db.entities.update(putin.id, { aliases: ['بُوتين'] });
    await linkMention(t.db, third.id, putin.id);
    await unlinkMention(t.db, second.id);
    await linkMention(t.db, second.id, putin.id);
    expect((await entityRow(putin.id)).aliases).toEqual(['بُوتين', 'لبوتين']);
  });

  it('links only annotations whose tag names an entity, to an entity that exists', async () => {
    await seedArticles();
    const claim = await tag(A, 'العلاقات مع الصين قوية', 'claim');
    const china = await createEntity(t.db, { name: 'الصين', type: 'place' });
    await expect(linkMention(t.db, claim.id, china.id)).rejects.toMatchObject({ problem: 'not-a-mention' });
    const place = await tag(A, 'الصين', 'place');
    await deleteEntity(t.db, china.id);
    await expect(linkMention(t.db, place.id, china.id)).rejects.toMatchObject({ problem: 'entity-gone' });
    await deleteAnnotations(t.db, A, [place.id]);
    await expect(linkMentionToNewEntity(t.db, place.id)).rejects.toMatchObject({ problem: 'mention-gone' });
  });

  it('unlinks and splits a mention off, to no entity or to a new one, each one step of its article', async () => {
    await seedArticles();
    const one = await tag(B, 'بوتين', 'person');
    const two = await tag(B, 'لبوتين', 'person');
    const putin = await createEntity(t.db, { name: 'بوتين', type: 'person' });
    await linkMentions(t.db, [one.id, two.id], putin.id);
    const other = await splitMention(t.db, two.id, { name: 'بوتين الآخر' });
    expect(other).toMatchObject({ name: 'بوتين الآخر', type: 'person', aliases: ['لبوتين'] });
    expect((await stored(two.id)).entityId).toBe(other!.id);
    await splitMention(t.db, one.id, null);
    expect((await stored(one.id)).entityId).toBeUndefined();
    await undo(t.db, B);
    expect((await stored(one.id)).entityId).toBe(putin.id);
    await undo(t.db, B);
    expect((await stored(two.id)).entityId).toBe(putin.id);
    expect((await entityRow(other!.id)).deletedAt).toBeTypeOf('number');
  });

  it('puts a link in the corpus history when asked (the entity page), or when the mentions span articles', async () => {
    await seedArticles();
    const one = await tag(A, 'فلاديمير بوتين', 'person');
    const two = await tag(B, 'بوتين', 'person');
    const putin = await createEntity(t.db, { name: 'بوتين', type: 'person' });
    await linkMentions(t.db, [one.id, two.id], putin.id);
    expect(await historyState(t.db, A)).toMatchObject({ canUndo: true });
    await unlinkMention(t.db, one.id, { history: 'corpus' });
    await undo(t.db, CORPUS_HISTORY);
    expect((await stored(one.id)).entityId).toBe(putin.id);
    await undo(t.db, CORPUS_HISTORY);
    expect((await stored(one.id)).entityId).toBeUndefined();
    expect((await stored(two.id)).entityId).toBeUndefined();
  });
});

describe('merging and deleting', () => {
  it('merges B into A in one corpus step: mentions and aliases move, B becomes a tombstone; undo and redo', async () => {
    await seedArticles();
    const m1 = await tag(A, 'فلاديمير بوتين', 'person');
    const m2 = await tag(B, 'بوتين', 'person');
    const a = await linkMentionToNewEntity(t.db, m1.id);
    const b = await linkMentionToNewEntity(t.db, m2.id, { name: 'بوتين', latinName: 'Putin' });
    await updateEntity(t.db, b.id, { wikidataId: 'Q7747', aliases: ['الرئيس الروسي'] });
    const steps = await t.db.history.count();
    await mergeEntities(t.db, a.id, b.id);
    expect(await t.db.history.count()).toBe(steps + 1);
    expect((await stored(m2.id)).entityId).toBe(a.id);
    expect(await entityRow(a.id)).toMatchObject({ aliases: ['بوتين', 'الرئيس الروسي'], latinName: 'Putin', wikidataId: 'Q7747' });
    expect((await entityRow(b.id)).deletedAt).toBeTypeOf('number');
    expect((await listEntities(t.db)).map((s) => [s.entity.name, s.mentions, s.articles])).toEqual([['فلاديمير بوتين', 2, 2]]);
    await undo(t.db, CORPUS_HISTORY);
    expect((await stored(m2.id)).entityId).toBe(b.id);
    expect((await entityRow(a.id)).aliases).toEqual([]);
    expect((await entityRow(b.id)).deletedAt).toBeUndefined();
    await redo(t.db, CORPUS_HISTORY);
    expect((await stored(m2.id)).entityId).toBe(a.id);
    expect((await entityRow(b.id)).deletedAt).toBeTypeOf('number');
    await expect(mergeEntities(t.db, a.id, a.id)).rejects.toMatchObject({ problem: 'same-entity' });
  });

  it('never brings back an entity merged away when the reader undoes an older link to it', async () => {
    await seedArticles();
    const m1 = await tag(A, 'فلاديمير بوتين', 'person');
    const m2 = await tag(B, 'بوتين', 'person');
    const a = await linkMentionToNewEntity(t.db, m1.id);
    const b = await createEntity(t.db, { name: 'بوتين', type: 'person' });
    await linkMention(t.db, m2.id, b.id);
    await mergeEntities(t.db, a.id, b.id);
    await undo(t.db, B); // the link of m2 to b
    expect((await stored(m2.id)).entityId).toBeUndefined();
    expect((await entityRow(b.id)).deletedAt).toBeTypeOf('number');
  });

  it('deletes an entity in one corpus step; its mentions stay as plain annotations', async () => {
    await seedArticles();
    const m1 = await tag(A, 'الصين', 'place');
    const china = await linkMentionToNewEntity(t.db, m1.id);
    await deleteEntity(t.db, china.id);
    expect(await stored(m1.id)).toMatchObject({ tagId: 'place', exact: 'الصين' });
    expect((await stored(m1.id)).entityId).toBeUndefined();
    expect((await stored(m1.id)).deletedAt).toBeUndefined();
    expect(await listEntities(t.db)).toEqual([]);
    await undo(t.db, CORPUS_HISTORY);
    expect((await stored(m1.id)).entityId).toBe(china.id);
    expect(await listEntities(t.db)).toHaveLength(1);
  });
});

describe('reading the registry', () => {
  it('counts mentions and articles per entity through the entityId index, leaving deleted mentions and untagged rows out', async () => {
    await seedArticles();
    const m1 = await tag(A, 'فلاديمير بوتين', 'person');
    const m2 = await tag(B, 'بوتين', 'person');
    const m3 = await tag(B, 'لبوتين', 'person');
    const putin = await linkMentionToNewEntity(t.db, m1.id);
    await linkMentions(t.db, [m2.id, m3.id], putin.id);
    const china = await createEntity(t.db, { name: 'الصين', type: 'place' });
    expect((await listEntities(t.db)).map((s) => [s.entity.id, s.mentions, s.articles])).toEqual([
      [china.id, 0, 0],
      [putin.id, 3, 2],
    ]);
    await deleteAnnotations(t.db, B, [m3.id]);
    expect((await listEntities(t.db)).find((s) => s.entity.id === putin.id)).toMatchObject({ mentions: 2, articles: 2 });
    // Retagged as something that names no entity, it is no mention (and is one again when tagged back).
    await retagAnnotation(t.db, m2.id, 'datetime', false);
    expect((await listEntities(t.db)).find((s) => s.entity.id === putin.id)).toMatchObject({ mentions: 1, articles: 1 });
  });

  it('gives an entity’s page: mentions in their sentences in library order, the claims it makes and the claims that mention it', async () => {
    await seedArticles();
    const m1 = await tag(A, 'فلاديمير بوتين', 'person');
    const m2 = await tag(B, 'بوتين', 'person');
    const putin = await linkMentionToNewEntity(t.db, m2.id, { name: 'بوتين' });
    await linkMention(t.db, m1.id, putin.id);
    const said = await tag(A, 'العلاقات مع الصين قوية', 'claim');
    await setClaimant(t.db, said.id, m1.id);
    const about = await tag(B, 'وصل بوتين إلى بكين', 'claim');
    await tag(B, 'وقال لبوتين مرحبا', 'claim'); // not linked: no row
    const page = (await entityPage(t.db, putin.id))!;
    expect(page.mentions.map((m) => [m.articleTitle, m.sentence])).toEqual([
      ['الأول', { before: 'قال ', marked: 'فلاديمير بوتين', after: ' إن العلاقات مع الصين قوية.' }],
      ['الثاني', { before: 'وصل ', marked: 'بوتين', after: ' إلى بكين.' }],
    ]);
    expect(page.claimsMade.map((c) => [c.claim.id, c.mention.id])).toEqual([[said.id, m1.id]]);
    expect(page.claimsAbout.map((c) => [c.claim.id, c.mention.id])).toEqual([[about.id, m2.id]]);
    await deleteEntity(t.db, putin.id);
    expect(await entityPage(t.db, putin.id)).toBeUndefined();
  });

  it('names the entity of each mention asked about (for the claims view)', async () => {
    await seedArticles();
    const m1 = await tag(A, 'فلاديمير بوتين', 'person');
    const m2 = await tag(A, 'الصين', 'place');
    const m3 = await tag(A, 'شي جين بينغ', 'person');
    const putin = await linkMentionToNewEntity(t.db, m1.id);
    const china = await linkMentionToNewEntity(t.db, m2.id);
    await deleteEntity(t.db, china.id);
    const names = await entityNamesByMention(t.db, [m1.id, m2.id, m3.id, 'missing']);
    expect([...names]).toEqual([[m1.id, { entityId: putin.id, name: 'فلاديمير بوتين' }]]);
  });
});

describe('the note on an entity', () => {
  it('is saved as a step of the corpus (none when unchanged), read back, and replayed from a draft left by a closed page', async () => {
    const putin = await createEntity(t.db, { name: 'بوتين', type: 'person' });
    const owner = { kind: 'entity', entityId: putin.id } as const;
    await saveNote(t.db, owner, '{"n":1}', 'mona');
    const steps = await t.db.history.count();
    await saveNote(t.db, owner, '{"n":1}', 'mona');
    expect(await t.db.history.count()).toBe(steps);
    expect(await storedNote(t.db, owner)).toEqual({ note: '{"n":1}' });
    await undo(t.db, CORPUS_HISTORY);
    expect(await storedNote(t.db, owner)).toEqual({ note: null });
    const items = new Map<string, string>();
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
      key: (index: number) => [...items.keys()][index] ?? null,
      get length() {
        return items.size;
      },
    };
    keepNoteDraft(storage, { owner, note: '{"n":2}', author: 'mona', base: [null] });
    expect(await replayNoteDrafts(t.db, storage)).toBe(1);
    expect((await entityRow(putin.id)).note).toBe('{"n":2}');
    await deleteEntity(t.db, putin.id);
    expect(await storedNote(t.db, owner)).toBeUndefined();
  });
});
