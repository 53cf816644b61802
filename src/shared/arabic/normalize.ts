/**
 * The one Arabic normaliser. It folds the differences that readers
 * ignore — tashkeel, tatweel, alef forms, ى/ي, ة/ه, Arabic-Indic digits, zero-width controls,
 * Latin case — and keeps a map back to the original text so that a match on the folded form
 * can be reported as a span of the original.
 */
export interface FoldedText {
  /** The folded text. */
  text: string;
  /** map[i] is the index in the original of folded character i; map[text.length] = original length. */
  map: number[];
}

const DROP = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/;

const REPLACE: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(0x30 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(0x30 + code - 0x06f0);
  const replaced = REPLACE[ch];
  if (replaced) return replaced;
  const lower = ch.toLowerCase();
  // Only keep one-to-one foldings so the position map stays a simple index map.
  return lower.length === 1 ? lower : ch;
}

export function foldArabicWithMap(original: string): FoldedText {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (DROP.test(ch)) continue;
    text += foldChar(ch);
    map.push(i);
  }
  map.push(original.length);
  return { text, map };
}

/** The folded form alone, for comparisons that need no positions (filters, keys). */
export function foldArabic(original: string): string {
  return foldArabicWithMap(original).text;
}

/** True when `needle` occurs in `haystack` once both are folded. An empty needle matches everything. */
export function foldedIncludes(haystack: string, needle: string): boolean {
  const n = foldArabic(needle).trim();
  return n === '' || foldArabic(haystack).includes(n);
}
