/**
 * One article of the DOCX report, in the HTML report's order: title, source file, article note,
 * legend, the full text with its highlights, then the claims, entities and annotations tables.
 *
 * The text is one run per highlight segment, painted with run shading (a background, like the
 * HTML's): shading changes no glyph, so Word and LibreOffice keep Arabic letters joined across a
 * highlight's edge. Nothing is added to the text; each annotation is a bookmark over its words,
 * which the tables' number and quote cells link to.
 */
import { BookmarkEnd, BookmarkStart, HeadingLevel, Paragraph, type ParagraphChild, type Table } from 'docx';
import { noteParagraphs, type NoteContext } from './docxNotes';
import { plainInternalLink } from './docxPlain';
import { rawBookmarkEnd, rawBookmarkStart, rawParagraph, rawRun, type RawBlocks } from './docxRawBody';
import { bookmarkName, directionOf, isolated, SIZE, textRun, textRuns } from './docxRuns';
import { cellParagraph, dataTable, type CellContent, type TableLayout } from './docxTables';
import type { Segment } from './highlightSegments';
import type { LegendEntry, ReportAnnotation, ReportArticle, ReportDocument } from './reportDocument';

export const ARTICLE_TEXT_STYLE = 'IsnadArticleText';

export interface DocxContext {
  doc: ReportDocument;
  /** The report's language is right-to-left. */
  rtl: boolean;
  layout: TableLayout;
  notes: NoteContext;
  tableNotes: NoteContext;
  /** Bookmark ids, unique within this document (a fresh counter per report keeps output repeatable). */
  nextBookmarkId: () => number;
  /** Where the article texts go as raw XML, spliced in after packing. */
  raw: RawBlocks;
}

// BookmarkStart/End are the only way to write a range that overlaps another or crosses paragraphs;
// docx accepts them among a paragraph's children although its ParagraphChild type does not list them.
const marker = (m: BookmarkStart | BookmarkEnd) => m as unknown as ParagraphChild;

/** A heading in the UI language, or holding content (a title) whose own script sets its direction. */
export function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], rtl: boolean): Paragraph {
  return new Paragraph({ heading: level, bidirectional: directionOf(text, rtl), children: textRuns(text) });
}

/** The legend's chip: the tag's code boxed in its colour, then its label. */
export const chip = (entry: LegendEntry, size?: number): ParagraphChild[] => [
  textRun(`\u00A0${entry.code}\u00A0`, { bold: true, fill: entry.fill, border: entry.colour, size }),
  textRun(` ${entry.label}`, { size }),
];

const numberLink = (a: ReportAnnotation) => plainInternalLink(bookmarkName(a.ref), [textRun(String(a.number), { style: 'Hyperlink', rtl: false })]);

const quoteLink = (a: ReportAnnotation) => plainInternalLink(bookmarkName(a.ref), textRuns(a.exact, { rtl: true }));

/** The article's text, one paragraph per line, as raw WordprocessingML (see docxRawBody.ts). */
function articleText({ doc, nextBookmarkId, raw }: DocxContext, article: ReportArticle): Paragraph {
  // Written when the file is: one article's text at a time is held as XML.
  return raw.placeholder(() => articleTextXml(doc, nextBookmarkId, article));
}

function articleTextXml(doc: ReportDocument, nextBookmarkId: () => number, article: ReportArticle): string {
  const last = new Map<string, Segment>();
  for (const p of article.paragraphs) for (const s of p.segments) for (const ref of s.covering) last.set(ref, s);
  const ids = new Map<string, number>();
  const paragraphs = article.paragraphs.map((p) => {
    let content = '';
    for (const s of p.segments) {
      for (const ref of s.starting) {
        ids.set(ref, nextBookmarkId());
        content += rawBookmarkStart(bookmarkName(ref), ids.get(ref)!);
      }
      const inner = s.covering.length > 1 ? article.byRef.get(s.covering[s.covering.length - 1]!) : undefined;
      content += rawRun(s.text, { fill: s.covering.length > 0 ? doc.fillOf(article, s.covering) : undefined, underlineColour: inner?.tag.colour });
      for (const ref of s.covering) if (last.get(ref) === s && ids.has(ref)) content += rawBookmarkEnd(ids.get(ref)!);
    }
    return rawParagraph(ARTICLE_TEXT_STYLE, true, content);
  });
  return paragraphs.join('');
}

