import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { annotationById, articleAnnotations } from '../../../src/renderer/db/annotations';
import { IsnadDatabase } from '../../../src/renderer/db/database';
import { historyState, redo, undo } from '../../../src/renderer/db/history';
import { listTags } from '../../../src/renderer/db/tags';
import { createAnnotation } from '../../../src/renderer/db/annotations';
import { compareOrderKeys } from '../../../src/shared/order/orderKey';
import { annotationRow } from '../../support/records';

/** Opens `name` at schema v4 exactly as the app shipped it. */
function v4(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores({ articles: 'id, sourceKey, previousVersionId, importedAt', articleTexts: 'id', annotations: 'id, articleId', settings: 'key', readingPositions: 'articleId' });
  old.version(2).stores({ annotations: 'id, articleId, tagId', tags: 'id, order', history: 'id, seq, [articleId+seq]' });
  old.version(3).stores({ articleNotes: 'articleId' });
  old.version(4).stores({ annotations: 'id, articleId, tagId, [articleId+start+end]' });
  return old;
}

/** Tags as v4 wrote them: the active ones 0…n-1 after a move and a removal, the removed one at its old number. */
const V4_TAGS = [
  { id: 'organisation', labelEn: 'Organisation', labelAr: 'منظمة', color: '#882255', kind: 'entity', order: 0 },
  { id: 'person', labelEn: 'Person', labelAr: 'شخص', color: '#4477aa', kind: 'entity', order: 1 },
  { id: 'place', labelEn: 'Place', labelAr: 'مكان', color: '#66ccee', kind: 'entity', order: 2, removed: true },
  { id: 'event', labelEn: 'Event', labelAr: 'حدث', color: '#ee6677', kind: 'entity', order: 2 },
  { id: 'claim', labelEn: 'Claim', labelAr: 'ادعاء', color: '#e6a800', kind: 'claim', order: 3 },
  { id: 'weapon', labelEn: 'Weapon', labelAr: 'سلاح', color: '#123456', kind: 'entity', order: 10 },
];

const placeAnnotation = annotationRow('p1', 'art', { tagId: 'place', start: 0, end: 4, createdAt: 100, updatedAt: 100 });

/** History as v4 wrote it: integer seq across articles, boolean undone, a removal with its tag snapshot. */
const V4_HISTORY = [
  { id: 'h1', articleId: 'art', seq: 1, label: 'tag', changes: [{ id: 'p1', before: null, after: { ...placeAnnotation, tagId: 'place' } }], undone: false, createdAt: 1000 },
  { id: 'h2', articleId: 'other', seq: 2, label: 'tag', changes: [], undone: false, createdAt: 2000 },
  {
    id: 'h3',
    articleId: 'art',
    seq: 3,
    label: 'remove tag',
    changes: [{ id: 'p1', before: placeAnnotation, after: null }],
    tagChanges: [{ id: 'place', before: { ...V4_TAGS[2], removed: false, order: 2 }, after: null }],
    undone: false,
    createdAt: 3000,
  },
  { id: 'h4', articleId: 'art', seq: 4, label: 'tag', changes: [{ id: 'e1', before: null, after: annotationRow('e1', 'art', { tagId: 'event', start: 5, end: 9 }) }], undone: true, createdAt: 4000 },
];

async function upgraded(name: string, settings: { key: string; value: unknown }[]): Promise<IsnadDatabase> {
  const old = v4(name);
  await old.open();
  await old.table('tags').bulkPut(V4_TAGS);
  await old.table('history').bulkPut(V4_HISTORY);
  await old.table('annotations').bulkPut([annotationRow('a1', 'art', { tagId: 'person', start: 5, end: 9 })]);
  await old.table('articleNotes').put({ articleId: 'art', note: 'kept', createdAt: 1, updatedAt: 1, author: 't' });
  await old.table('settings').bulkPut(settings);
  old.close();
  const db = new IsnadDatabase(name);
  await db.open();
  return db;
}

