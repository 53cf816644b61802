/**
 * The report as a Word document (DOCX), drawn from the same `ReportDocument` as the HTML report,
 * so both hold the same content in the same order. Pure TypeScript: `Packer.toArrayBuffer` zips
 * in a browser, a worker or Node alike, so the app and a command line can both call this.
 *
 * Arabic is laid out by Word itself: article text, Arabic titles and Arabic cells are
 * right-to-left paragraphs (`w:bidi`) of right-to-left runs (`w:rtl`) in an Arabic complex-script
 * font; the labels follow the report's language. Every string is data: docx escapes it, and
 * `xmlSafe` removes what XML cannot hold.
 */
import { AlignmentType, Document, Footer, Header, PageNumber, PageOrientation, Packer, Paragraph, TextRun, type IStylesOptions } from 'docx';
import { articleSection, ARTICLE_TEXT_STYLE, chip, heading, type DocxContext } from './docxArticle';
import { RawBlocks } from './docxRawBody';
import { bookmarkName, directionOf, FONTS, hasArabic, isolated, SIZE, textRun, textRuns, xmlSafe, xmlText } from './docxRuns';
import { cellParagraph, dataTable, pairTable, TABLE_TEXT_STYLE } from './docxTables';
import { internalLink, paragraph } from './docxXml';
import { buildReportDocument, type ReportDocument } from './reportDocument';
import type { ReportInput } from './reportInput';

/** 2 cm in twips. */
const MARGIN = 1134;

