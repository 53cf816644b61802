/** What an import did, for the analyst (the import report) and the command line (its summary). */
import { emptyCounts, type RecordCounts } from './mergeRecords';

export type MergeConflictKind = 'kept-ours' | 'took-theirs' | 're-placed' | 'orphaned';

export interface MergeConflict {
  kind: MergeConflictKind;
  articleId: string;
  articleTitle: string;
  /** The annotation's id as stored after the import (the incoming id for an orphan, which is not stored). */
  annotationId: string;
  quote: string;
  /** For 'orphaned': why it could not be placed. */
  reason?: 'quote-not-found' | 'ambiguous' | 'unknown-tag';
}

export interface MergeReport {
  source: string;
  articles: { added: number; alreadyThere: number };
  annotations: { added: number; updated: number; unchanged: number; keptOurs: number; deleted: number; skipped: number; rePlaced: number; orphaned: number };
  tags: { added: string[]; matched: number };
  notes: { added: number; updated: number; keptOurs: number };
  /** Registry entities and claim links, merged by id (mergeRecords.ts). */
  entities: RecordCounts;
  claimLinks: RecordCounts;
  conflicts: MergeConflict[];
  /** What the file's reader left out, in its words (a PDF source in a .qdpx, …). */
  notices: string[];
}

export function emptyMergeReport(source: string): MergeReport {
  return {
    source,
    articles: { added: 0, alreadyThere: 0 },
    annotations: { added: 0, updated: 0, unchanged: 0, keptOurs: 0, deleted: 0, skipped: 0, rePlaced: 0, orphaned: 0 },
    tags: { added: [], matched: 0 },
    notes: { added: 0, updated: 0, keptOurs: 0 },
    entities: emptyCounts(),
    claimLinks: emptyCounts(),
    conflicts: [],
    notices: [],
  };
}

const counted = (c: RecordCounts) => `${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.keptOurs} kept ours (newer), ${c.deleted} deleted, ${c.skipped} skipped`;

/** Plain-language lines for the command line (the app shows the same numbers in its dialog). */
export function mergeSummary(report: MergeReport): string[] {
  const a = report.annotations;
  const lines = [
    `articles: ${report.articles.added} added, ${report.articles.alreadyThere} already there`,
    `annotations: ${a.added} added, ${a.updated} updated, ${a.unchanged} unchanged, ${a.keptOurs} kept ours (newer), ${a.deleted} deleted, ${a.skipped} skipped`,
    `placement: ${a.rePlaced} re-placed by quote and context, ${a.orphaned} orphaned (not imported, listed below)`,
    `tags: ${report.tags.added.length} added${report.tags.added.length ? ` (${report.tags.added.join(', ')})` : ''}, ${report.tags.matched} matched`,
    `article notes: ${report.notes.added} added, ${report.notes.updated} updated, ${report.notes.keptOurs} kept ours`,
    `entities: ${counted(report.entities)}`,
    `claim links: ${counted(report.claimLinks)}`,
  ];
  for (const notice of report.notices) lines.push(`  note: ${notice}`);
  for (const c of report.conflicts) lines.push(`  ${c.kind}${c.reason ? ` (${c.reason})` : ''}: "${c.quote.slice(0, 60)}" in "${c.articleTitle.slice(0, 60)}"`);
  return lines;
}

/**
 * Two reports of one import planned in slices, as one. Every incoming tag is "matched" again in
 * each later slice (the earlier one added it), so the tag counts are the first slice's, plus what
 * later slices added.
 */
export function addReports(a: MergeReport, b: MergeReport): MergeReport {
  const sum = <T extends Record<string, number>>(x: T, y: T): T => Object.fromEntries(Object.keys(x).map((k) => [k, x[k]! + y[k]!])) as T;
  return {
    source: a.source,
    articles: sum(a.articles, b.articles),
    annotations: sum(a.annotations, b.annotations),
    tags: { added: [...a.tags.added, ...b.tags.added], matched: a.tags.matched },
    notes: sum(a.notes, b.notes),
    entities: sum(a.entities, b.entities),
    claimLinks: sum(a.claimLinks, b.claimLinks),
    conflicts: [...a.conflicts, ...b.conflicts],
    notices: [...a.notices, ...b.notices],
  };
}
