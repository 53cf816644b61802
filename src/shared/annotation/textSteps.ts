/**
 * Where a caret lands when it steps through an article's text by word, phrase, sentence or
 * paragraph. Offsets are UTF-16 code units of the normalised text; +1 is forward in reading order
 * (leftwards in right-to-left text). A paragraph is a line of the text; nothing here crosses one
 * except to reach the next word, phrase or paragraph when the current line has none left.
 *
 * Words and sentences come from Intl.Segmenter, so the steps are the same on every platform
 * (Selection.modify's word steps are not: Windows stops at word starts, Linux and macOS at ends).
 * A word step forward stops at the end of the next word, a step back at the start of the previous
 * one: from a word's end, a selection step forward covers the next word and nothing else.
 */
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/** [start, end) of the line holding `offset`; end is its '\n' (or the text's end). */
export function lineAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return { start, end: newline === -1 ? text.length : newline };
}

interface Piece {
  start: number;
  end: number;
  wordLike: boolean;
}

function* segmentsOf(segmenter: Intl.Segmenter, text: string, from: number, to: number): Generator<Piece> {
  for (const s of segmenter.segment(text.slice(from, to))) {
    yield { start: from + s.index, end: from + s.index + s.segment.length, wordLike: s.isWordLike ?? true };
  }
}

/** The end of the next word after `offset` (of the word `offset` is inside, if any). */
export function wordForward(text: string, offset: number): number {
  let at = offset;
  while (at < text.length) {
    const line = lineAround(text, at);
    for (const piece of segmentsOf(words, text, line.start, line.end)) if (piece.wordLike && piece.end > offset) return piece.end;
    at = line.end + 1;
  }
  return text.length;
}

/** The start of the word before `offset` (of the word `offset` is inside, if any). */
export function wordBackward(text: string, offset: number): number {
  let at = offset;
  while (at > 0) {
    const line = lineAround(text, at);
    let found = -1;
    for (const piece of segmentsOf(words, text, line.start, line.end)) {
      if (piece.start >= offset) break;
      if (piece.wordLike) found = piece.start;
    }
    if (found !== -1) return found;
    at = line.start - 1;
  }
  return 0;
}

/** Marks that end a phrase: Arabic and Latin commas, semicolons, colons, full stops, question and exclamation marks, dashes. */
const PHRASE_END = /[،؛,;:.!?؟–—]/u;
const SPACE = /\s/u;

/** Phrase boundaries of one line: after each run of phrase-ending marks that is followed by a space, and the line's ends. */
function phraseBoundaries(text: string, line: { start: number; end: number }): number[] {
  const bounds = [line.start];
  for (let i = line.start; i < line.end; i++) {
    if (!PHRASE_END.test(text[i]!)) continue;
    let j = i + 1;
    while (j < line.end && PHRASE_END.test(text[j]!)) j++;
    // "2.14" and "آر.بي.إيه.سي" are not phrase ends; a mark before a space or the line's end is.
    if (j < line.end && !SPACE.test(text[j]!)) {
      i = j - 1;
      continue;
    }
    while (j < line.end && SPACE.test(text[j]!)) j++;
    bounds.push(j);
    i = j - 1;
  }
  bounds.push(line.end);
  return bounds;
}

/** The start of the next phrase (just after the next comma, full stop, dash... and its space), or the line's end. */
export function phraseForward(text: string, offset: number): number {
  let at = offset;
  while (at < text.length) {
    const line = lineAround(text, at);
    const next = phraseBoundaries(text, line).find((b) => b > offset);
    if (next !== undefined) return next;
    at = line.end + 1;
  }
  return text.length;
}

/** The start of the phrase `offset` is in, or of the previous one when `offset` is already at a start. */
export function phraseBackward(text: string, offset: number): number {
  let at = offset;
  while (at > 0) {
    const line = lineAround(text, at);
    // A line's end starts no phrase: from the start of a line, a step back goes to the last phrase of the one before.
    const bounds = phraseBoundaries(text, line).filter((b) => b < offset && (b < line.end || b === line.start));
    if (bounds.length > 0) return bounds[bounds.length - 1]!;
    at = line.start - 1;
  }
  return 0;
}

const hasText = (text: string, from: number, to: number) => /[^\s\p{P}\p{Cf}]/u.test(text.slice(from, to));

/**
 * The sentence at `offset`: the one it is inside, or, when only spaces and punctuation of that one
 * are left after `offset` (the caret just after a tagged sentence), the next one.
 */
export function sentenceAt(text: string, offset: number): { start: number; end: number } | null {
  let at = offset;
  while (at <= text.length) {
    const line = lineAround(text, at);
    for (const piece of segmentsOf(sentences, text, line.start, line.end)) {
      if (piece.end > offset && hasText(text, Math.max(piece.start, offset), piece.end)) return { start: piece.start, end: piece.end };
    }
    if (line.end >= text.length) break;
    at = line.end + 1;
  }
  return null;
}

const blank = (text: string, line: { start: number; end: number }) => !hasText(text, line.start, line.end);

/** The start of the next paragraph that has text in it, or the text's end. */
export function paragraphForward(text: string, offset: number): number {
  let line = lineAround(text, offset);
  while (line.end < text.length) {
    line = lineAround(text, line.end + 1);
    if (!blank(text, line)) return line.start;
  }
  return text.length;
}

/** The start of this paragraph, or of the previous one with text when already at its start. */
export function paragraphBackward(text: string, offset: number): number {
  let line = lineAround(text, offset);
  if (offset > line.start && !blank(text, { start: line.start, end: offset })) return line.start;
  while (line.start > 0) {
    line = lineAround(text, line.start - 1);
    if (!blank(text, line)) return line.start;
  }
  return 0;
}