/** A captioned table; `rows` are made when needed (see dataTable), `count` says whether there are any. */
function captioned(ctx: DocxContext, caption: string, headings: string[], shares: number[], count: number, rows: () => CellContent[][], plainOnly = false): (Paragraph | Table)[] {
  if (count === 0) return [];
  return [heading(caption, HeadingLevel.HEADING_3, ctx.rtl), dataTable(headings, shares, rows, ctx.layout, plainOnly)];
}

/** A cell of one run of text: Arabic words make it right-to-left, other text follows the report. */
function textCell(text: string, rtl: boolean): CellContent {
  return [cellParagraph(textRuns(text, {}), directionOf(text, rtl))];
}

function tables(ctx: DocxContext, article: ReportArticle): (Paragraph | Table)[] {
  const { doc, rtl } = ctx;
  const t = doc.t;
  const quoteCell = (a: ReportAnnotation) => [cellParagraph([quoteLink(a)], true)];
  const numberCell = (a: ReportAnnotation) => [cellParagraph([numberLink(a)], rtl)];
  const claims = () => article.claims.map((c) => [
    numberCell(c.annotation),
    quoteCell(c.annotation),
    c.claimant?.kind === 'span'
      ? [cellParagraph([plainInternalLink(bookmarkName(c.claimant.ref), textRuns(c.claimant.text, { rtl: true }))], true)]
      : textCell(c.claimant ? c.claimant.text : t('report.none'), rtl),
    textCell(c.attribution, rtl),
    textCell(c.status, rtl),
    textCell(c.confidence, rtl),
    noteParagraphs(c.annotation.note, ctx.tableNotes),
  ]);
  const entities = () => article.entities.map((e) => [
    [cellParagraph(textRuns(e.name, { rtl: true }), true)],
    textCell(e.tags, rtl),
    textCell(doc.n(e.mentions), rtl),
    [cellParagraph([numberLink(e.first), textRun(' ', {}), quoteLink(e.first)], true)],
  ]);
  const noted = article.annotations.filter((a) => a.note);
  const notes = () => noted.map((a) => [numberCell(a), [cellParagraph(chip(a.tag), rtl)], quoteCell(a), noteParagraphs(a.note, ctx.tableNotes)]);
  return [
    ...captioned(ctx, t('report.claimsTable'), [t('report.number'), t('report.claim'), t('report.claimant'), t('report.attribution'), t('report.status'), t('report.confidence'), t('report.note')], [7, 22, 14, 14, 13, 14, 16], article.claims.length, claims),
    ...captioned(ctx, t('report.entitiesTable'), [t('report.entity'), t('report.tag'), t('report.mentions'), t('report.firstMention')], [28, 20, 14, 38], article.entities.length, entities, true),
    ...captioned(ctx, t('report.notesTable'), [t('report.number'), t('report.tag'), t('report.text'), t('report.note')], [7, 18, 41, 34], noted.length, notes),
  ];
}

export function articleSection(ctx: DocxContext, article: ReportArticle): (Paragraph | Table)[] {
  const { doc, rtl } = ctx;
  const t = doc.t;
  const id = ctx.nextBookmarkId();
  const title = new Paragraph({
    heading: HeadingLevel.HEADING_2,
    pageBreakBefore: true,
    bidirectional: directionOf(article.title, rtl),
    children: [marker(new BookmarkStart(bookmarkName(article.ref), id)), ...textRuns(article.title), marker(new BookmarkEnd(id))],
  });
  const source = new Paragraph({
    bidirectional: rtl,
    children: [textRun(`${t('report.sourceFile')}: `, { size: SIZE.small, colour: '#555555' }), textRun(isolated(article.fileName, rtl), { size: SIZE.small, colour: '#555555' })],
  });
  const note = article.note ? [heading(t('report.articleNote'), HeadingLevel.HEADING_3, rtl), ...noteParagraphs(article.note, ctx.notes)] : [];
  const used = doc.legend.filter((entry) => article.annotations.some((a) => a.tag.tagId === entry.tagId));
  const legend =
    used.length > 0
      ? new Paragraph({ bidirectional: rtl, spacing: { before: 120, after: 120, line: 360 }, children: used.flatMap((entry, i) => [...(i > 0 ? [textRun('   ')] : []), ...chip(entry, SIZE.small + 2)]) })
      : new Paragraph({ bidirectional: rtl, children: [textRun(t('report.noAnnotations'), { italic: true, colour: '#555555' })] });
  return [title, source, ...note, legend, articleText(ctx, article), ...tables(ctx, article)];
}
