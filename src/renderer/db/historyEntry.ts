import type { AnnotationRecord } from '../../shared/annotation/annotation';
import type { TagDefinition } from '../../shared/annotation/tagSet';

/** One undoable step: the rows it touched as they were before and after (null = absent). */
export interface HistoryEntry {
  id: string;
  articleId: string;
  /** Strictly increasing per database; orders the steps. */
  seq: number;
  label: string;
  changes: { id: string; before: AnnotationRecord | null; after: AnnotationRecord | null }[];
  /**
   * Tag rows the step touched. Only removing a tag in use writes these: undoing the removal in any
   * article that lost annotations to it brings the tag back with them.
   */
  tagChanges?: { id: string; before: TagDefinition | null; after: TagDefinition | null }[];
  /** True once undone; an undone step is redone, or discarded when a new change is made. */
  undone: boolean;
  createdAt: number;
}
