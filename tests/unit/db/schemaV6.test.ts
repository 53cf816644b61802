import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { IsnadDatabase } from '../../../src/renderer/db/database';
import { CORPUS_HISTORY } from '../../../src/renderer/db/historyEntry';
import { appendStep, readerRedoScope, readerUndoScope, redo, undo } from '../../../src/renderer/db/history';
import type { EntityRecord } from '../../../src/shared/entity/entity';
import { annotationRow, entityRow } from '../../support/records';

/** Opens `name` at schema v5 exactly as the app shipped it (its v5 upgrade is not needed on an empty store). */
function v5(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores({ articles: 'id, sourceKey, previousVersionId, importedAt', articleTexts: 'id', annotations: 'id, articleId', settings: 'key', readingPositions: 'articleId' });
  old.version(2).stores({ annotations: 'id, articleId, tagId', tags: 'id, order', history: 'id, seq, [articleId+seq]' });
  old.version(3).stores({ articleNotes: 'articleId' });
  old.version(4).stores({ annotations: 'id, articleId, tagId, [articleId+start+end]' });
  old.version(5).stores({ annotations: 'id, articleId, tagId, [articleId+start+end], [articleId+deletedAt]', history: 'id, [articleId+undone+seq]' });
  return old;
}

const entity = (id: string, over: Partial<EntityRecord> = {}) => entityRow(id, { name: 'بوتين', ...over });

describe('schema v6', () => {
  it('a version 5 database opens as version 6 with its rows intact and mentions found by entity', async () => {
    const name = `upgrade-v6-${Date.now()}`;
    const old = v5(name);
    await old.open();
    await old.table('annotations').bulkPut([annotationRow('a1', 'art', { tagId: 'person', start: 0, end: 5 })]);
    old.close();
    const db = new IsnadDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.annotations.get('a1')).toMatchObject({ id: 'a1', start: 0, end: 5 });
    expect(await db.annotations.where('entityId').equals('e1').count()).toBe(0);
    await db.annotations.update('a1', { entityId: 'e1' });
    expect(await db.annotations.where('entityId').equals('e1').primaryKeys()).toEqual(['a1']);
    db.close();
  });

  it('a corpus step undoes and redoes the entities and claim links it changed, with its annotations', async () => {
    const db = new IsnadDatabase(`corpus-step-${Date.now()}`);
    await db.open();
    const merged = entity('e2');
    const mention = annotationRow('m1', 'art', { tagId: 'person', start: 0, end: 5, entityId: 'e2' });
    await db.entities.bulkPut([entity('e1', { aliases: ['فلاديمير بوتين'] }), merged]);
    await db.annotations.put(mention);
    // A merge of e2 into e1: the mention moves, e2 becomes a tombstone, a claim link is made on the way.
    const link = { id: 'l1', fromId: 'c1', toId: 'c2', kind: 'same' as const, createdAt: 2, updatedAt: 2, author: 't' };
    await db.transaction('rw', [db.annotations, db.history, db.entities, db.claimLinks], async () => {
      await db.annotations.put({ ...mention, entityId: 'e1' });
      await db.entities.put({ ...merged, deletedAt: 2, deletedBy: 't' });
      await db.claimLinks.put(link);
      await appendStep(db, {
        articleId: CORPUS_HISTORY,
        label: 'merge',
        changes: [{ id: 'm1', before: mention, after: { ...mention, entityId: 'e1' } }],
        entityChanges: [{ id: 'e2', before: merged, after: null }],
        claimLinkChanges: [{ id: 'l1', before: null, after: link }],
        author: 't',
      });
    });
    expect(await undo(db, CORPUS_HISTORY)).toBe('merge');
    expect((await db.annotations.get('m1'))!.entityId).toBe('e2');
    expect((await db.entities.get('e2'))!.deletedAt).toBeUndefined();
    expect((await db.claimLinks.get('l1'))!.deletedAt).toBeDefined();
    expect(await redo(db, CORPUS_HISTORY)).toBe('merge');
    expect((await db.annotations.get('m1'))!.entityId).toBe('e1');
    expect((await db.entities.get('e2'))!.deletedAt).toBeDefined();
    expect((await db.claimLinks.get('l1'))!.deletedAt).toBeUndefined();
    db.close();
  });

  it("the reader's undo takes the corpus's step when it is the newer one, and redo goes back the way undo came", async () => {
    const db = new IsnadDatabase(`reader-scope-${Date.now()}`);
    await db.open();
    const step = (articleId: string, label: string) => db.transaction('rw', db.history, () => appendStep(db, { articleId, label, changes: [], author: 't' }));
    expect(await readerUndoScope(db, 'art')).toBe('art');
    await step('art', 'tag');
    await new Promise((r) => setTimeout(r, 5));
    await step(CORPUS_HISTORY, 'accept mentions');
    expect(await readerUndoScope(db, 'art')).toBe(CORPUS_HISTORY);
    expect(await undo(db, await readerUndoScope(db, 'art'))).toBe('accept mentions');
    expect(await readerUndoScope(db, 'art')).toBe('art');
    await new Promise((r) => setTimeout(r, 5));
    expect(await undo(db, await readerUndoScope(db, 'art'))).toBe('tag');
    // Undone last, redone first.
    expect(await readerRedoScope(db, 'art')).toBe('art');
    expect(await redo(db, await readerRedoScope(db, 'art'))).toBe('tag');
    expect(await readerRedoScope(db, 'art')).toBe(CORPUS_HISTORY);
    db.close();
  });
});
