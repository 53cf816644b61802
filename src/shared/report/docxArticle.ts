/**
 * One article of the DOCX report, in the HTML report's order: title, source file, article note,
 * legend, the full text with its highlights, then the claims, entities and annotations tables.
 *
 * The text is one run per highlight segment, painted with run shading (a background, like the
 * HTML's): shading changes no glyph, so Word and LibreOffice keep Arabic letters joined across a
 * highlight's edge. Nothing is added to the text; each annotation is a bookmark over its words,
 * which the tables' number and quote cells link to.
 */
import type { NoteContext } from './docxNotes';
import { noteParagraphs } from './docxNotes';
import type { RawBlocks } from './docxRawBody';
import { bookmarkName, directionOf, isolated, SIZE, textRun, textRuns } from './docxRuns';
import { cellParagraph, dataTable, type CellContent } from './docxTables';
import { bookmarkEnd, bookmarkStart, internalLink, paragraph } from './docxXml';
import type { Segment } from './highlightSegments';
import type { ClaimLinkRow, LegendEntry, ReportAnnotation, ReportArticle, ReportDocument } from './reportDocument';

export const ARTICLE_TEXT_STYLE = 'IsnadArticleText';

/** Heading levels, as the style ids docx gives the headings the report's styles define. */
export type HeadingLevel = 1 | 2 | 3;

export interface DocxContext {
  doc: ReportDocument;
  /** The report's language is right-to-left. */
  rtl: boolean;
  notes: NoteContext;
  tableNotes: NoteContext;
  /** Bookmark ids, unique within this document (a fresh counter per report keeps output repeatable). */
  nextBookmarkId: () => number;
  /** Where the body goes, as raw XML spliced in after packing; also makes list instances and links. */
  raw: RawBlocks;
}

/** A heading in the UI language, or holding content (a title) whose own script sets its direction. */
export function heading(text: string, level: HeadingLevel, rtl: boolean, extra = { pageBreakBefore: false, before: '', after: '' }): string {
  return paragraph({ style: `Heading${level}`, pageBreakBefore: extra.pageBreakBefore, bidi: directionOf(text, rtl) }, extra.before + textRuns(text) + extra.after);
}

/** The legend's chip: the tag's code boxed in its colour, then its label. */
export const chip = (entry: LegendEntry, size?: number): string =>
  textRun(`\u00A0${entry.code}\u00A0`, { bold: true, fill: entry.fill, border: entry.colour, size }) + textRun(` ${entry.label}`, { size });

const numberLink = (a: ReportAnnotation) => internalLink(bookmarkName(a.ref), textRun(String(a.number), { style: 'Hyperlink', rtl: false }));

const quoteLink = (a: ReportAnnotation) => internalLink(bookmarkName(a.ref), textRuns(a.exact, { rtl: true }));

/** The article's text, one paragraph per line. */
function articleText(doc: ReportDocument, nextBookmarkId: () => number, article: ReportArticle): string {
  const last = new Map<string, Segment>();
  for (const p of article.paragraphs) for (const s of p.segments) for (const ref of s.covering) last.set(ref, s);
  const ids = new Map<string, number>();
  let out = '';
  for (const p of article.paragraphs) {
    let content = '';
    for (const s of p.segments) {
      for (const ref of s.starting) {
        ids.set(ref, nextBookmarkId());
        content += bookmarkStart(bookmarkName(ref), ids.get(ref)!);
      }
      const inner = s.covering.length > 1 ? article.byRef.get(s.covering[s.covering.length - 1]!) : undefined;
      content += textRun(s.text, { rtl: true, fill: s.covering.length > 0 ? doc.fillOf(article, s.covering) : undefined, underlineColour: inner?.tag.colour });
      for (const ref of s.covering) if (last.get(ref) === s && ids.has(ref)) content += bookmarkEnd(ids.get(ref)!);
    }
    out += paragraph({ style: ARTICLE_TEXT_STYLE, bidi: true }, content);
  }
  return out;
}

/** A captioned table, or nothing when there are no rows. */
function captioned(ctx: DocxContext, caption: string, headings: string[], shares: number[], rows: CellContent[][]): string {
  if (rows.length === 0) return '';
  return heading(caption, 3, ctx.rtl) + dataTable(headings, shares, rows, ctx.rtl);
}

/** A cell of one run of text: Arabic words make it right-to-left, other text follows the report. */
function textCell(text: string, rtl: boolean): CellContent {
  return cellParagraph(textRuns(text, {}), directionOf(text, rtl));
}

