/**
 * An independent reader for Isnad's CSV export: csv-parse with strict RFC 4180 options (CRLF
 * record ends only, no loose quotes, every record as wide as the header), the text at each row's
 * code-point start/end counted by iterating the article's text. Shares no code with the exporter.
 */
import { parse } from 'csv-parse/sync';

export type CsvRow = Record<string, string>;

/** The rows of an exported CSV (string or UTF-8 bytes); throws unless it starts with a BOM and parses strictly. */
export function readCsv(content: string | Uint8Array): CsvRow[] {
  const text = typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
  if (!text.startsWith('\uFEFF')) throw new Error('the CSV does not start with a UTF-8 BOM');
  return parse(text, {
    bom: true,
    columns: true,
    record_delimiter: ['\r\n'],
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
    trim: false,
  });
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rows whose text is not the article's text at their code-point start/end. A span that begins
 * like a formula is expected with one leading single quote (OWASP's neutralising), nothing else.
 */
export function csvQuoteMismatches(rows: readonly CsvRow[], texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [i, row] of rows.entries()) {
    const text = texts.get(row.article_id ?? '');
    if (text === undefined) {
      problems.push(`row ${i + 1}: unknown article ${row.article_id}`);
      continue;
    }
    const span = Array.from(text).slice(Number(row.start), Number(row.end)).join('');
    const expected = FORMULA_START.test(span) ? `'${span}` : span;
    if (row.text !== expected) problems.push(`row ${i + 1} [${row.start}, ${row.end}) reads ${JSON.stringify(span)}, the cell holds ${JSON.stringify(row.text)}`);
  }
  return problems;
}
