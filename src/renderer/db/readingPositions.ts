import type { IsnadDatabase } from './database';

export async function saveScrollTop(db: IsnadDatabase, articleId: string, scrollTop: number): Promise<void> {
  await db.readingPositions.put({ articleId, scrollTop, updatedAt: Date.now() });
}

export async function loadScrollTop(db: IsnadDatabase, articleId: string): Promise<number> {
  return (await db.readingPositions.get(articleId))?.scrollTop ?? 0;
}
