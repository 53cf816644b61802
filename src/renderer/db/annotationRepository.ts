/**
 * The annotation writes and reads an editing session needs, bound to one database. The session is
 * handed this object instead of reaching for the app's database, so a test can hand it a fake and
 * a later sync layer can route the same calls elsewhere.
 */
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import type { Span } from '../../shared/annotation/snapSpan';
import type { TagDefinition } from '../../shared/annotation/tagSet';
import { annotationById, createAnnotation, deleteAnnotations, articleAnnotations, retagAnnotation, setClaimant, updateAnnotation, type NewAnnotation } from './annotations';
import type { IsnadDatabase } from './database';
import { readerRedoScope, readerUndoScope, redo, undo } from './history';
import { listTags } from './tags';

export interface AnnotationRepository {
  /** Stores a new annotation as one undoable step; rejects with AlreadyTaggedError when the span has that tag. */
  create(input: NewAnnotation): Promise<AnnotationRecord>;
  get(id: string): Promise<AnnotationRecord | undefined>;
  ofArticle(articleId: string): Promise<AnnotationRecord[]>;
  /** Moves an annotation to `span` (one undoable step); rejects with AlreadyTaggedError like `create`. */
  resize(id: string, span: Span, articleText: string): Promise<void>;
  retag(id: string, tagId: string, isClaim: boolean): Promise<void>;
  remove(articleId: string, ids: readonly string[]): Promise<void>;
  setClaimant(claimId: string, claimantId: string | null): Promise<void>;
  undo(articleId: string): Promise<unknown>;
  redo(articleId: string): Promise<unknown>;
  tags(): Promise<TagDefinition[]>;
}

export function annotationRepository(db: IsnadDatabase): AnnotationRepository {
  return {
    create: (input) => createAnnotation(db, input),
    get: (id) => annotationById(db, id),
    ofArticle: (articleId) => articleAnnotations(db, articleId),
    resize: (id, span, articleText) => updateAnnotation(db, id, { span: { span, articleText } }, 'resize'),
    retag: (id, tagId, isClaim) => retagAnnotation(db, id, tagId, isClaim),
    remove: (articleId, ids) => deleteAnnotations(db, articleId, ids),
    setClaimant: (claimId, claimantId) => setClaimant(db, claimId, claimantId),
    undo: async (articleId) => undo(db, await readerUndoScope(db, articleId)),
    redo: async (articleId) => redo(db, await readerRedoScope(db, articleId)),
    tags: () => listTags(db),
  };
}