/**
 * A claim's links, as in the HTML: how each reads (in the report's language, bold), then the other
 * claim's words (a link to its bookmark when it is in the report), then its article's title — a
 * paragraph each, so right-to-left words never share a line with a Latin one.
 */
function claimLinksCell(links: readonly ClaimLinkRow[], rtl: boolean, none: string): CellContent {
  if (links.length === 0) return textCell(none, rtl);
  const small = { size: SIZE.small, colour: '#555555' };
  return links
    .map((link) => {
      const words = textRuns(link.text, { rtl: true });
      return (
        cellParagraph(textRun(link.reading, { bold: true, size: SIZE.small }), rtl) +
        cellParagraph(link.ref ? internalLink(bookmarkName(link.ref), words) : words, true) +
        cellParagraph(textRuns(link.article, small), directionOf(link.article, rtl))
      );
    })
    .join('');
}

function tables(ctx: DocxContext, article: ReportArticle): string {
  const { doc, rtl } = ctx;
  const t = doc.t;
  const quoteCell = (a: ReportAnnotation) => cellParagraph(quoteLink(a), true);
  const numberCell = (a: ReportAnnotation) => cellParagraph(numberLink(a), rtl);
  // The links column only where the article's claims have links (issue 13), as in the HTML.
  const linked = article.claims.some((c) => c.links.length > 0);
  const claims = article.claims.map((c) => [
    numberCell(c.annotation),
    quoteCell(c.annotation),
    c.claimant?.kind === 'span'
      ? cellParagraph(internalLink(bookmarkName(c.claimant.ref), textRuns(c.claimant.text, { rtl: true })), true)
      : textCell(c.claimant ? c.claimant.text : t('report.none'), rtl),
    textCell(c.attribution, rtl),
    textCell(c.status, rtl),
    textCell(c.confidence, rtl),
    ...(linked ? [claimLinksCell(c.links, rtl, t('report.none'))] : []),
    noteParagraphs(c.annotation.note, ctx.tableNotes),
  ]);
  const entities = article.entities.map((e) => [
    cellParagraph(textRuns(e.name, { rtl: true }), true),
    textCell(e.tags, rtl),
    textCell(doc.n(e.mentions), rtl),
    cellParagraph(numberLink(e.first) + textRun(' ', {}) + quoteLink(e.first), true),
  ]);
  const notes = article.annotations.filter((a) => a.note).map((a) => [numberCell(a), cellParagraph(chip(a.tag), rtl), quoteCell(a), noteParagraphs(a.note, ctx.tableNotes)]);
  return (
    captioned(
      ctx,
      t('report.claimsTable'),
      [t('report.number'), t('report.claim'), t('report.claimant'), t('report.attribution'), t('report.status'), t('report.confidence'), ...(linked ? [t('report.links')] : []), t('report.note')],
      linked ? [7, 16, 12, 15, 13, 14, 15, 8] : [7, 22, 14, 14, 13, 14, 16],
      claims,
    ) +
    captioned(ctx, t('report.entitiesTable'), [t('report.entity'), t('report.entityType'), t('report.mentions'), t('report.firstMention')], [28, 20, 14, 38], entities) +
    captioned(ctx, t('report.notesTable'), [t('report.number'), t('report.tag'), t('report.text'), t('report.note')], [7, 18, 41, 34], notes)
  );
}

/** The whole article as body XML. */
export function articleSection(ctx: DocxContext, article: ReportArticle): string {
  const { doc, rtl } = ctx;
  const t = doc.t;
  const id = ctx.nextBookmarkId();
  const title = heading(article.title, 2, rtl, { pageBreakBefore: true, before: bookmarkStart(bookmarkName(article.ref), id), after: bookmarkEnd(id) });
  const small = { size: SIZE.small, colour: '#555555' };
  const source = paragraph({ bidi: rtl }, textRun(`${t('report.sourceFile')}: `, small) + textRun(isolated(article.fileName, rtl), small));
  const note = article.note ? heading(t('report.articleNote'), 3, rtl) + noteParagraphs(article.note, ctx.notes) : '';
  const used = doc.legend.filter((entry) => article.annotations.some((a) => a.tag.tagId === entry.tagId));
  const legend =
    used.length > 0
      ? paragraph({ bidi: rtl, spacing: { before: 120, after: 120, line: 360 } }, used.map((entry) => chip(entry, SIZE.small + 2)).join(textRun('   ')))
      : paragraph({ bidi: rtl }, textRun(t('report.noAnnotations'), { italic: true, colour: '#555555' }));
  return title + source + note + legend + articleText(doc, ctx.nextBookmarkId, article) + tables(ctx, article);
}
