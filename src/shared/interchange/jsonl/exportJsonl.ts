/**
 * The corpus for NLP training as JSON Lines in doccano's sequence-labelling form, one article a
 * line: `{"id": <sha256>, "text": <text>, "label": [[start, end, "Person"], …]}`, which doccano
 * imports and Flair's JsonlCorpus reads. Offsets count code points (Python's `text[start:end]` is
 * the span, and so is spaCy's `doc.char_span(start, end)`).
 *
 * The label is the tag's English label (what a model's output should read as, and what doccano
 * shows), not the tag id: ids of tags an analyst added are random. Renaming a tag renames its label
 * in the next export. Live annotations only, in reading order; nested and overlapping spans are
 * kept (a claim that contains its claimant) — doccano accepts them with "allow overlapping" set,
 * and a pipeline that needs flat spans (spaCy's doc.ents, Flair) must choose among them. An
 * article without annotations is still a line (a negative example).
 *
 * Each line is JSON.stringify's output with U+0085, U+2028 and U+2029 escaped as well: they are
 * valid inside JSON strings, but Python's str.splitlines() and some editors break lines there.
 */
import { compareReadingOrder } from '../../annotation/annotation';
import { OffsetMap } from '../codePoints';
import { liveAnnotations, type ExportedFile, type InterchangeData } from '../interchange';

/** `isnad-2026-11-23.jsonl`, dated by the export (UTC). */
export const jsonlFileName = (exportedAt: number) => `isnad-${new Date(exportedAt).toISOString().slice(0, 10)}.jsonl`;

const LINE_BREAKERS = /[\u0085\u2028\u2029]/g;

export function exportJsonl(data: InterchangeData): ExportedFile[] {
  const labels = new Map(data.tags.map((t) => [t.id, t.labelEn.trim() || t.labelAr.trim() || t.id]));
  const lines = data.articles.map((entry) => {
    const map = new OffsetMap(entry.text);
    const label = liveAnnotations(entry)
      .sort(compareReadingOrder)
      .map((a) => [map.toCodePoints(a.start), map.toCodePoints(a.end), labels.get(a.tagId) ?? a.tagId]);
    const json = JSON.stringify({ id: entry.article.id, text: entry.text, label });
    return `${json.replace(LINE_BREAKERS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
  });
  return [{ path: jsonlFileName(data.exportedAt), content: lines.join('') }];
}
