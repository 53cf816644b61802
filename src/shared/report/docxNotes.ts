/**
 * An analyst's note (`RichBlock[]`) as DOCX paragraphs: the same bold/italic/underline/strike runs,
 * line breaks, links and lists the HTML report draws. Each paragraph takes its direction from its
 * own words, so an Arabic note reads right-to-left in an English report and the other way round.
 */
import { AlignmentType, ExternalHyperlink, LevelFormat, Paragraph, type INumberingOptions, type ParagraphChild } from 'docx';
import { directionOf, textRun, xmlSafe, type RunStyle } from './docxRuns';
import { inlineText, type RichBlock, type RichInline, type RichList } from './richNote';

export const BULLET_LIST = 'isnad-bullet';
export const DECIMAL_LIST = 'isnad-decimal';

const BULLETS = ['•', '◦', '▪'];
const level = (i: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: i,
  format,
  text,
  alignment: AlignmentType.START,
  // `left` is the leading edge of a paragraph (the right in a right-to-left one), so lists mirror.
  style: { paragraph: { indent: { left: 540 * (i + 1), hanging: 360 } } },
});

/** One bullet and one decimal list, nine levels each, as Word allows. */
export const NOTE_NUMBERING: INumberingOptions = {
  config: [
    { reference: BULLET_LIST, levels: Array.from({ length: 9 }, (_, i) => level(i, LevelFormat.BULLET, BULLETS[i % BULLETS.length]!)) },
    { reference: DECIMAL_LIST, levels: Array.from({ length: 9 }, (_, i) => level(i, LevelFormat.DECIMAL, `%${i + 1}.`)) },
  ],
};

export interface NoteContext {
  size: number;
  /** The report's language is right-to-left (for paragraphs without letters). */
  rtl: boolean;
  /** A fresh list instance, so every list in the report starts at 1. */
  nextListInstance: () => number;
}

function inlines(children: readonly RichInline[], base: RunStyle): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const c of children) {
    if (c.kind === 'break') out.push(textRun('', { ...base, breakBefore: true }));
    else if (c.kind === 'link') {
      const runs = inlines(c.children, { ...base, style: c.url ? 'Hyperlink' : base.style });
      // richNote kept only http(s) and mailto targets; any other link is left as its text.
      out.push(...(c.url ? [new ExternalHyperlink({ link: xmlSafe(c.url), children: runs })] : runs));
    } else out.push(textRun(c.text, { ...base, bold: c.bold || base.bold, italic: c.italic, underline: c.underline, strike: c.strikethrough }));
  }
  return out;
}

function listParagraphs(list: RichList, depth: number, instance: number, ctx: NoteContext): Paragraph[] {
  return list.items.flatMap((item) => {
    const own = new Paragraph({
      bidirectional: directionOf(inlineText(item.children), ctx.rtl),
      numbering: { reference: list.ordered ? DECIMAL_LIST : BULLET_LIST, level: Math.min(depth, 8), instance },
      spacing: { after: 40 },
      children: inlines(item.children, { size: ctx.size }),
    });
    return [own, ...item.lists.flatMap((nested) => listParagraphs(nested, depth + 1, ctx.nextListInstance(), ctx))];
  });
}

/** The note's paragraphs; none for no note. */
export function noteParagraphs(blocks: readonly RichBlock[] | null, ctx: NoteContext): Paragraph[] {
  if (!blocks) return [];
  return blocks.flatMap((block): Paragraph[] => {
    if (block.kind === 'list') return listParagraphs(block, 0, ctx.nextListInstance(), ctx);
    const bidirectional = directionOf(inlineText(block.children), ctx.rtl);
    const base: RunStyle = { size: ctx.size, bold: block.kind === 'heading' };
    return [
      new Paragraph({
        bidirectional,
        spacing: { after: 60 },
        indent: block.kind === 'quote' ? { left: 360 } : undefined,
        border: block.kind === 'quote' ? { left: { style: 'single', size: 12, color: 'CCCCCC', space: 8 } } : undefined,
        children: inlines(block.children, base),
      }),
    ];
  });
}
