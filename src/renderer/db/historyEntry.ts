import type { AnnotationRecord } from '../../shared/annotation/annotation';

/** One undoable step: the rows it touched as they were before and after (null = absent). */
export interface HistoryEntry {
  id: string;
  articleId: string;
  /** Strictly increasing per database; orders the steps. */
  seq: number;
  label: string;
  changes: { id: string; before: AnnotationRecord | null; after: AnnotationRecord | null }[];
  /** True once undone; an undone step is redone, or discarded when a new change is made. */
  undone: boolean;
  createdAt: number;
}
