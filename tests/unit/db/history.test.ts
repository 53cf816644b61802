import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotations, retagAnnotation, updateClaim } from '../../../src/renderer/db/annotations';
import { IsnadDatabase } from '../../../src/renderer/db/database';
import { historyState, redo, undo } from '../../../src/renderer/db/history';

let db: IsnadDatabase;
let n = 0;
beforeEach(async () => {
  db = new IsnadDatabase(`test-history-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const TEXT = 'قال فلاديمير بوتين إن الزيارة ناجحة';
const tag = (start: number, end: number, tagId: string) =>
  createAnnotation(db, { articleId: 'a', articleText: TEXT, span: { start, end }, tagId, isClaim: tagId === 'claim', author: 't' });

describe('annotation history', () => {
  it('undoes and redoes create, retag and delete, in order', async () => {
    const person = await tag(4, 18, 'place');
    await retagAnnotation(db, person.id, 'person', false);
    await deleteAnnotations(db, 'a', [person.id]);
    expect(await db.annotations.count()).toBe(0);
    await undo(db, 'a');
    expect((await db.annotations.get(person.id))?.tagId).toBe('person');
    await undo(db, 'a');
    expect((await db.annotations.get(person.id))?.tagId).toBe('place');
    await redo(db, 'a');
    expect((await db.annotations.get(person.id))?.tagId).toBe('person');
    expect(await historyState(db, 'a')).toEqual({ canUndo: true, canRedo: true });
    // A new change drops the redo branch.
    await tag(0, 3, 'event');
    expect(await historyState(db, 'a')).toEqual({ canUndo: true, canRedo: false });
  });

  it('deleting a claimant unlinks its claims, and undo relinks them', async () => {
    const person = await tag(4, 18, 'person');
    const claim = await tag(19, TEXT.length, 'claim');
    await updateClaim(db, claim.id, { claimantAnnotationId: person.id });
    await deleteAnnotations(db, 'a', [person.id]);
    expect((await db.annotations.get(claim.id))?.claim?.claimantAnnotationId).toBeNull();
    await undo(db, 'a');
    expect((await db.annotations.get(claim.id))?.claim?.claimantAnnotationId).toBe(person.id);
  });

  it('quick successive edits of one claim all land', async () => {
    const claim = await tag(19, TEXT.length, 'claim');
    await Promise.all([
      updateClaim(db, claim.id, { attribution: 'reported' }),
      updateClaim(db, claim.id, { status: 'disputed' }),
      updateClaim(db, claim.id, { confidence: 70 }),
    ]);
    expect((await db.annotations.get(claim.id))?.claim).toMatchObject({ attribution: 'reported', status: 'disputed', confidence: 70 });
  });

  it('keeps each article’s history apart', async () => {
    await tag(0, 3, 'event');
    expect(await undo(db, 'other')).toBeNull();
    expect(await db.annotations.count()).toBe(1);
  });
});
