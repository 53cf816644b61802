/**
 * Undo and redo of annotation changes, stored in Dexie so they survive a reload. Every change
 * goes through `commitChange`: the rows and the history step are written in one transaction.
 */
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import type { IsnadDatabase } from './database';
import type { HistoryEntry } from './historyEntry';
import { reviveTagsOf, writeTagChanges } from './tagRows';

/** Keep this many steps per article; older ones are dropped. */
export const HISTORY_LIMIT = 500;

export type Change = HistoryEntry['changes'][number];
export type TagChange = NonNullable<HistoryEntry['tagChanges']>[number];

async function writeRows(db: IsnadDatabase, rows: { id: string; row: AnnotationRecord | null }[]): Promise<void> {
  const puts = rows.filter((r) => r.row).map((r) => r.row!);
  const deletes = rows.filter((r) => !r.row).map((r) => r.id);
  if (puts.length) await db.annotations.bulkPut(puts);
  if (deletes.length) await db.annotations.bulkDelete(deletes);
}

function articleSteps(db: IsnadDatabase, articleId: string) {
  return db.history.where('[articleId+seq]').between([articleId, -Infinity], [articleId, Infinity]);
}

/**
 * Writes one undoable step. `changes` may be a function: it then runs inside the transaction, so a
 * read-modify-write (two quick edits of one claim) can never lose the first edit to the second.
 */
export function commitChange(
  db: IsnadDatabase,
  articleId: string,
  label: string,
  changesOrCompute: Change[] | (() => Promise<Change[]>),
): Promise<void> {
  return db.transaction('rw', db.annotations, db.history, async () => {
    const changes = typeof changesOrCompute === 'function' ? await changesOrCompute() : changesOrCompute;
    if (changes.length === 0) return;
    await writeRows(db, changes.map((c) => ({ id: c.id, row: c.after })));
    await appendStep(db, articleId, label, changes);
  });
}

/**
 * Records a step whose rows the caller has already written, inside the caller's transaction
 * (which must include `history`). A new step ends the article's redo branch.
 */
export async function appendStep(db: IsnadDatabase, articleId: string, label: string, changes: Change[], tagChanges?: TagChange[]): Promise<void> {
  const steps = await articleSteps(db, articleId).toArray();
  const undone = steps.filter((s) => s.undone).map((s) => s.id);
  if (undone.length) await db.history.bulkDelete(undone);
  const kept = steps.filter((s) => !s.undone);
  if (kept.length >= HISTORY_LIMIT) await db.history.bulkDelete(kept.slice(0, kept.length - HISTORY_LIMIT + 1).map((s) => s.id));
  const last = (await db.history.orderBy('seq').last())?.seq ?? 0;
  await db.history.add({ id: crypto.randomUUID(), articleId, seq: last + 1, label, changes, ...(tagChanges ? { tagChanges } : {}), undone: false, createdAt: Date.now() });
}

/** Undoes the article's latest step; returns its label, or null when there is nothing to undo. */
export function undo(db: IsnadDatabase, articleId: string): Promise<string | null> {
  return db.transaction('rw', db.annotations, db.history, db.tags, async () => {
    const steps = await articleSteps(db, articleId).reverse().toArray();
    const step = steps.find((s) => !s.undone);
    if (!step) return null;
    await writeTagChanges(db, (step.tagChanges ?? []).map((c) => ({ id: c.id, row: c.before })));
    await writeRows(db, step.changes.map((c) => ({ id: c.id, row: c.before })));
    await reviveTagsOf(db, step.changes.flatMap((c) => (c.before ? [c.before.tagId] : [])));
    await db.history.update(step.id, { undone: true });
    return step.label;
  });
}

/** Redoes the article's earliest undone step; returns its label, or null. */
export function redo(db: IsnadDatabase, articleId: string): Promise<string | null> {
  return db.transaction('rw', db.annotations, db.history, db.tags, async () => {
    const steps = await articleSteps(db, articleId).toArray();
    const step = steps.find((s) => s.undone);
    if (!step) return null;
    await writeRows(db, step.changes.map((c) => ({ id: c.id, row: c.after })));
    await writeTagChanges(db, (step.tagChanges ?? []).map((c) => ({ id: c.id, row: c.after })));
    await reviveTagsOf(db, step.changes.flatMap((c) => (c.after ? [c.after.tagId] : [])));
    await db.history.update(step.id, { undone: false });
    return step.label;
  });
}

export async function historyState(db: IsnadDatabase, articleId: string): Promise<{ canUndo: boolean; canRedo: boolean }> {
  const steps = await articleSteps(db, articleId).toArray();
  return { canUndo: steps.some((s) => !s.undone), canRedo: steps.some((s) => s.undone) };
}
