import type { ReadingPositionRecord } from '../../shared/model';
import type { IsnadDatabase } from './database';

export type ReadingPosition = Pick<ReadingPositionRecord, 'scrollTop' | 'topLine' | 'topLineDelta'>;

export async function saveReadingPosition(db: IsnadDatabase, articleId: string, position: ReadingPosition): Promise<void> {
  await db.readingPositions.put({ articleId, ...position, updatedAt: Date.now() });
}

export async function loadReadingPosition(db: IsnadDatabase, articleId: string): Promise<ReadingPosition> {
  return (await db.readingPositions.get(articleId)) ?? { scrollTop: 0 };
}
