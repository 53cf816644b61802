import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../support/testDatabase';
import { liveAnnotationCount } from '../../support/records';
import { createAnnotation, deleteAnnotations, retagAnnotation, updateClaim } from '../../../src/renderer/db/annotations';
import { historyState, redo, undo } from '../../../src/renderer/db/history';

const t = useTestDatabase('test-history');

const TEXT = 'قال فلاديمير بوتين إن الزيارة ناجحة';
const tag = (start: number, end: number, tagId: string) => createAnnotation(t.db, { articleId: 'a', articleText: TEXT, span: { start, end }, tagId, isClaim: tagId === 'claim', author: 't' });

describe('annotation history', () => {
  it('undoes and redoes create, retag and delete, in order', async () => {
    const person = await tag(4, 18, 'place');
    await retagAnnotation(t.db, person.id, 'person', false);
    await deleteAnnotations(t.db, 'a', [person.id]);
    expect(await liveAnnotationCount(t.db)).toBe(0);
    await undo(t.db, 'a');
    expect((await t.db.annotations.get(person.id))?.tagId).toBe('person');
    await undo(t.db, 'a');
    expect((await t.db.annotations.get(person.id))?.tagId).toBe('place');
    await redo(t.db, 'a');
    expect((await t.db.annotations.get(person.id))?.tagId).toBe('person');
    expect(await historyState(t.db, 'a')).toEqual({ canUndo: true, canRedo: true });
    // A new change drops the redo branch.
    await tag(0, 3, 'event');
    expect(await historyState(t.db, 'a')).toEqual({ canUndo: true, canRedo: false });
  });

  it('deleting a claimant unlinks its claims, and undo relinks them', async () => {
    const person = await tag(4, 18, 'person');
    const claim = await tag(19, TEXT.length, 'claim');
    await updateClaim(t.db, claim.id, { claimantAnnotationId: person.id });
    await deleteAnnotations(t.db, 'a', [person.id]);
    expect((await t.db.annotations.get(claim.id))?.claim?.claimantAnnotationId).toBeNull();
    await undo(t.db, 'a');
    expect((await t.db.annotations.get(claim.id))?.claim?.claimantAnnotationId).toBe(person.id);
  });

  it('quick successive edits of one claim all land', async () => {
    const claim = await tag(19, TEXT.length, 'claim');
    await Promise.all([updateClaim(t.db, claim.id, { attribution: 'reported' }), updateClaim(t.db, claim.id, { status: 'disputed' }), updateClaim(t.db, claim.id, { confidence: 70 })]);
    expect((await t.db.annotations.get(claim.id))?.claim).toMatchObject({ attribution: 'reported', status: 'disputed', confidence: 70 });
  });

  it('keeps each article’s history apart', async () => {
    await tag(0, 3, 'event');
    expect(await undo(t.db, 'other')).toBeNull();
    expect(await liveAnnotationCount(t.db)).toBe(1);
  });
});
