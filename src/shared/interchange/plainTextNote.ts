/**
 * Notes cross formats as plain text or HTML (brat, CSV, REFI-QDA, W3C) but live in Isnad as a
 * serialized Lexical editor state. These convert both ways without an editor (shared has no DOM).
 */
import { inlineText, parseRichNote, type RichBlock } from '../report/richNote';
import { noteHtml } from '../report/reportHtml';

/** The note's words, one block per line (list items as lines of their own); '' when there is none. */
export function noteToPlainText(serialized: string | null | undefined): string {
  const blocks = parseRichNote(serialized);
  if (!blocks) return '';
  const lines: string[] = [];
  const walk = (block: RichBlock) => {
    if (block.kind !== 'list') lines.push(inlineText(block.children));
    else
      for (const item of block.items) {
        lines.push(inlineText(item.children));
        item.lists.forEach(walk);
      }
  };
  blocks.forEach(walk);
  return lines.join('\n');
}

/** The note as safe HTML (links only http(s)/mailto, everything escaped); '' when there is none. */
export function noteToHtml(serialized: string | null | undefined): string {
  return noteHtml(parseRichNote(serialized));
}

/** A Lexical editor state holding `text` as paragraphs (one per line); null for blank text. */
export function plainTextToNote(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.every((l) => l.trim() === '')) return null;
  const paragraph = (line: string) => ({
    children: line ? [{ detail: 0, format: 0, mode: 'normal', style: '', text: line, type: 'text', version: 1 }] : [],
    direction: null,
    format: '',
    indent: 0,
    type: 'paragraph',
    version: 1,
    textFormat: 0,
    textStyle: '',
  });
  return JSON.stringify({ root: { children: lines.map(paragraph), direction: null, format: '', indent: 0, type: 'root', version: 1 } });
}
