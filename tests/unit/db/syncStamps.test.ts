import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../support/testDatabase';
import { createAnnotation } from '../../../src/renderer/db/annotations';
import { HISTORY_LIMIT, historyState, redo, undo } from '../../../src/renderer/db/history';
import { writeSetting } from '../../../src/renderer/db/settings';
import { addTag, ensureDefaultTags, listTags, moveTag, removeTag, updateTag } from '../../../src/renderer/db/tags';
import { assertOrderKey, compareOrderKeys } from '../../../src/shared/order/orderKey';
import { comparePaletteOrder, tagForDigit } from '../../../src/shared/annotation/tagSet';

const t = useTestDatabase('test-sync-stamps');
const TEXT = 'قال فلاديمير بوتين إن الزيارة ناجحة';
const tag = (start: number, end: number, tagId = 'person', articleId = 'a') => createAnnotation(t.db, { articleId, articleText: TEXT, span: { start, end }, tagId, isClaim: false, author: 'mona' });
const stepsOf = async (articleId: string) =>
  (await t.db.history.where('[articleId+undone+seq]').between([articleId, 0, ''], [articleId, 1, '\uffff']).toArray()).sort((a, b) => compareOrderKeys(a.seq, b.seq));

describe('tag stamps and order keys', () => {
  it('stamps the default set and new tags with the analyst, and orders them by key', async () => {
    await writeSetting(t.db, 'analystName', 'samir');
    const before = Date.now();
    await ensureDefaultTags(t.db);
    const tags = await listTags(t.db);
    expect(tags.map((x) => x.order)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']);
    for (const x of tags) expect(x).toMatchObject({ author: 'samir' });
    expect(tags[0]!.createdAt).toBeGreaterThanOrEqual(before);
    const weapon = await addTag(t.db, { labelEn: 'Weapon', labelAr: '', color: '#123456', kind: 'entity' });
    assertOrderKey(weapon.order);
    expect(compareOrderKeys(weapon.order, 'a7')).toBe(1);
    expect(weapon).toMatchObject({ author: 'samir', createdAt: weapon.updatedAt });
  });

  it('a move rewrites the moved tag alone, and an edit its updatedAt', async () => {
    await ensureDefaultTags(t.db);
    const before = new Map((await t.db.tags.toArray()).map((x) => [x.id, x]));
    await moveTag(t.db, 'claim', -1);
    await moveTag(t.db, 'claim', -1);
    await moveTag(t.db, 'person', 1);
    expect((await listTags(t.db)).map((x) => x.id)).toEqual(['organisation', 'person', 'place', 'datetime', 'figure', 'claim', 'event', 'quote']);
    const after = await t.db.tags.toArray();
    expect(
      after
        .filter((x) => x.order !== before.get(x.id)!.order)
        .map((x) => x.id)
        .sort(),
    ).toEqual(['claim', 'person']);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await updateTag(t.db, 'place', { color: '#000000' });
    expect((await t.db.tags.get('place'))!.updatedAt).toBeGreaterThan(before.get('place')!.updatedAt);
  });

  it('tags merged from two writers with the same key list in one order: by key, then id, as the palette sorts', async () => {
    await ensureDefaultTags(t.db);
    await t.db.tags.bulkPut([
      { ...(await t.db.tags.get('quote'))!, order: 'a1V' },
      { ...(await t.db.tags.get('event'))!, order: 'a1V' },
    ]);
    const listed = await listTags(t.db);
    expect(listed.map((x) => x.id).slice(0, 4)).toEqual(['person', 'organisation', 'event', 'quote']);
    expect([...listed].sort(comparePaletteOrder)).toEqual(listed);
    expect(tagForDigit(listed, 3)?.id).toBe('event');
  });

  it('undo of a removal puts the tag back at its key, between the same neighbours', async () => {
    await ensureDefaultTags(t.db);
    await tag(4, 18, 'figure');
    await removeTag(t.db, 'figure', 'delete');
    await moveTag(t.db, 'claim', -1); // the others move on meanwhile
    await undo(t.db, 'a');
    expect((await listTags(t.db)).map((x) => x.id)).toEqual(['person', 'organisation', 'place', 'datetime', 'figure', 'event', 'claim', 'quote']);
    expect(await t.db.tags.get('figure')).not.toHaveProperty('deletedAt');
  });
});

describe('history steps', () => {
  it('carry the stamp and order keys, and are found by the undone index', async () => {
    await writeSetting(t.db, 'analystName', 'samir');
    await tag(0, 3);
    await tag(4, 18);
    await tag(19, 21);
    const steps = await stepsOf('a');
    expect(steps.map((s) => s.undone)).toEqual([0, 0, 0]);
    for (const s of steps) {
      assertOrderKey(s.seq);
      expect(s).toMatchObject({ author: 'mona', updatedAt: s.createdAt });
    }
    await undo(t.db, 'a');
    const undone = (await stepsOf('a')).at(-1)!;
    expect(undone).toMatchObject({ undone: 1, id: steps[2]!.id });
    expect(undone.updatedAt).toBeGreaterThanOrEqual(steps[2]!.updatedAt);
    expect(await historyState(t.db, 'a')).toEqual({ canUndo: true, canRedo: true });
    await redo(t.db, 'a');
    expect((await stepsOf('a')).map((s) => s.undone)).toEqual([0, 0, 0]);
  });

  it('a new step discards the redo branch and reads neither it nor the rest of the history row by row', async () => {
    for (let i = 0; i < 6; i++) await tag(i, i + 1);
    await undo(t.db, 'a');
    await undo(t.db, 'a');
    await tag(10, 12, 'other', 'b'); // another article's step leaves a's redo branch alone
    expect(await historyState(t.db, 'a')).toEqual({ canUndo: true, canRedo: true });
    // Count the history rows a new step loads: only the last done step (for its key), none of the rest.
    let loaded = 0;
    const table = t.db.history;
    const count = (row: unknown) => {
      loaded++;
      return row;
    };
    table.hook('reading', count);
    await tag(20, 22);
    table.hook('reading').unsubscribe(count);
    expect(loaded).toBeLessThanOrEqual(1);
    const steps = await stepsOf('a');
    expect(steps).toHaveLength(5);
    expect(steps.every((s) => s.undone === 0)).toBe(true);
    expect([...steps].sort((x, y) => compareOrderKeys(x.seq, y.seq))).toEqual(steps);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps of an article`, async () => {
    const rows = Array.from({ length: HISTORY_LIMIT }, (_, i) => ({
      id: `s${i}`,
      articleId: 'a',
      seq: `c${String(i).padStart(3, '0')}`,
      label: 'tag',
      changes: [],
      undone: 0 as const,
      createdAt: i,
      updatedAt: i,
      author: 'x',
    }));
    await t.db.history.bulkAdd(rows);
    await tag(0, 3);
    const steps = await stepsOf('a');
    expect(steps).toHaveLength(HISTORY_LIMIT);
    expect(steps[0]!.id).toBe('s1'); // the oldest went
    expect(steps.at(-1)!.changes[0]!.after?.start).toBe(0);
  });
});
