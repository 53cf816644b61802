/**
 * The annotations as one CSV table, for spreadsheets and data frames: UTF-8 with a BOM (so Excel
 * reads the Arabic as UTF-8), RFC 4180 (csvCell.ts), one row per live annotation in reading order.
 *
 * Columns: article (title), article_id (SHA-256 of the text), annotation_id, tag (English label),
 * start and end (code points: Python's `text[start:end]` is the span), text (the span exactly,
 * neutralised like every cell when it starts like a formula), claimant (the linked span's text,
 * else the claimant in words), attribution, status, confidence (claims only), entity (the name of
 * the registry entity the span is linked to, empty when none), note (plain text, line breaks kept).
 */
import { claimantName, compareReadingOrder } from '../../annotation/annotation';
import { OffsetMap } from '../codePoints';
import { liveAnnotations, liveEntitiesById, type ExportedFile, type InterchangeData } from '../interchange';
import { noteToPlainText } from '../plainTextNote';
import { csvRecord } from './csvCell';

export const CSV_COLUMNS = ['article', 'article_id', 'annotation_id', 'tag', 'start', 'end', 'text', 'claimant', 'attribution', 'status', 'confidence', 'entity', 'note'] as const;

/** `isnad-annotations-2026-11-23.csv`, dated by the export (UTC). */
export const csvFileName = (exportedAt: number) => `isnad-annotations-${new Date(exportedAt).toISOString().slice(0, 10)}.csv`;

export function exportCsv(data: InterchangeData): ExportedFile[] {
  const tags = new Map(data.tags.map((t) => [t.id, t.labelEn.trim() || t.labelAr.trim() || t.id]));
  const entities = liveEntitiesById(data);
  const rows = ['\uFEFF', csvRecord(CSV_COLUMNS)];
  for (const entry of data.articles) {
    const map = new OffsetMap(entry.text);
    const live = liveAnnotations(entry).sort(compareReadingOrder);
    const byId = new Map(live.map((a) => [a.id, a]));
    for (const a of live) {
      const claim = a.claim;
      rows.push(
        csvRecord([
          entry.article.title,
          entry.article.id,
          a.id,
          tags.get(a.tagId) ?? a.tagId,
          map.toCodePoints(a.start),
          map.toCodePoints(a.end),
          a.exact,
          claim ? (claimantName(claim, (id) => byId.get(id)) ?? '') : '',
          claim?.attribution ?? '',
          claim?.status ?? '',
          claim?.confidence ?? '',
          (a.entityId !== undefined && entities.get(a.entityId)?.name) || '',
          noteToPlainText(a.note),
        ]),
      );
    }
  }
  return [{ path: csvFileName(data.exportedAt), content: rows.join('') }];
}
