/**
 * Undo and redo of annotation changes, stored in Dexie so they survive a reload. Every change
 * goes through `commitChange`: the rows and the history step are written in one transaction.
 *
 * Steps are found through the `[articleId+undone+seq]` index (schema v5): the step to undo is the
 * last done one, the step to redo the first undone one, and a new step discards the undone ones;
 * each reads those steps alone, however long the article's history. Discarded steps (the redo
 * branch, and steps past HISTORY_LIMIT) are deleted outright, unlike shared records: a step is
 * its author's own undo memory of rows that stay, soft-deleted or not, in their tables.
 */
import type { Table } from 'dexie';
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import { isDeleted, type SharedStamp } from '../../shared/model';
import { keyBetween } from '../../shared/order/orderKey';
import { writeAnnotationRows } from './annotationRows';
import type { IsnadDatabase } from './database';
import { CORPUS_HISTORY, type HistoryEntry, type UndoneFlag } from './historyEntry';
import { analystName } from './settings';
import { writeSharedRows } from './sharedRows';
import { reviveTagsOf, writeTagChanges } from './tagRows';

/** Keep this many steps per article; older ones are dropped. */
export const HISTORY_LIMIT = 500;

export type Change = HistoryEntry['changes'][number];
export type TagChange = NonNullable<HistoryEntry['tagChanges']>[number];
export type EntityChange = NonNullable<HistoryEntry['entityChanges']>[number];
export type ClaimLinkChange = NonNullable<HistoryEntry['claimLinkChanges']>[number];

/** The article's done (0) or undone (1) steps, in order (seq keys are ASCII, so below U+FFFF). */
function steps(db: IsnadDatabase, articleId: string, undone: UndoneFlag) {
  return db.history.where('[articleId+undone+seq]').between([articleId, undone, ''], [articleId, undone, '\uffff'], true, true);
}

/**
 * Writes one undoable step by `author`. `changes` may be a function: it then runs inside the
 * transaction, so a read-modify-write (two quick edits of one claim) can never lose the first edit
 * to the second. A change to null deletes softly.
 */
export function commitChange(db: IsnadDatabase, articleId: string, label: string, changesOrCompute: Change[] | (() => Promise<Change[]>), author: string): Promise<void> {
  return db.transaction('rw', db.annotations, db.history, async () => {
    const changes = typeof changesOrCompute === 'function' ? await changesOrCompute() : changesOrCompute;
    if (changes.length === 0) return;
    await writeAnnotationRows(
      db,
      changes.map((c) => ({ id: c.id, row: c.after })),
      author,
    );
    await appendStep(db, { articleId, label, changes, author });
  });
}

export interface NewStep {
  articleId: string;
  label: string;
  changes: Change[];
  tagChanges?: TagChange[];
  entityChanges?: EntityChange[];
  claimLinkChanges?: ClaimLinkChange[];
  author: string;
}

/**
 * Records a step whose rows the caller has already written, inside the caller's transaction
 * (which must include `history`). A new step ends the article's redo branch.
 */
export async function appendStep(db: IsnadDatabase, step: NewStep): Promise<void> {
  await steps(db, step.articleId, 1).delete();
  const done = steps(db, step.articleId, 0);
  const count = await done.count();
  if (count >= HISTORY_LIMIT)
    await db.history.bulkDelete(
      await done
        .clone()
        .limit(count - HISTORY_LIMIT + 1)
        .primaryKeys(),
    );
  const last = await steps(db, step.articleId, 0).last();
  const now = Date.now();
  const { tagChanges, entityChanges, claimLinkChanges, ...rest } = step;
  await db.history.add({
    id: crypto.randomUUID(),
    ...rest,
    seq: keyBetween(last?.seq ?? null, null),
    ...(tagChanges ? { tagChanges } : {}),
    ...(entityChanges?.length ? { entityChanges } : {}),
    ...(claimLinkChanges?.length ? { claimLinkChanges } : {}),
    undone: 0,
    createdAt: now,
    updatedAt: now,
  });
}

/** Rows as a step holds them, stamped as written now (undo and redo are changes like any other). */
const restamped = (row: AnnotationRecord | null, now: number) => row && { ...row, updatedAt: now };

/**
 * Entities and claim links of a step, as it had them before (undo) or after (redo). Entities are
 * written before the annotations on undo and after them on redo, mirroring tags (see redo): a
 * mention never points at an entity that is a tombstone at the end of either.
 */
async function writeCorpusRows(db: IsnadDatabase, step: HistoryEntry, side: 'before' | 'after', author: string, now: number): Promise<void> {
  await writeSharedRows(db.entities, await stillOurs(db.entities, step.entityChanges ?? [], side, now), author, now);
  await writeSharedRows(db.claimLinks, await stillOurs(db.claimLinks, step.claimLinkChanges ?? [], side, now), author, now);
}

