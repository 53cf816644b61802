/**
 * Turns a raw selection [start, end) into the span that gets stored: widened to grapheme
 * boundaries (a tag never separates a letter from its diacritics), then trimmed of spaces and
 * punctuation at both ends without changing its meaning (see trimSpan). Offsets are UTF-16 code
 * units of the normalised article text.
 */
import { trimSpan } from './trimSpan';

export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Grapheme boundaries within [from, to] of `text`, computed on a small window only. */
function graphemeBoundaries(text: string, from: number, to: number): number[] {
  // Back up to a line start so the segmenter starts on a real boundary; lines are short in practice.
  const windowStart = Math.max(0, text.lastIndexOf('\n', from - 1) + 1, from - 64);
  const windowEnd = Math.min(text.length, to + 64);
  const bounds: number[] = [];
  for (const { index } of segmenter.segment(text.slice(windowStart, windowEnd))) bounds.push(windowStart + index);
  bounds.push(windowEnd);
  return bounds;
}

export function snapToGraphemes(text: string, span: Span): Span {
  const bounds = graphemeBoundaries(text, span.start, span.end);
  let start = span.start;
  let end = span.end;
  for (const b of bounds) if (b <= span.start) start = b;
  for (let i = bounds.length - 1; i >= 0; i--) if (bounds[i]! >= span.end) end = bounds[i]!;
  return { start, end };
}

/** The stored span for a selection, or null when nothing but spaces and punctuation was selected. */
export function snapSpan(text: string, raw: Span): Span | null {
  const start = Math.max(0, Math.min(raw.start, raw.end));
  const end = Math.min(text.length, Math.max(raw.start, raw.end));
  const snapped = snapToGraphemes(text, { start, end });
  const trimmed = trimSpan(text, snapped.start, snapped.end);
  return trimmed && snapToGraphemes(text, trimmed);
}

export const CONTEXT_LENGTH = 32;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The W3C TextQuoteSelector parts for a span: exact text plus ~32 code units either side. The
 * context never starts or ends inside a surrogate pair: half an emoji is no character, and other
 * tools refuse it (a W3C export could not carry it and the quote came back without it).
 */
export function quoteOf(text: string, span: Span): { exact: string; prefix: string; suffix: string } {
  let from = Math.max(0, span.start - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, span.end + CONTEXT_LENGTH);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return { exact: text.slice(span.start, span.end), prefix: text.slice(from, span.start), suffix: text.slice(span.end, to) };
}

/** The grapheme boundary one step forward (+1) or back (-1) from `offset`, clamped to the text. */
export function stepGrapheme(text: string, offset: number, direction: 1 | -1): number {
  const bounds = graphemeBoundaries(text, Math.max(0, offset - 16), Math.min(text.length, offset + 16));
  if (direction === 1) return bounds.find((b) => b > offset) ?? text.length;
  return [...bounds].reverse().find((b) => b < offset) ?? 0;
}
