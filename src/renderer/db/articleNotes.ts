/** Notes on whole articles. An empty note removes the row, so "has a note" is simply "has a row". */
import type { IsnadDatabase } from './database';

export async function articleNote(db: IsnadDatabase, articleId: string): Promise<string | null> {
  return (await db.articleNotes.get(articleId))?.note ?? null;
}

export async function saveArticleNote(db: IsnadDatabase, articleId: string, note: string | null, author: string): Promise<void> {
  await db.transaction('rw', db.articleNotes, async () => {
    if (note === null) {
      await db.articleNotes.delete(articleId);
      return;
    }
    const now = Date.now();
    const existing = await db.articleNotes.get(articleId);
    await db.articleNotes.put({ articleId, note, createdAt: existing?.createdAt ?? now, updatedAt: now, author });
  });
}
