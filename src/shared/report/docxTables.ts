/**
 * The report's tables in DOCX. Columns run right-to-left in an Arabic report, the heading row
 * repeats on every page and no row splits across pages, so a claim is always read whole.
 */
import { textRun } from './docxRuns';
import { paragraph, table, tableRow } from './docxXml';

/** A4 less 2 cm margins on each side, in twips. */
export const TEXT_WIDTH = 11906 - 2 * 1134;

const HEAD_FILL = 'F1EFE9';

/** The paragraph style of table text: its size lives here, not on each of a table's many runs. */
export const TABLE_TEXT_STYLE = 'IsnadTableText';

/** One cell's paragraph of runs; `bidi` for cells whose words are Arabic. */
export const cellParagraph = (runs: string, bidi: boolean) => paragraph({ style: TABLE_TEXT_STYLE, bidi }, runs);

/** What a cell holds: its paragraphs' XML (a note can be several). */
export type CellContent = string;

/**
 * A table with a heading row. `shares` are the columns' parts of the text width; each row is
 * its cells' paragraphs. `rtl`: the report's language is right-to-left, so columns start on the right.
 */
export function dataTable(headings: readonly string[], shares: readonly number[], rows: readonly CellContent[][], rtl: boolean): string {
  const total = shares.reduce((s, n) => s + n, 0);
  const widths = shares.map((s) => Math.floor((TEXT_WIDTH * s) / total));
  let xml = tableRow(
    headings.map((h) => ({ content: cellParagraph(textRun(h, { bold: true }), rtl), fill: HEAD_FILL })),
    widths,
    true,
  );
  for (const row of rows)
    xml += tableRow(
      row.map((content) => ({ content })),
      widths,
      false,
    );
  return table(xml, widths, rtl);
}

/** A two-column table of labels and numbers, as wide as it needs (the title page's counts). */
export function pairTable(rows: readonly { label: string; value: string; bold?: boolean }[], rtl: boolean): string {
  const widths = [3800, 1100];
  let xml = '';
  for (const r of rows) {
    xml += tableRow([{ content: cellParagraph(r.label, rtl), fill: r.bold ? HEAD_FILL : undefined }, { content: cellParagraph(textRun(r.value, { bold: r.bold }), rtl) }], widths, false);
  }
  return table(xml, widths, rtl);
}