/**
 * The rows of `changes` as `side` has them, less those another step has deleted since this one left
 * them live: undoing a link made in the reader must not bring back an entity merged away later in
 * the entities view (each has its own history, so their steps interleave).
 */
async function stillOurs<T extends SharedStamp & { id: string }>(
  table: Table<T, string>,
  changes: readonly { id: string; before: T | null; after: T | null }[],
  side: 'before' | 'after',
  now: number,
): Promise<{ id: string; row: T | null }[]> {
  if (changes.length === 0) return [];
  const current = await table.bulkGet(changes.map((c) => c.id));
  const other = side === 'before' ? 'after' : 'before';
  return changes
    .filter((c, i) => {
      const row = current[i];
      return c[other] === null || (!!row && !isDeleted(row));
    })
    .map((c) => ({ id: c.id, row: restampedRecord(c[side], now) }));
}

const restampedRecord = <T extends { updatedAt: number }>(row: T | null, now: number): T | null => row && { ...row, updatedAt: now };

/** Undoes the article's latest step (or the corpus's, with CORPUS_HISTORY); returns its label, or null when there is nothing to undo. */
export async function undo(db: IsnadDatabase, articleId: string): Promise<string | null> {
  const author = await analystName(db);
  return db.transaction('rw', [db.annotations, db.history, db.tags, db.entities, db.claimLinks], async () => {
    const step = await steps(db, articleId, 0).last();
    if (!step) return null;
    const now = Date.now();
    await writeTagChanges(
      db,
      (step.tagChanges ?? []).map((c) => ({ id: c.id, row: c.before })),
      author,
    );
    await writeCorpusRows(db, step, 'before', author, now);
    // Undoing a creation deletes softly; undoing a delete brings the same row back.
    await writeAnnotationRows(
      db,
      step.changes.map((c) => ({ id: c.id, row: restamped(c.before, now) })),
      author,
      now,
    );
    await reviveTagsOf(
      db,
      step.changes.flatMap((c) => (c.before ? [c.before.tagId] : [])),
    );
    await db.history.update(step.id, { undone: 1, updatedAt: now });
    return step.label;
  });
}

/** Redoes the article's (or the corpus's) earliest undone step; returns its label, or null. */
export async function redo(db: IsnadDatabase, articleId: string): Promise<string | null> {
  const author = await analystName(db);
  return db.transaction('rw', [db.annotations, db.history, db.tags, db.entities, db.claimLinks], async () => {
    const step = await steps(db, articleId, 1).first();
    if (!step) return null;
    const now = Date.now();
    // Redo replays the step in the order it was first made — its annotation rows, then the tag set —
    // while undo unwinds it in reverse (tag set first, so a removed tag is back before the rows that
    // use it are). Writing both in one order breaks the tag-removal undo/redo tests in
    // tests/unit/db/tags.test.ts: keep them mirrored.
    await writeAnnotationRows(
      db,
      step.changes.map((c) => ({ id: c.id, row: restamped(c.after, now) })),
      author,
      now,
    );
    await writeTagChanges(
      db,
      (step.tagChanges ?? []).map((c) => ({ id: c.id, row: c.after })),
      author,
    );
    await writeCorpusRows(db, step, 'after', author, now);
    await reviveTagsOf(
      db,
      step.changes.flatMap((c) => (c.after ? [c.after.tagId] : [])),
    );
    await db.history.update(step.id, { undone: 0, updatedAt: now });
    return step.label;
  });
}

/**
 * The history the reader's undo acts on: the article's own, or the corpus's when its latest step is
 * the newer one — accepting "find all" suggestions across the corpus from the reader, say, is undone
 * by the next Ctrl+Z there, as the analyst expects of the last thing they did.
 */
export async function readerUndoScope(db: IsnadDatabase, articleId: string): Promise<string> {
  const [own, corpus] = await Promise.all([steps(db, articleId, 0).last(), steps(db, CORPUS_HISTORY, 0).last()]);
  return corpus && (!own || corpus.createdAt > own.createdAt) ? CORPUS_HISTORY : articleId;
}

/** The history the reader's redo acts on: the one whose next step to redo was undone last (undo's order, reversed). */
export async function readerRedoScope(db: IsnadDatabase, articleId: string): Promise<string> {
  const [own, corpus] = await Promise.all([steps(db, articleId, 1).first(), steps(db, CORPUS_HISTORY, 1).first()]);
  return corpus && (!own || corpus.updatedAt > own.updatedAt) ? CORPUS_HISTORY : articleId;
}

/** Whether the article has a step to undo and one to redo: two one-key reads of the index. */
export async function historyState(db: IsnadDatabase, articleId: string): Promise<{ canUndo: boolean; canRedo: boolean }> {
  const [done, undone] = await Promise.all([steps(db, articleId, 0).limit(1).primaryKeys(), steps(db, articleId, 1).limit(1).primaryKeys()]);
  return { canUndo: done.length > 0, canRedo: undone.length > 0 };
}
