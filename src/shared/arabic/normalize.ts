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

/** The folded character, or '' when the character is dropped. */
function foldChar(ch: string): string {
  if (DROP.test(ch)) return '';
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(0x30 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(0x30 + code - 0x06f0);
  const replaced = REPLACE[ch];
  if (replaced) return replaced;
  const lower = ch.toLowerCase();
  // Only keep one-to-one foldings so the position map stays a simple index map.
  return lower.length === 1 ? lower : ch;
}

/**
 * foldChar for every code unit below TABLE_SIZE (Latin, Greek, Cyrillic, Arabic, the bidi and
 * zero-width controls): the folded code, or DROPPED. Built on first use. Folding is on the path of
 * every search (the corpus index folds 10 MB of text on a large import): a table lookup per
 * character instead of a regular expression and a string per character made it ~10× faster.
 */
const TABLE_SIZE = 0x3000;
const DROPPED = -1;
let table: Int32Array | null = null;

function foldTable(): Int32Array {
  if (table) return table;
  table = new Int32Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    const folded = foldChar(String.fromCharCode(code));
    table[code] = folded === '' ? DROPPED : folded.charCodeAt(0);
  }
  return table;
}

const foldCode = (fold: Int32Array, code: number): number => {
  if (code < TABLE_SIZE) return fold[code]!;
  const folded = foldChar(String.fromCharCode(code));
  return folded === '' ? DROPPED : folded.charCodeAt(0);
};

/** Code units to a string, in slices (one call with a million arguments overflows the stack). */
function fromCodes(codes: Uint16Array, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 8192) text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  return text;
}

export function foldArabicWithMap(original: string): FoldedText {
  const fold = foldTable();
  const codes = new Uint16Array(original.length);
  const map: number[] = [];
  let length = 0;
  for (let i = 0; i < original.length; i++) {
    const folded = foldCode(fold, original.charCodeAt(i));
    if (folded === DROPPED) continue;
    codes[length++] = folded;
    map.push(i);
  }
  map.push(original.length);
  return { text: fromCodes(codes, length), map };
}

/** The folded form alone, for comparisons that need no positions (filters, keys, the search index). */
export function foldArabic(original: string): string {
  const fold = foldTable();
  const codes = new Uint16Array(original.length);
  let length = 0;
  for (let i = 0; i < original.length; i++) {
    const folded = foldCode(fold, original.charCodeAt(i));
    if (folded !== DROPPED) codes[length++] = folded;
  }
  return fromCodes(codes, length);
}

/** True when `needle` occurs in `haystack` once both are folded. An empty needle matches everything. */
export function foldedIncludes(haystack: string, needle: string): boolean {
  const n = foldArabic(needle).trim();
  return n === '' || foldArabic(haystack).includes(n);
}