describe('schema v5', () => {
  it('a version 4 database opens as version 5: order keys in the old order, stamps, tombstones, indexed undone', async () => {
    const name = `upgrade-v5-${Date.now()}`;
    const before = Date.now();
    const db = await upgraded(name, [{ key: 'analystName', value: 'Mona' }]);
    expect(db.verno).toBe(6);

    // Tags: the same palette, keyed in order; the removed one a tombstone; every one stamped.
    expect((await listTags(db)).map((t) => t.id)).toEqual(['organisation', 'person', 'event', 'claim', 'weapon']);
    const tags = await db.tags.toArray();
    const byId = new Map(tags.map((t) => [t.id, t]));
    expect([...tags].sort((a, b) => compareOrderKeys(a.order, b.order)).map((t) => t.id)).toEqual(['organisation', 'person', 'event', 'place', 'claim', 'weapon']);
    expect(byId.get('place')).toMatchObject({ deletedBy: 'Mona' });
    expect(byId.get('place')).not.toHaveProperty('removed');
    for (const t of tags) {
      expect(typeof t.order).toBe('string');
      expect(t).toMatchObject({ author: 'Mona' });
      expect(t.createdAt).toBeGreaterThanOrEqual(before);
    }

    // History: keys in the old seq order, 0/1 undone, stamped from each step's createdAt.
    const steps = await db.history.toArray();
    expect([...steps].sort((a, b) => compareOrderKeys(a.seq, b.seq)).map((s) => s.id)).toEqual(['h1', 'h2', 'h3', 'h4']);
    expect(steps.find((s) => s.id === 'h3')).toMatchObject({ undone: 0, updatedAt: 3000, author: 'Mona', createdAt: 3000 });
    expect(steps.find((s) => s.id === 'h4')).toMatchObject({ undone: 1 });
    expect(steps.find((s) => s.id === 'h3')!.tagChanges![0]!.before).toMatchObject({ id: 'place', order: byId.get('place')!.order, author: 'Mona' });
    expect(steps.find((s) => s.id === 'h3')!.tagChanges![0]!.before).not.toHaveProperty('deletedAt');

    // Other rows as they were.
    expect((await annotationById(db, 'a1'))?.tagId).toBe('person');
    expect((await db.articleNotes.get('art'))?.note).toBe('kept');
    db.close();
    await db.delete();
  });

  it('undo and redo work on upgraded history: the removal is undone with its tag back in its place', async () => {
    const name = `upgrade-v5-undo-${Date.now()}`;
    const db = await upgraded(name, []);
    expect(await historyState(db, 'art')).toEqual({ canUndo: true, canRedo: true });
    // Redo first (h4 was undone), then undo it and the tag removal.
    expect(await redo(db, 'art')).toBe('tag');
    expect((await articleAnnotations(db, 'art')).map((a) => a.id)).toEqual(['a1', 'e1']);
    expect(await undo(db, 'art')).toBe('tag');
    expect(await undo(db, 'art')).toBe('remove tag');
    expect((await listTags(db)).map((t) => t.id)).toEqual(['organisation', 'person', 'event', 'place', 'claim', 'weapon']);
    expect((await annotationById(db, 'p1'))?.tagId).toBe('place');
    // A new step after the upgraded ones sorts after them.
    await createAnnotation(db, { articleId: 'art', articleText: 'abcdefghijklmnop', span: { start: 10, end: 12 }, tagId: 'person', isClaim: false, author: 'x' });
    const steps = (await db.history.toArray()).filter((s) => s.articleId === 'art').sort((a, b) => compareOrderKeys(a.seq, b.seq));
    expect(steps.at(-1)!.label).toBe('tag');
    expect(steps.at(-1)!.changes[0]!.after?.start).toBe(10);
    expect(steps.map((s) => s.id)).not.toContain('h4'); // the redo branch went
    db.close();
    await db.delete();
  });

  it('stamps with "unknown" when no analyst name was ever set', async () => {
    const name = `upgrade-v5-unknown-${Date.now()}`;
    const db = await upgraded(name, []);
    expect((await db.tags.get('person'))?.author).toBe('unknown');
    expect((await db.history.get('h1'))?.author).toBe('unknown');
    db.close();
    await db.delete();
  });
});
