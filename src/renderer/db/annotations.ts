/** Annotation changes. Each is one undoable step written with its history entry in one transaction. */
import { compareReadingOrder, defaultClaimFields, isOrphaned, withClaimant, type AnnotationRecord, type ClaimFields } from '../../shared/annotation/annotation';
import { quoteOf, type Span } from '../../shared/annotation/snapSpan';
import { liveAnnotation, liveArticleRows, liveRowsOnSpan } from './annotationRows';
import type { IsnadDatabase } from './database';
import { commitChange } from './history';
import { analystName } from './settings';

export interface NewAnnotation {
  /** Chosen by the caller when it paints the annotation before the write completes. */
  id?: string;
  articleId: string;
  articleText: string;
  span: Span;
  tagId: string;
  isClaim: boolean;
  author: string;
}

/** A second annotation with the same tag on the same span is refused; this names the one that exists. */
export class AlreadyTaggedError extends Error {
  constructor(readonly existing: AnnotationRecord) {
    super('already-tagged');
    this.name = 'AlreadyTaggedError';
  }
}

/**
 * Stores a new annotation as one undoable step. The same tag on the same span twice would be one
 * fact stored twice (counted twice in reports, deleted once and still shown): it is refused with
 * AlreadyTaggedError, checked inside the write transaction so two quick key presses cannot both land.
 */
export async function createAnnotation(db: IsnadDatabase, input: NewAnnotation): Promise<AnnotationRecord> {
  const now = Date.now();
  const record: AnnotationRecord = {
    id: input.id ?? crypto.randomUUID(),
    articleId: input.articleId,
    tagId: input.tagId,
    start: input.span.start,
    end: input.span.end,
    ...quoteOf(input.articleText, input.span),
    note: null,
    claim: input.isClaim ? defaultClaimFields() : null,
    createdAt: now,
    updatedAt: now,
    author: input.author,
  };
  await commitChange(
    db,
    input.articleId,
    'tag',
    async () => {
      // Only the rows on exactly this span (schema v4's index), however many the article has;
      // a deleted one (a tombstone) does not count.
      const rows = await liveRowsOnSpan(db, input.articleId, record.start, record.end);
      const same = rows.find((a) => a.tagId === record.tagId && a.start === record.start && a.end === record.end);
      if (same) throw new AlreadyTaggedError(same);
      return [{ id: record.id, before: null, after: record }];
    },
    input.author,
  );
  return record;
}

export type AnnotationPatch = Partial<Pick<AnnotationRecord, 'tagId' | 'note' | 'claim' | 'orphaned'>> & { span?: { span: Span; articleText: string } };

/** Applies a patch to one annotation as one undoable step; a resize recomputes its quote. */
export async function updateAnnotation(db: IsnadDatabase, id: string, patch: AnnotationPatch | ((current: AnnotationRecord) => AnnotationPatch | null), label = 'edit'): Promise<void> {
  const row = await liveAnnotation(db, id);
  if (!row) return;
  const author = await analystName(db);
  // The patch is computed from the row as it is inside the write transaction (a deleted one is left alone).
  await commitChange(
    db,
    row.articleId,
    label,
    async () => {
      const before = await liveAnnotation(db, id);
      const resolved = before && (typeof patch === 'function' ? patch(before) : patch);
      if (!before || !resolved) return [];
      const { span, ...fields } = resolved;
      const after: AnnotationRecord = { ...before, ...fields, updatedAt: Date.now() };
      if (span) Object.assign(after, { start: span.span.start, end: span.span.end }, quoteOf(span.articleText, span.span));
      // A retag or a resize must not make a second annotation of one tag on one span either.
      if (after.tagId !== before.tagId || after.start !== before.start || after.end !== before.end) {
        const onSpan = await liveRowsOnSpan(db, after.articleId, after.start, after.end);
        const same = onSpan.find((a) => a.id !== id && a.tagId === after.tagId);
        if (same) throw new AlreadyTaggedError(same);
      }
      return [{ id, before, after }];
    },
    author,
  );
}

/** Retag; a claim keeps (or gains) claim fields, other tags drop them. */
export function retagAnnotation(db: IsnadDatabase, id: string, tagId: string, isClaim: boolean): Promise<void> {
  return updateAnnotation(db, id, (current) => (current.tagId === tagId ? null : { tagId, claim: isClaim ? (current.claim ?? defaultClaimFields()) : null }), 'retag');
}

export function updateClaim(db: IsnadDatabase, id: string, claim: Partial<ClaimFields>): Promise<void> {
  return updateAnnotation(db, id, (current) => (current.claim ? { claim: { ...current.claim, ...claim } } : null), 'claim');
}

/** Links (or, with null, unlinks) the claimant of a claim; an unattributed claim becomes "said" (one undoable step). */
export function setClaimant(db: IsnadDatabase, claimId: string, claimantAnnotationId: string | null): Promise<void> {
  return updateAnnotation(db, claimId, (current) => (current.claim ? { claim: withClaimant(current.claim, claimantAnnotationId) } : null), 'claim');
}

/**
 * Deletes annotations (one undoable step): each stays as a tombstone marked with who deleted it
 * and when, hidden from every read. Claims that named them as claimant lose the link.
 */
export async function deleteAnnotations(db: IsnadDatabase, articleId: string, ids: readonly string[]): Promise<void> {
  const rows = (await Promise.all(ids.map((id) => liveAnnotation(db, id)))).filter((r): r is AnnotationRecord => !!r);
  if (rows.length === 0) return;
  const author = await analystName(db);
  const gone = new Set(ids);
  const dependants = (await liveArticleRows(db, articleId)).filter((a) => a.claim?.claimantAnnotationId && gone.has(a.claim.claimantAnnotationId) && !gone.has(a.id));
  await commitChange(
    db,
    articleId,
    'delete',
    [
      ...rows.map((row) => ({ id: row.id, before: row, after: null })),
      ...dependants.map((a) => ({ id: a.id, before: a, after: { ...a, claim: { ...a.claim!, claimantAnnotationId: null }, updatedAt: Date.now() } })),
    ],
    author,
  );
}

/** The article's annotations in reading order (deleted ones left out). */
export async function articleAnnotations(db: IsnadDatabase, articleId: string): Promise<AnnotationRecord[]> {
  return (await liveArticleRows(db, articleId)).filter((a) => !isOrphaned(a)).sort(compareReadingOrder);
}

/** The article's orphaned annotations (a new version's text lost their passage), oldest first. */
export async function orphanedAnnotations(db: IsnadDatabase, articleId: string): Promise<AnnotationRecord[]> {
  return (await liveArticleRows(db, articleId)).filter(isOrphaned).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** One annotation by id, or undefined when there is none (or it was deleted). */
export function annotationById(db: IsnadDatabase, id: string): Promise<AnnotationRecord | undefined> {
  return liveAnnotation(db, id);
}

/** The annotations on exactly this span of the article (read through the span index). */
export function annotationsOnSpan(db: IsnadDatabase, articleId: string, span: Span): Promise<AnnotationRecord[]> {
  return liveRowsOnSpan(db, articleId, span.start, span.end);
}
