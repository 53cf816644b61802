/**
 * When a file from the same place comes back with changed text (a new version, db/articles.ts), the
 * previous version's annotations move to it: re-anchored (shared/annotation/reanchor.ts), with their
 * claims, notes and entity links (fields of the row) and claim links (which name annotation ids,
 * kept). Those that cannot be placed with confidence move too, flagged `orphaned`, with their old
 * quote, to be placed by hand or deleted. One step of the new version's history: undo puts them all
 * back on the previous version as they were.
 */
import { type AnnotationRecord } from '../../shared/annotation/annotation';
import { reanchorAll, type Reanchored } from '../../shared/annotation/reanchor';
import { quoteOf, type Span } from '../../shared/annotation/snapSpan';
import { liveArticleRows } from './annotationRows';
import type { IsnadDatabase } from './database';
import { appendStep } from './history';
import { updateAnnotation } from './annotations';

export interface ReanchorSummary {
  /** Placed with their text unchanged (where they were, or moved). */
  exact: number;
  approximate: number;
  orphaned: number;
}

export const REANCHOR_STEP = 'reanchor';

function moved(row: AnnotationRecord, placed: Reanchored, toId: string, fromId: string, toText: string, now: number): AnnotationRecord {
  const { orphaned: _was, ...rest } = row;
  if (placed.kind === 'orphaned') {
    // An orphan keeps the quote it had (what the analyst tagged) and sits on an empty span.
    return { ...rest, articleId: toId, start: 0, end: 0, orphaned: { reason: placed.reason, fromArticleId: row.orphaned?.fromArticleId ?? fromId }, updatedAt: now };
  }
  return { ...rest, articleId: toId, start: placed.start, end: placed.end, ...quoteOf(toText, placed), updatedAt: now };
}

/**
 * Moves the live annotations of `fromId` to `toId`, inside the caller's transaction (which must
 * include annotations and history). Orphans of earlier versions are tried again.
 */
export async function moveToNewVersion(db: IsnadDatabase, from: { id: string; text: string }, to: { id: string; text: string }, author: string): Promise<ReanchorSummary> {
  const summary: ReanchorSummary = { exact: 0, approximate: 0, orphaned: 0 };
  const rows = await liveArticleRows(db, from.id);
  if (rows.length === 0) return summary;
  const now = Date.now();
  const placements = reanchorAll(
    to.text,
    // An orphan's old offsets mean nothing here: only its quote and context are looked for.
    rows.map((r) => ({ start: r.orphaned ? -1 : r.start, end: r.orphaned ? -1 : r.end, exact: r.exact, prefix: r.prefix, suffix: r.suffix, group: r.tagId })),
  );
  const changes = rows.map((row, i) => {
    const placed = placements[i]!;
    if (placed.kind === 'orphaned') summary.orphaned++;
    else if (placed.kind === 'approximate') summary.approximate++;
    else summary.exact++;
    return { id: row.id, before: row, after: moved(row, placed, to.id, from.id, to.text, now) };
  });
  await db.annotations.bulkPut(changes.map((c) => c.after));
  await appendStep(db, { articleId: to.id, label: REANCHOR_STEP, changes, author });
  return summary;
}

/** Places an orphan on a span the analyst chose, as one undoable step (refused where its tag already is). */
export function placeOrphan(db: IsnadDatabase, id: string, span: Span, articleText: string): Promise<void> {
  return updateAnnotation(db, id, (current) => (current.orphaned ? { span: { span, articleText }, orphaned: undefined } : null), 'place');
}
