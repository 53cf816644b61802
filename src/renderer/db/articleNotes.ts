/**
 * Notes on whole articles. Clearing a note deletes it softly: the row stays as a tombstone, so
 * "has a note" is "has a live row", and a colleague's edit of the same note is never lost to it.
 */
import { isDeleted, markedDeleted } from '../../shared/model';
import type { IsnadDatabase } from './database';

/** The article's note, or null when it has none (never written, or cleared). */
export async function articleNote(db: IsnadDatabase, articleId: string): Promise<string | null> {
  const row = await db.articleNotes.get(articleId);
  return row && !isDeleted(row) ? row.note : null;
}

export async function saveArticleNote(db: IsnadDatabase, articleId: string, note: string | null, author: string): Promise<void> {
  await db.transaction('rw', db.articleNotes, async () => {
    const existing = await db.articleNotes.get(articleId);
    const now = Date.now();
    if (note === null) {
      if (existing && !isDeleted(existing)) await db.articleNotes.put(markedDeleted(existing, now, author));
      return;
    }
    // A note written over a cleared one is a new note (its tombstone's marks go with it).
    const live = existing && !isDeleted(existing) ? existing : undefined;
    await db.articleNotes.put({ articleId, note, createdAt: live?.createdAt ?? now, updatedAt: now, author });
  });
}
