import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../support/testDatabase';
import { annotationById, createAnnotation, deleteAnnotations, updateClaim } from '../../../src/renderer/db/annotations';
import { redo, undo } from '../../../src/renderer/db/history';
import { addTag, ensureDefaultTags, listTags, moveTag, removeTag, TagLabelError, tagUsage, updateTag } from '../../../src/renderer/db/tags';

const t = useTestDatabase('test-tags');
const TEXT = 'قال فلاديمير بوتين إن الزيارة ناجحة';
const tag = (articleId: string, start: number, end: number, tagId: string) =>
  createAnnotation(t.db, { articleId, articleText: TEXT, span: { start, end }, tagId, isClaim: tagId === 'claim', author: 't' });
const ids = async () => (await listTags(t.db)).map((x) => x.id);

describe('tag set', () => {
  it('adds, renames, recolours and reorders tags', async () => {
    await ensureDefaultTags(t.db);
    const weapon = await addTag(t.db, { labelEn: 'Weapon', labelAr: 'سلاح', color: '#123456', kind: 'entity' });
    expect((await ids()).at(-1)).toBe(weapon.id);
    await updateTag(t.db, weapon.id, { labelEn: 'Arms', color: '#654321' });
    expect(await t.db.tags.get(weapon.id)).toMatchObject({ labelEn: 'Arms', labelAr: 'سلاح', color: '#654321' });
    await moveTag(t.db, 'organisation', -1);
    expect((await ids()).slice(0, 3)).toEqual(['organisation', 'person', 'place']);
    const orders = (await listTags(t.db)).map((x) => x.order);
    await moveTag(t.db, 'organisation', -1); // already first: nothing moves
    expect((await listTags(t.db)).map((x) => x.order)).toEqual(orders);
  });

  it('refuses empty labels and labels of another tag, and stores labels with their spaces collapsed', async () => {
    await ensureDefaultTags(t.db);
    await expect(addTag(t.db, { labelEn: ' ', labelAr: 'ـ', color: '#123456', kind: 'entity' })).rejects.toMatchObject({ problem: { problem: 'empty' } });
    await expect(addTag(t.db, { labelEn: 'PLACE', labelAr: '', color: '#123456', kind: 'entity' })).rejects.toBeInstanceOf(TagLabelError);
    await expect(addTag(t.db, { labelEn: 'Weapon', labelAr: 'مَكان', color: '#123456', kind: 'entity' })).rejects.toMatchObject({
      problem: { problem: 'duplicate', field: 'labelAr', clash: { id: 'place' } },
    });
    expect(await listTags(t.db)).toHaveLength(8);
    const weapon = await addTag(t.db, { labelEn: '  Heavy   weapon ', labelAr: 'سلاح', color: '#123456', kind: 'entity' });
    expect(weapon.labelEn).toBe('Heavy weapon');
    await expect(updateTag(t.db, weapon.id, { labelEn: 'person' })).rejects.toMatchObject({ problem: { problem: 'duplicate', clash: { id: 'person' } } });
    await expect(updateTag(t.db, weapon.id, { labelAr: '' })).resolves.toBeUndefined(); // one label may go while the other remains
    await expect(updateTag(t.db, weapon.id, { labelEn: '' })).rejects.toMatchObject({ problem: { problem: 'empty' } });
    expect(await t.db.tags.get(weapon.id)).toMatchObject({ labelEn: 'Heavy weapon', labelAr: '' });
    await updateTag(t.db, weapon.id, { labelEn: 'HEAVY WEAPON ' }); // its own name in another case is fine
    expect((await t.db.tags.get(weapon.id))?.labelEn).toBe('HEAVY WEAPON');
  });

  it('moving a removed tag’s annotations retags them, and undo in any article restores tag and annotations', async () => {
    await ensureDefaultTags(t.db);
    const a = await tag('a', 4, 18, 'place');
    const b = await tag('b', 19, 29, 'place');
    await removeTag(t.db, 'place', { moveTo: 'person' });
    expect(await ids()).not.toContain('place');
    expect((await t.db.annotations.get(a.id))?.tagId).toBe('person');
    expect((await t.db.annotations.get(b.id))?.tagId).toBe('person');
    await undo(t.db, 'a');
    expect((await listTags(t.db)).map((x) => x.id).indexOf('place')).toBe(2); // back in its place
    expect((await t.db.annotations.get(a.id))?.tagId).toBe('place');
    expect((await t.db.annotations.get(b.id))?.tagId).toBe('person'); // b's own undo is separate
    // Redo in a while b's annotation is still elsewhere: the tag goes again, nothing is orphaned.
    await redo(t.db, 'a');
    expect(await ids()).not.toContain('place');
    expect(await tagUsage(t.db, 'place')).toBe(0);
  });

  it('deleting a removed tag’s annotations is undoable, unlinks claimants, and never orphans an annotation', async () => {
    await ensureDefaultTags(t.db);
    const person = await tag('a', 4, 18, 'person');
    const claim = await tag('a', 19, TEXT.length, 'claim');
    await updateClaim(t.db, claim.id, { claimantAnnotationId: person.id });
    await removeTag(t.db, 'person', 'delete');
    expect(await annotationById(t.db, person.id)).toBeUndefined();
    expect((await t.db.annotations.get(claim.id))?.claim?.claimantAnnotationId).toBeNull();
    await undo(t.db, 'a');
    expect((await t.db.annotations.get(person.id))?.tagId).toBe('person');
    expect((await t.db.annotations.get(claim.id))?.claim?.claimantAnnotationId).toBe(person.id);
    expect((await ids())[0]).toBe('person');
  });

  it('moving annotations to a claim tag gives them claim fields; an unknown target is refused and changes nothing', async () => {
    await ensureDefaultTags(t.db);
    const q = await tag('a', 19, 29, 'quote');
    await expect(removeTag(t.db, 'quote', { moveTo: 'nope' })).rejects.toThrow();
    expect(await ids()).toContain('quote');
    await removeTag(t.db, 'quote', { moveTo: 'claim' });
    expect((await t.db.annotations.get(q.id))?.claim?.status).toBe('unverified');
  });

  it('removes an unused tag at once', async () => {
    await ensureDefaultTags(t.db);
    await removeTag(t.db, 'event', 'delete');
    expect(await ids()).toEqual(['person', 'organisation', 'place', 'datetime', 'figure', 'quote', 'claim']);
    expect(await t.db.history.count()).toBe(0);
  });
});

