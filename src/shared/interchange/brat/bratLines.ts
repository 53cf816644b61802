/**
 * What may stand on one line of a brat `.ann` file. brat reads an `.ann` with Python's
 * `str.splitlines()`, which ends a line not only at `\n` but at every character below, so none
 * of them may appear inside a span's text or a note. A span across such a character is written
 * as brat's discontinuous fragments (`start end;start end`), split where the text breaks.
 */

/** The characters `str.splitlines()` breaks at (`\r\n` counts once; `\r` cannot occur in Isnad's texts). */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what ends a line for brat
export const LINE_BREAK = /[\n\r\v\f\u001c\u001d\u001e\u0085\u2028\u2029]/u;
// eslint-disable-next-line no-control-regex -- the same set, for splitting
const LINE_BREAKS = /\r\n|[\n\r\v\f\u001c\u001d\u001e\u0085\u2028\u2029]/gu;

/**
 * The characters Python's `str.isspace()` accepts. brat refuses a text-bound annotation whose
 * text is only these ("missing text"), so such a span cannot be written.
 */
// eslint-disable-next-line no-control-regex -- Python's whitespace includes the C0 separators
const PYTHON_SPACE_ONLY = /^[\t\n\v\f\r\u001c-\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/u;

/** Control characters other than line breaks: kept out of notes and labels (a tab would end a field). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
const OTHER_CONTROLS = /[\u0000-\u0009\u000e-\u001b\u001f\u007f-\u0084\u0086-\u009f]/gu;

/** How a line break inside a note is written on brat's one line, and read back. */
export const NOTE_LINE_SEPARATOR = ' ¶ ';

export interface Fragment {
  /** UTF-16 offsets in the article text. */
  start: number;
  end: number;
}

/**
 * The pieces of [start, end) between line breaks, each without the whitespace it starts with,
 * empty pieces left out, in text order. brat's client draws a fragment on the words it covers
 * and warns ("not contained in its designated chunk … starting or ending with a space") about
 * one that starts in the space before a word, so no fragment starts there.
 */
export function fragmentsOf(text: string, start: number, end: number): Fragment[] {
  const fragments: Fragment[] = [];
  let from = start;
  const piece = (to: number) => {
    while (from < to && isBlankForBrat(text[from]!)) from++;
    if (to > from) fragments.push({ start: from, end: to });
  };
  for (let i = start; i < end; i++) {
    if (!LINE_BREAK.test(text[i]!)) continue;
    piece(i);
    from = i + 1;
  }
  piece(end);
  return fragments;
}

/** True when brat would take this span text for missing (nothing but whitespace in Python's sense). */
export function isBlankForBrat(text: string): boolean {
  return PYTHON_SPACE_ONLY.test(text);
}

/**
 * Where the text's last non-whitespace character ends. brat's document loading merges the
 * sentences an annotation crosses, and fails (IndexError in document.py) on an annotation that
 * reaches past the last sentence, which ends there; so no fragment may reach further.
 */
export function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isBlankForBrat(text[end - 1]!)) end--;
  return end;
}

/**
 * Free text (a note, a claimant named in words) as the tail of one `.ann` line: line breaks
 * become NOTE_LINE_SEPARATOR, tabs and other control characters a space, ends trimmed.
 */
export function oneLine(text: string): string {
  return text
    .trim()
    .split(LINE_BREAKS)
    .map((line) => line.replace(OTHER_CONTROLS, ' ').trim())
    .join(NOTE_LINE_SEPARATOR)
    .trim();
}

/** The inverse of `oneLine` for notes: the separator back to line breaks. */
export function linesOf(tail: string): string {
  return tail.split(NOTE_LINE_SEPARATOR).join('\n');
}
