/** The article's orphaned annotations, live (apart from live.ts: re-anchoring's own read). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import { orphanedAnnotations } from './annotations';
import { appDatabase } from './database';

const NONE: AnnotationRecord[] = [];

export function useOrphanedAnnotations(articleId: string): AnnotationRecord[] {
  const result = useLiveQuery(async () => ({ articleId, rows: await orphanedAnnotations(appDatabase(), articleId) }), [articleId]);
  return result && result.articleId === articleId ? result.rows : NONE;
}
