/**
 * The report's tables in DOCX. Columns run right-to-left in an Arabic report, the heading row
 * repeats on every page and no row splits across pages, so a claim is always read whole.
 */
import { BorderStyle, TableLayoutType, WidthType, type BaseXmlComponent, type Paragraph, type ParagraphChild, type Table } from 'docx';
import { plainCell, plainParagraph, plainRow, PlainRowsTable, plainXmlOf, xmlString } from './docxPlain';
import type { RawBlocks } from './docxRawBody';
import { textRun } from './docxRuns';

/** A4 less 2 cm margins on each side, in twips. */
export const TEXT_WIDTH = 11906 - 2 * 1134;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const HEAD_FILL = 'F1EFE9';

export interface TableLayout {
  /** The report's language is right-to-left: columns start on the right. */
  rtl: boolean;
  /** Tables that hold no docx component go in as raw XML (see docxRawBody.ts); absent, none do. */
  raw?: RawBlocks;
}

/** The paragraph style of table text: its size lives here, not on each of a table's many runs. */
export const TABLE_TEXT_STYLE = 'IsnadTableText';

/** One cell's paragraph; `bidi` for cells whose words are Arabic. */
export const cellParagraph = (children: ParagraphChild[], bidi: boolean) => plainParagraph(TABLE_TEXT_STYLE, bidi, children);

/** What a cell holds: its paragraphs (docx Paragraphs for notes, plain ones otherwise). */
export type CellContent = BaseXmlComponent[];

const cell = (children: CellContent, width: number, head = false) => plainCell(width, head ? HEAD_FILL : null, children);

/** The table as WordprocessingML text, or null when a row holds a docx component (a note). */
function rawTableXml(rows: BaseXmlComponent[], widths: number[], layout: TableLayout): string | null {
  const plainRows = rows.map(plainXmlOf);
  if (plainRows.some((r) => r === null)) return null;
  // The same properties docx writes for the options in `docxTable` (checked against its output).
  const line = 'w:val="single" w:color="BBBBBB" w:sz="4"';
  const out = [
    `<w:tbl><w:tblPr>${layout.rtl ? '<w:bidiVisual/>' : ''}<w:tblW w:type="dxa" w:w="${widths.reduce((sum, w) => sum + w, 0)}"/>`,
    `<w:tblBorders><w:top ${line}/><w:left ${line}/><w:bottom ${line}/><w:right ${line}/><w:insideH ${line}/><w:insideV ${line}/></w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="70"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="70"/></w:tblCellMar></w:tblPr>',
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  ];
  for (const row of plainRows) xmlString(row!, out);
  out.push('</w:tbl>');
  return out.join('');
}

function docxTable(rows: BaseXmlComponent[], widths: number[], layout: TableLayout): Table {
  return new PlainRowsTable(
    {
      width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: BORDERS,
      margins: { top: 40, bottom: 40, left: 70, right: 70 },
      visuallyRightToLeft: layout.rtl || undefined,
    },
    rows,
  );
}

/**
 * A table as raw text where it can be (see docxRawBody.ts), else docx's. `plainOnly` promises the
 * rows hold no docx component: then they are built only when the file is written, one table at a
 * time, so a corpus report never holds every table's rows at once.
 */
function table(rows: () => BaseXmlComponent[], widths: number[], layout: TableLayout, plainOnly: boolean): Table | Paragraph {
  const raw = layout.raw;
  if (raw && plainOnly) {
    return raw.placeholder(() => {
      const xml = rawTableXml(rows(), widths, layout);
      if (xml === null) throw new Error('a table promised to hold only plain rows held a note');
      return xml;
    });
  }
  const built = rows();
  const xml = raw ? rawTableXml(built, widths, layout) : null;
  return xml !== null && raw ? raw.placeholder(() => xml) : docxTable(built, widths, layout);
}

/**
 * A table with a heading row. `shares` are the columns' parts of the text width; each row cell
 * is its paragraphs (a note can be several).
 */
export function dataTable(headings: string[], shares: number[], rows: () => CellContent[][], layout: TableLayout, plainOnly = false): Table | Paragraph {
  const total = shares.reduce((s, n) => s + n, 0);
  const widths = shares.map((s) => Math.floor((TEXT_WIDTH * s) / total));
  const head = plainRow(headings.map((h, i) => cell([cellParagraph([textRun(h, { bold: true })], layout.rtl)], widths[i]!, true)), true);
  return table(() => [head, ...rows().map((r) => plainRow(r.map((c, i) => cell(c, widths[i]!)), false))], widths, layout, plainOnly);
}

/** A two-column table of labels and numbers, as wide as it needs (the title page's counts). */
export function pairTable(rows: { label: ParagraphChild[]; value: string; bold?: boolean }[], layout: TableLayout): Table | Paragraph {
  const widths = [3800, 1100];
  return table(
    () => rows.map((r) => plainRow([cell([cellParagraph(r.label, layout.rtl)], widths[0]!, r.bold), cell([cellParagraph([textRun(r.value, { bold: r.bold })], layout.rtl)], widths[1]!)], false)),
    widths,
    layout,
    false,
  );
}
