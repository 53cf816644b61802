import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../support/testDatabase';
import { AlreadyTaggedError, createAnnotation } from '../../../src/renderer/db/annotations';
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
    expect(await t.db.annotations.count()).toBe(1);
    // The refusal is no step of its own: one undo takes the first tag away, and nothing is left to undo.
    await undo(t.db, 'a');
    expect(await t.db.annotations.count()).toBe(0);
    expect(await historyState(t.db, 'a')).toEqual({ canUndo: false, canRedo: true });
  });

  it('allows another tag on the same span, the same tag on another span, and the same span in another article', async () => {
    await tag(4, 18, 'person');
    await tag(4, 18, 'organisation');
    await tag(4, 12, 'person');
    await tag(13, 18, 'person');
    await tag(4, 18, 'person', 'b');
    expect(await t.db.annotations.count()).toBe(5);
  });

  it('allows the tag again once the first one is undone', async () => {
    await tag(4, 18, 'person');
    await undo(t.db, 'a');
    await tag(4, 18, 'person');
    expect(await t.db.annotations.count()).toBe(1);
  });
});
