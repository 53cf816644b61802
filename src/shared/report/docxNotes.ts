/**
 * An analyst's note (`RichBlock[]`) as DOCX paragraphs: the same bold/italic/underline/strike runs,
 * line breaks, links and lists the HTML report draws. Each paragraph takes its direction from its
 * own words, so an Arabic note reads right-to-left in an English report and the other way round.
 * Lists and links are registered with the report's raw blocks, which add them to numbering.xml
 * and to the document's relationships (docxRawBody.ts).
 */
import type { RawBlocks } from './docxRawBody';
import { directionOf, textRun, xmlSafe, type RunStyle } from './docxRuns';
import { externalLink, paragraph } from './docxXml';
import { inlineText, type RichBlock, type RichInline, type RichList } from './richNote';

export interface NoteContext {
  size: number;
  /** The report's language is right-to-left (for paragraphs without letters). */
  rtl: boolean;
  /** Where list instances and link relationships are made. */
  raw: RawBlocks;
}

function inlines(children: readonly RichInline[], base: RunStyle, ctx: NoteContext): string {
  let out = '';
  for (const c of children) {
    if (c.kind === 'break') out += textRun('', { ...base, breakBefore: true });
    else if (c.kind === 'link') {
      const runs = inlines(c.children, { ...base, style: c.url ? 'Hyperlink' : base.style }, ctx);
      // richNote kept only http(s) and mailto targets; any other link is left as its text.
      out += c.url ? externalLink(ctx.raw.externalLink(xmlSafe(c.url)), runs) : runs;
    } else out += textRun(c.text, { ...base, bold: c.bold || base.bold, italic: c.italic, underline: c.underline, strike: c.strikethrough });
  }
  return out;
}

function listParagraphs(list: RichList, depth: number, ctx: NoteContext): string {
  // Each list (a nested one too) is its own instance, so it counts from 1.
  const numId = ctx.raw.listInstance(list.ordered);
  let out = '';
  for (const item of list.items) {
    const bidi = directionOf(inlineText(item.children), ctx.rtl);
    out += paragraph({ bidi, spacing: { after: 40 }, list: { numId, level: Math.min(depth, 8) } }, inlines(item.children, { size: ctx.size }, ctx));
    for (const nested of item.lists) out += listParagraphs(nested, depth + 1, ctx);
  }
  return out;
}

/** The note's paragraphs as XML; none for no note. */
export function noteParagraphs(blocks: readonly RichBlock[] | null, ctx: NoteContext): string {
  if (!blocks) return '';
  let out = '';
  for (const block of blocks) {
    if (block.kind === 'list') {
      out += listParagraphs(block, 0, ctx);
      continue;
    }
    const quote = block.kind === 'quote';
    const base: RunStyle = { size: ctx.size, bold: block.kind === 'heading' };
    out += paragraph({ bidi: directionOf(inlineText(block.children), ctx.rtl), spacing: { after: 60 }, quoteRule: quote, indent: quote ? 360 : undefined }, inlines(block.children, base, ctx));
  }
  return out;
}