function styles(doc: ReportDocument): IStylesOptions {
  const headingStyle = (size: number, before: number) => ({
    run: { font: FONTS, size, sizeComplexScript: size, bold: true, boldComplexScript: true, color: '1B1B1B' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        // Word's language for spelling and hyphenation: the report's for labels, Arabic for complex script.
        run: { font: FONTS, size: SIZE.body, sizeComplexScript: SIZE.body, language: { value: doc.language === 'ar' ? 'ar-SA' : 'en-GB', bidirectional: 'ar-SA' } },
        paragraph: { spacing: { after: 80, line: 300 } },
      },
      heading1: headingStyle(44, 0),
      heading2: headingStyle(32, 360),
      heading3: headingStyle(26, 280),
    },
    paragraphStyles: [
      {
        id: ARTICLE_TEXT_STYLE,
        name: 'Article Text',
        basedOn: 'Normal',
        run: { font: FONTS, size: SIZE.article, sizeComplexScript: SIZE.article, rightToLeft: true },
        paragraph: { spacing: { after: 120, line: 380 } },
      },
      {
        id: TABLE_TEXT_STYLE,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { font: FONTS, size: SIZE.table, sizeComplexScript: SIZE.table },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}

/** The contents: a numbered list of the articles, each linked to its heading. */
function contentsList(ctx: DocxContext): string {
  const { doc, rtl, raw } = ctx;
  const numId = raw.listInstance(true);
  return doc.articles.map((a) => paragraph({ list: { numId, level: 0 }, bidi: directionOf(a.title, rtl) }, internalLink(bookmarkName(a.ref), textRuns(a.title)))).join('');
}

function titlePage(ctx: DocxContext): string {
  const { doc, rtl } = ctx;
  const t = doc.t;
  const field = (label: string, value: string) => paragraph({ bidi: rtl }, textRun(`${label}: `, { bold: true }) + textRuns(value));
  const counts = pairTable(
    [
      { label: textRun(t('report.articles'), { bold: true }), value: doc.n(doc.counts.articles), bold: true },
      { label: textRun(t('report.annotations'), { bold: true }), value: doc.n(doc.counts.annotations), bold: true },
      ...doc.counts.byTag.map(({ entry, count }) => ({ label: chip(entry), value: doc.n(count) })),
      { label: textRun(t('report.claims'), { bold: true }), value: doc.n(doc.counts.claims), bold: true },
      ...doc.counts.byStatus.map(({ status, count }) => ({ label: textRun(status, {}), value: doc.n(count) })),
    ],
    rtl,
  );
  const contents = doc.articles.length > 1 ? heading(t('report.contents'), 2, rtl) + contentsList(ctx) : '';
  return (
    heading(doc.title, 1, rtl) +
    field(t('report.generated'), doc.generatedAt) +
    field(t('report.analyst'), isolated(doc.analystName, rtl)) +
    field(t('report.scope'), doc.scope) +
    field(t('report.filters'), doc.filters) +
    heading(t('report.counts'), 2, rtl) +
    counts +
    registryTable(ctx) +
    contents
  );
}

/** The registry entities the report mentions, as in the HTML report; each article number links to its section. */
function registryTable(ctx: DocxContext): string {
  const { doc, rtl } = ctx;
  const t = doc.t;
  if (doc.registry.length === 0) return '';
  const arabicCell = (text: string) => cellParagraph(textRuns(text, { rtl: true }), true);
  const rows = doc.registry.map((e) => [
    cellParagraph(textRuns(e.name, { rtl: true }), true) + (e.latinName ? cellParagraph(textRuns(e.latinName, {}), false) : ''),
    cellParagraph(textRun(e.type, {}), rtl),
    arabicCell(e.aliases.join(doc.language === 'ar' ? '، ' : ', ')),
    cellParagraph(textRun(e.wikidataId ?? '', { rtl: false }), false),
    cellParagraph(textRun(doc.n(e.mentions), {}), rtl),
    cellParagraph(e.articles.map((a) => internalLink(bookmarkName(a.ref), textRun(doc.n(a.number), { style: 'Hyperlink', rtl: false }))).join(textRun(' ', {})), rtl),
  ]);
  const note = doc.unlinkedMentions > 0 ? paragraph({ bidi: rtl }, textRun(t('report.notLinkedNote'), { size: SIZE.small, colour: '#555555' })) : '';
  return (
    heading(t('report.entityRegistry'), 2, rtl) +
    dataTable(
      [t('report.entity'), t('report.entityType'), t('report.entityAliases'), t('report.entityWikidata'), t('report.mentions'), t('report.entityArticles')],
      [24, 13, 25, 12, 11, 15],
      rows,
      rtl,
    ) +
    note
  );
}

/** The running header (the report's title) and footer ("Page 3 / 12"). */
function pageFurniture(doc: ReportDocument, rtl: boolean) {
  const small = { size: SIZE.small, sizeComplexScript: SIZE.small, color: '555555', font: FONTS };
  return {
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            bidirectional: directionOf(doc.title, rtl),
            children: [new TextRun({ ...small, rightToLeft: hasArabic(doc.title) || undefined, text: xmlSafe(doc.title) })],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            bidirectional: rtl,
            children: [new TextRun({ ...small, rightToLeft: rtl || undefined, children: [`${xmlSafe(doc.t('report.page'))} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })],
          }),
        ],
      }),
    },
  };
}

/** docx writes no `dc:language`, so the core properties are written here, each value as XML text. */
function coreProperties(doc: ReportDocument): string {
  const x = xmlText;
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${x(doc.title)}</dc:title><dc:creator>${x(doc.analystName)}</dc:creator><cp:lastModifiedBy>${x(doc.analystName)}</cp:lastModifiedBy>` +
    `<dc:language>${x(doc.language)}</dc:language><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The report's DOCX bytes; `onArticle` is told after each article, and the thread is yielded between them. */
export async function renderReportDocx(doc: ReportDocument, onArticle?: (done: number, total: number) => void): Promise<Uint8Array> {
  const rtl = doc.dir === 'rtl';
  const raw = new RawBlocks();
  let bookmarkId = 0;
  const ctx: DocxContext = {
    doc,
    rtl,
    notes: { size: SIZE.body, rtl, raw },
    tableNotes: { size: SIZE.table, rtl, raw },
    nextBookmarkId: () => ++bookmarkId,
    raw,
  };
  const children: Paragraph[] = [raw.placeholder(titlePage(ctx))];
  const total = doc.articles.length;
  for (let i = 0; i < total; i++) {
    children.push(raw.placeholder(articleSection(ctx, doc.articles[i]!)));
    onArticle?.(i + 1, total);
    // Give the event loop a turn, so a long export keeps the window (or worker) responsive.
    if (i + 1 < total) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const document = new Document({
    title: xmlSafe(doc.title),
    creator: xmlSafe(doc.analystName),
    lastModifiedBy: xmlSafe(doc.analystName),
    styles: styles(doc),
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838, orientation: PageOrientation.PORTRAIT },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: 567, footer: 567 },
          },
        },
        ...pageFurniture(doc, rtl),
        children,
      },
    ],
  });
  const bytes = await Packer.toArrayBuffer(document, false, [{ path: 'docProps/core.xml', data: coreProperties(doc) }]);
  return raw.splice(new Uint8Array(bytes));
}

export async function buildReportDocx(input: ReportInput, onArticle?: (done: number, total: number) => void): Promise<Uint8Array> {
  return renderReportDocx(buildReportDocument(input), onArticle);
}
