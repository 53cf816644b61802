/**
 * Trims a selection of spaces and punctuation without changing what it says. A percent or
 * per-mille sign stays with the figure beside it ("40%", "%15"); currency signs are symbols, not
 * punctuation, and are never trimmed ("$18"). Quote marks stay or go in pairs: a pair enclosing
 * the selection stays, an edge mark whose partner is inside the selection stays, and a mark whose
 * partner is outside it goes — so a stored span never holds one side of a quotation it encloses.
 */

// Whitespace, punctuation (Arabic ، ؛ ؟ « » included via \p{P}) and format controls.
const TRIMMABLE = /[\s\p{P}\p{Cf}]/u;
/** Percent, per-mille and per-ten-thousand signs: Latin, Arabic and full-width forms. */
const FIGURE_SIGN = /[%٪‰‱؉؊﹪％]/u;
const DIGIT = /\p{Nd}/u;
/** A space that may stand between a figure and its sign ("20 %"). */
const FIGURE_SPACE = /[ \u00A0\u202F]/;
const CONTENT = /[^\s\p{P}\p{Cf}]/u;

/**
 * Each quote mark and the marks that pair with it. Either of « » and of “ ” can open: Arabic text
 * typed in logical order has both «…» and »…«, and the English marks as often ”…“ as “…”.
 * A mark listed as its own partner is symmetric (" and ').
 */
const PARTNERS: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '«': '»',
  '»': '«',
  '“': '”„',
  '”': '“„',
  '„': '“”',
  '‘': '’‚',
  '’': '‘‚',
  '‚': '‘’',
  '‹': '›',
  '›': '‹',
  '﴾': '﴿',
  '﴿': '﴾',
};

const isQuote = (ch: string): boolean => ch in PARTNERS;

/** Whether the sign at `at` has a digit on its inner side (toward `to`), past at most one space. */
function besideFigure(text: string, at: number, step: 1 | -1, start: number, end: number): boolean {
  let i = at + step;
  if (i >= start && i < end && FIGURE_SPACE.test(text[i]!)) i += step;
  return i >= start && i < end && DIGIT.test(text[i]!);
}

function trimmableAt(text: string, at: number, step: 1 | -1, start: number, end: number): boolean {
  const ch = text[at]!;
  if (isQuote(ch)) return false; // decided in pairs, below
  if (FIGURE_SIGN.test(ch) && besideFigure(text, at, step, start, end)) return false;
  return TRIMMABLE.test(ch);
}

/** Whether the quote mark at `at` (an edge of [start, end)) has its partner inside the span. */
function pairedInside(text: string, at: number, start: number, end: number): boolean {
  const mark = text[at]!;
  const partners = PARTNERS[mark]!;
  const fromStart = at === start;
  if (partners === mark) {
    // Symmetric marks pair up left to right: the first with the second, the third with the fourth…
    let count = 0;
    for (let i = start; i < end; i++) if (text[i] === mark) count++;
    return fromStart ? count >= 2 : count % 2 === 0;
  }
  let depth = 1;
  const step = fromStart ? 1 : -1;
  for (let i = at + step; i >= start && i < end; i += step) {
    const ch = text[i]!;
    if (partners.includes(ch)) depth--;
    else if (ch === mark) depth++;
    if (depth === 0) return true;
  }
  return false;
}

/** The trimmed [start, end), or null when nothing but spaces, punctuation and quote marks is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  for (;;) {
    while (start < end && trimmableAt(text, start, 1, start, end)) start++;
    while (end > start && trimmableAt(text, end - 1, -1, start, end)) end--;
    if (start >= end) return null;
    const first = text[start]!;
    const last = text[end - 1]!;
    if (!isQuote(first) && !isQuote(last)) break;
    if (end - start >= 2 && isQuote(first) && PARTNERS[first]!.includes(last)) break; // an enclosing pair
    const dropFirst = isQuote(first) && !pairedInside(text, start, start, end);
    const dropLast = isQuote(last) && !pairedInside(text, end - 1, start, end);
    if (!dropFirst && !dropLast) break;
    if (dropFirst) start++;
    if (dropLast && end > start) end--;
  }
  return CONTENT.test(text.slice(start, end)) ? { start, end } : null;
}
