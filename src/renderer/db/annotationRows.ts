/**
 * The annotation rows as every read and write of the db layer sees them. A deleted annotation is a
 * tombstone (shared/model.ts, SoftDeletion): these are the one place where tombstones are told
 * apart, so panel, highlights, counts, reports, the duplicate-tag check and undo all agree.
 */
import { isOrphaned, type AnnotationRecord } from '../../shared/annotation/annotation';
import { isDeleted, markedDeleted, withoutDeletion } from '../../shared/model';
import type { IsnadDatabase } from './database';

export const isLive = (row: AnnotationRecord | undefined): row is AnnotationRecord => !!row && !isDeleted(row);

/**
 * Live and on its text: not an orphan (a new version's text lost its passage; it waits in the
 * article's orphan list, with no place to show or jump to, until the analyst places it).
 */
export const isPlaced = (row: AnnotationRecord | undefined): row is AnnotationRecord => isLive(row) && !isOrphaned(row);

/** The live annotation with this id, or undefined (never stored, or deleted). */
export async function liveAnnotation(db: IsnadDatabase, id: string): Promise<AnnotationRecord | undefined> {
  const row = await db.annotations.get(id);
  return isLive(row) ? row : undefined;
}

/** The article's live annotations, in no particular order. */
export async function liveArticleRows(db: IsnadDatabase, articleId: string): Promise<AnnotationRecord[]> {
  return (await db.annotations.where('articleId').equals(articleId).toArray()).filter(isLive);
}

/** The live annotations on exactly this span of the article (schema v4's index: one or two rows). */
export async function liveRowsOnSpan(db: IsnadDatabase, articleId: string, start: number, end: number): Promise<AnnotationRecord[]> {
  return (await db.annotations.where('[articleId+start+end]').equals([articleId, start, end]).toArray()).filter(isLive);
}

/**
 * Writes rows as a step says they are: a record is stored live (an undone delete or a redone
 * creation comes back with its id), null deletes softly — the row stays as a tombstone marked
 * `deletedAt` `now` by `author`. Runs inside the caller's transaction (which includes annotations).
 */
export async function writeAnnotationRows(db: IsnadDatabase, rows: readonly { id: string; row: AnnotationRecord | null }[], author: string, now = Date.now()): Promise<void> {
  const puts = rows.filter((r) => r.row).map((r) => withoutDeletion(r.row!));
  const deletes = rows.filter((r) => !r.row).map((r) => r.id);
  if (deletes.length) {
    const current = await db.annotations.bulkGet(deletes);
    puts.push(...current.filter(isLive).map((row) => markedDeleted(row, now, author)));
  }
  if (puts.length) await db.annotations.bulkPut(puts);
}