describe('tag set and history together', () => {
  it('undo brings back an annotation of a tag removed while unused, and its tag with it', async () => {
    await ensureDefaultTags(t.db);
    const y = await tag('c', 4, 18, 'event');
    await deleteAnnotations(t.db, 'c', [y.id]);
    await removeTag(t.db, 'event', 'delete'); // unused now: removed at once, no step
    expect(await ids()).not.toContain('event');
    await undo(t.db, 'c');
    expect((await t.db.annotations.get(y.id))?.tagId).toBe('event');
    expect(await ids()).toContain('event');
  });

  it('redo that moves annotations to a tag removed since brings that tag back', async () => {
    await ensureDefaultTags(t.db);
    const a = await tag('a', 4, 18, 'quote');
    await removeTag(t.db, 'quote', { moveTo: 'event' });
    await undo(t.db, 'a'); // a is a quote again; event is unused
    await removeTag(t.db, 'event', 'delete');
    await redo(t.db, 'a'); // moves a to event again
    expect((await t.db.annotations.get(a.id))?.tagId).toBe('event');
    expect(await ids()).toContain('event');
    expect(await ids()).not.toContain('quote');
  });

  it('a later undo in another article does not revert a rename made after the first undo', async () => {
    await ensureDefaultTags(t.db);
    await tag('a', 4, 18, 'place');
    await tag('b', 4, 18, 'place');
    await removeTag(t.db, 'place', { moveTo: 'person' });
    await undo(t.db, 'a');
    await updateTag(t.db, 'place', { labelEn: 'Location', color: '#000000' });
    await undo(t.db, 'b');
    expect(await t.db.tags.get('place')).toMatchObject({ labelEn: 'Location', color: '#000000' });
  });
});
