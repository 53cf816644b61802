/**
 * Paragraphs, links, bookmarks and tables of the DOCX report's body as WordprocessingML text
 * (see docxRawBody.ts for why the body is text). Content comes in already written (runs from
 * docxRuns.ts); every attribute value passes `xmlAttr`. Properties follow the schema's order.
 */
import { xmlAttr } from './docxRuns';

export interface ParagraphLayout {
  /** A paragraph style id ("Heading2", the article text style…). */
  style?: string;
  pageBreakBefore?: boolean;
  list?: { numId: number; level: number };
  /** A grey rule on the leading edge (a quoted block in a note). */
  quoteRule?: boolean;
  /** Right-to-left. */
  bidi?: boolean;
  spacing?: { before?: number; after?: number; line?: number };
  /** Indent on the leading edge, in twips. */
  indent?: number;
}

/** A paragraph; its properties in CT_PPr's order. */
export function paragraph(layout: ParagraphLayout, content: string): string {
  let props = '';
  if (layout.style) props += `<w:pStyle w:val="${xmlAttr(layout.style)}"/>`;
  if (layout.pageBreakBefore) props += '<w:pageBreakBefore/>';
  if (layout.list) props += `<w:numPr><w:ilvl w:val="${layout.list.level}"/><w:numId w:val="${layout.list.numId}"/></w:numPr>`;
  if (layout.quoteRule) props += '<w:pBdr><w:left w:val="single" w:color="CCCCCC" w:sz="12" w:space="8"/></w:pBdr>';
  if (layout.bidi) props += '<w:bidi/>';
  const s = layout.spacing;
  if (s)
    props += `<w:spacing${s.before !== undefined ? ` w:before="${s.before}"` : ''}${s.after !== undefined ? ` w:after="${s.after}"` : ''}${s.line !== undefined ? ` w:line="${s.line}" w:lineRule="auto"` : ''}/>`;
  if (layout.indent) props += `<w:ind w:left="${layout.indent}"/>`;
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
}

/** A link to a bookmark in this document. */
export const internalLink = (anchor: string, runs: string) => `<w:hyperlink w:anchor="${xmlAttr(anchor)}" w:history="1">${runs}</w:hyperlink>`;
/** A link through a relationship (an external target; see RawBlocks.externalLink). */
export const externalLink = (relationshipId: string, runs: string) => `<w:hyperlink r:id="${xmlAttr(relationshipId)}" w:history="1">${runs}</w:hyperlink>`;

export const bookmarkStart = (name: string, id: number) => `<w:bookmarkStart w:id="${id}" w:name="${xmlAttr(name)}"/>`;
export const bookmarkEnd = (id: number) => `<w:bookmarkEnd w:id="${id}"/>`;

export interface TableCell {
  /** The cell's paragraphs (at least one is written). */
  content: string;
  fill?: string;
}

/** A row that never splits across pages; a heading row repeats on every page. */
export function tableRow(cells: readonly TableCell[], widths: readonly number[], header: boolean): string {
  let out = `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>`;
  cells.forEach((cell, i) => {
    const fill = cell.fill ? `<w:shd w:fill="${xmlAttr(cell.fill)}" w:color="auto" w:val="clear"/>` : '';
    // A cell must hold a paragraph, even an empty one.
    out += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i]}"/>${fill}</w:tcPr>${cell.content || '<w:p/>'}</w:tc>`;
  });
  return `${out}</w:tr>`;
}

const LINE = 'w:val="single" w:color="BBBBBB" w:sz="4"';

/** A table of fixed column widths (twips), thin grey rules, columns from the right when `rtl`. */
export function table(rows: string, widths: readonly number[], rtl: boolean): string {
  return (
    `<w:tbl><w:tblPr>${rtl ? '<w:bidiVisual/>' : ''}<w:tblW w:type="dxa" w:w="${widths.reduce((sum, w) => sum + w, 0)}"/>` +
    `<w:tblBorders><w:top ${LINE}/><w:left ${LINE}/><w:bottom ${LINE}/><w:right ${LINE}/><w:insideH ${LINE}/><w:insideV ${LINE}/></w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="70"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="70"/></w:tblCellMar></w:tblPr>' +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`
  );
}
