import type { AnnotationRecord } from '../../shared/annotation/annotation';
import type { TagDefinition } from '../../shared/annotation/tagSet';
import type { ClaimLinkRecord } from '../../shared/claims/claimLink';
import type { EntityRecord } from '../../shared/entity/entity';
import type { RecordStamp } from '../../shared/model';

/**
 * The `articleId` of steps that span the corpus rather than one article (merging two entities,
 * accepting "find all" suggestions in every article, linking claims of two articles): undone from the
 * entities, claims and search views. Article ids are 64-hex hashes, so this can never be one.
 */
export const CORPUS_HISTORY = 'corpus';

/** `undone` as IndexedDB can index it (a boolean is no valid key): 0 done, 1 undone. */
export type UndoneFlag = 0 | 1;

/**
 * One undoable step: the rows it touched as they were before and after (null = absent, or a
 * tombstone: undoing a creation deletes softly, and redoing it brings the same row back).
 */
export interface HistoryEntry extends RecordStamp {
  id: string;
  articleId: string;
  /** Orders the article's steps: an order key (shared/order/orderKey.ts) after the previous step's. */
  seq: string;
  label: string;
  changes: { id: string; before: AnnotationRecord | null; after: AnnotationRecord | null }[];
  /**
   * Tag rows the step touched. Only removing a tag in use writes these: undoing the removal in any
   * article that lost annotations to it brings the tag back with them.
   */
  tagChanges?: { id: string; before: TagDefinition | null; after: TagDefinition | null }[];
  /** Registry entities the step created, changed or deleted (issue 13); null = absent or a tombstone. */
  entityChanges?: { id: string; before: EntityRecord | null; after: EntityRecord | null }[];
  /** Links between claims the step made or removed (issue 13). */
  claimLinkChanges?: { id: string; before: ClaimLinkRecord | null; after: ClaimLinkRecord | null }[];
  /**
   * 1 once undone; an undone step is redone, or discarded when a new change is made. Indexed with
   * the article and seq, so finding the step to undo or redo, or the redo branch to discard, reads
   * those steps alone and never the article's whole history.
   */
  undone: UndoneFlag;
}
