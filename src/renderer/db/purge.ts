/**
 * The one way tombstones leave the database: an explicit purge (no UI calls it yet). Deleting
 * softly keeps a deleted record so a colleague's concurrent edit of it can still be merged; once
 * every copy of the corpus has seen the deletion, its tombstone can go.
 *
 * Undo still works after a purge: a history step holds whole annotation rows, so undoing a
 * deletion writes the row back. A removed tag, though, is purged only when nothing could bring it
 * back — no annotation row (live or tombstone) uses it and no history step names it — since undo
 * revives a tag from its row.
 */
import type { IsnadDatabase } from './database';

export interface PurgeCount {
  annotations: number;
  tags: number;
  articleNotes: number;
}

/** Purges tombstones deleted before `before` (all of them when omitted); returns how many went. */
export function purgeDeleted(db: IsnadDatabase, before = Infinity): Promise<PurgeCount> {
  return db.transaction('rw', db.annotations, db.tags, db.articleNotes, db.history, async () => ({
    annotations: await purgeDeletedAnnotations(db, before),
    tags: await purgeDeletedTags(db, before),
    articleNotes: await purgeDeletedArticleNotes(db, before),
  }));
}

const deletedBefore = (before: number) => (row: { deletedAt?: number }) => row.deletedAt !== undefined && row.deletedAt < before;

export async function purgeDeletedAnnotations(db: IsnadDatabase, before = Infinity): Promise<number> {
  // `[articleId+deletedAt]` holds tombstones only: live rows are never read.
  const ids = (await db.annotations.orderBy('[articleId+deletedAt]').toArray()).filter(deletedBefore(before)).map((a) => a.id);
  await db.annotations.bulkDelete(ids);
  return ids.length;
}

export async function purgeDeletedTags(db: IsnadDatabase, before = Infinity): Promise<number> {
  const candidates = (await db.tags.toArray()).filter(deletedBefore(before));
  if (candidates.length === 0) return 0;
  const named = new Set<string>();
  await db.history.each((step) => {
    for (const c of step.changes) for (const row of [c.before, c.after]) if (row) named.add(row.tagId);
    for (const c of step.tagChanges ?? []) named.add(c.id);
  });
  const ids: string[] = [];
  for (const tag of candidates) {
    if (named.has(tag.id) || (await db.annotations.where('tagId').equals(tag.id).count()) > 0) continue;
    ids.push(tag.id);
  }
  await db.tags.bulkDelete(ids);
  return ids.length;
}

export async function purgeDeletedArticleNotes(db: IsnadDatabase, before = Infinity): Promise<number> {
  const ids = (await db.articleNotes.toArray()).filter(deletedBefore(before)).map((n) => n.articleId);
  await db.articleNotes.bulkDelete(ids);
  return ids.length;
}
