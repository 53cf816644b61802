import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../support/testDatabase';
import { liveAnnotationCount } from '../../support/records';
import { AlreadyTaggedError, createAnnotation, retagAnnotation, updateAnnotation } from '../../../src/renderer/db/annotations';
import { historyState, undo } from '../../../src/renderer/db/history';

const t = useTestDatabase('test-annotations');

const TEXT = 'قال فلاديمير بوتين إن الزيارة ناجحة';
const tag = (start: number, end: number, tagId: string, articleId = 'a') =>
  createAnnotation(t.db, { articleId, articleText: TEXT, span: { start, end }, tagId, isClaim: tagId === 'claim', author: 't' });

describe('createAnnotation', () => {
  it('refuses the same tag on the same span twice, naming the annotation that exists', async () => {
    const first = await tag(4, 18, 'person');
    const second = tag(4, 18, 'person');
    await expect(second).rejects.toBeInstanceOf(AlreadyTaggedError);
    await expect(second).rejects.toMatchObject({ existing: { id: first.id, tagId: 'person', start: 4, end: 18 } });
    expect(await liveAnnotationCount(t.db)).toBe(1);
    // The refusal is no step of its own: one undo takes the first tag away, and nothing is left to undo.
    await undo(t.db, 'a');
    expect(await liveAnnotationCount(t.db)).toBe(0);
    expect(await historyState(t.db, 'a')).toEqual({ canUndo: false, canRedo: true });
  });

  it('refuses a retag or a resize that would make the same tag on the same span, and changes nothing', async () => {
    const person = await tag(4, 18, 'person');
    const organisation = await tag(4, 18, 'organisation');
    const shorter = await tag(4, 12, 'person');
    await expect(retagAnnotation(t.db, organisation.id, 'person', false)).rejects.toMatchObject({ existing: { id: person.id } });
    await expect(updateAnnotation(t.db, shorter.id, { span: { span: { start: 4, end: 18 }, articleText: 'x'.repeat(40) } }, 'resize')).rejects.toBeInstanceOf(AlreadyTaggedError);
    expect((await t.db.annotations.get(organisation.id))?.tagId).toBe('organisation');
    expect((await t.db.annotations.get(shorter.id))?.end).toBe(12);
    // Retagging to a tag the span does not have yet is still fine.
    await retagAnnotation(t.db, organisation.id, 'place', false);
    expect((await t.db.annotations.get(organisation.id))?.tagId).toBe('place');
  });

  it('allows another tag on the same span, the same tag on another span, and the same span in another article', async () => {
    await tag(4, 18, 'person');
    await tag(4, 18, 'organisation');
    await tag(4, 12, 'person');
    await tag(13, 18, 'person');
    await tag(4, 18, 'person', 'b');
    expect(await liveAnnotationCount(t.db)).toBe(5);
  });

  it('allows the tag again once the first one is undone', async () => {
    await tag(4, 18, 'person');
    await undo(t.db, 'a');
    await tag(4, 18, 'person');
    expect(await liveAnnotationCount(t.db)).toBe(1);
  });
});
