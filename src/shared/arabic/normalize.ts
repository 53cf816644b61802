/**
 * The one Arabic normaliser. It folds the differences that readers
 * ignore — tashkeel, tatweel, alef forms, ى/ي, ة/ه, Arabic-Indic digits, zero-width controls,
 * Latin case — and keeps a map back to the original text so that a match on the folded form
 * can be reported as a span of the original.
 *
 * Find-all folds the whole corpus (2,000 articles, ~10 million characters) on every run, so the
 * folding is one lookup table indexed by UTF-16 code unit and a typed buffer, not a regular
 * expression and a string built a character at a time (that was ten times slower, measured).
 */
export interface FoldedText {
  /** The folded text. */
  text: string;
  /** map[i] is the index in the original of folded character i; map[text.length] = original length. */
  map: number[];
}

/**
 * The folded text with the dropped characters recorded sparsely: folded index i is original index
 * i + (the last `dropped[j]` whose `at[j]` ≤ i, or 0). Arabic news carries few diacritics, so this
 * is a fraction of the size of a full map, for callers that map back only a few matches.
 */
export interface FoldedRuns {
  text: string;
  /** Folded indexes, ascending, before which at least one character was dropped. */
  at: number[];
  /** Characters dropped before `at[j]`, counted from the start of the text. */
  dropped: number[];
}

const DROPPED = -1;

/** What each UTF-16 code unit folds to (DROPPED when it is dropped). Built on first use. */
let table: Int32Array | null = null;

function foldTable(): Int32Array {
  if (table) return table;
  const t = new Int32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    t[code] = code;
    // Surrogates are folded as themselves: a pair stays a pair, whatever it is.
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const lower = String.fromCharCode(code).toLowerCase();
    // Only one-to-one foldings, so that the position map stays a simple index map (İ stays İ).
    if (lower.length === 1) t[code] = lower.charCodeAt(0);
  }
  for (let digit = 0; digit < 10; digit++) {
    t[0x0660 + digit] = 0x30 + digit; // Arabic-Indic
    t[0x06f0 + digit] = 0x30 + digit; // Extended (Persian, Urdu)
  }
  for (const alef of [0x0623, 0x0625, 0x0622, 0x0671]) t[alef] = 0x0627; // أ إ آ ٱ → ا
  t[0x0649] = 0x064a; // ى → ي
  t[0x0629] = 0x0647; // ة → ه
  const drop = (from: number, to: number) => t.fill(DROPPED, from, to + 1);
  drop(0x064b, 0x065f); // tashkeel and other combining marks
  drop(0x0670, 0x0670); // superscript alef
  drop(0x06d6, 0x06ed); // Quranic marks
  drop(0x0640, 0x0640); // tatweel
  drop(0x200b, 0x200f); // zero-width spaces, joiners, direction marks
  drop(0x202a, 0x202e); // direction embeddings and overrides
  drop(0x2066, 0x2069); // direction isolates
  drop(0xfeff, 0xfeff); // byte order mark
  drop(0x061c, 0x061c); // Arabic letter mark
  return (table = t);
}

const utf16 = new TextDecoder('utf-16le');

/**
 * The string of `codes[0, length)`. The decoder is native and fast but replaces a lone surrogate;
 * folding keeps every surrogate where it was, so a well-formed original decodes exactly and only
 * a malformed one takes the slower exact path.
 */
function decode(codes: Uint16Array, length: number, wellFormed: boolean): string {
  if (wellFormed) return utf16.decode(codes.subarray(0, length));
  let text = '';
  for (let i = 0; i < length; i += 8192) text += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 8192)));
  return text;
}

const isWellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();

export function foldArabicWithMap(original: string): FoldedText {
  const t = foldTable();
  const n = original.length;
  const codes = new Uint16Array(n);
  const map: number[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    const folded = t[original.charCodeAt(i)]!;
    if (folded === DROPPED) continue;
    codes[k++] = folded;
    map.push(i);
  }
  map.push(n);
  return { text: decode(codes, k, isWellFormed(original)), map };
}

/** The folded text and its sparse map back (FoldedRuns), for matching whole articles. */
export function foldArabicRuns(original: string): FoldedRuns {
  const t = foldTable();
  const n = original.length;
  const codes = new Uint16Array(n);
  const at: number[] = [];
  const dropped: number[] = [];
  let k = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const folded = t[original.charCodeAt(i)]!;
    if (folded === DROPPED) {
      total++;
      if (at.length > 0 && at[at.length - 1] === k) dropped[dropped.length - 1] = total;
      else {
        at.push(k);
        dropped.push(total);
      }
      continue;
    }
    codes[k++] = folded;
  }
  return { text: decode(codes, k, isWellFormed(original)), at, dropped };
}

/** The original index of folded index `i` (i = text.length gives the original's length). */
export function originalIndex(runs: FoldedRuns, i: number): number {
  const { at, dropped } = runs;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return i + (lo === 0 ? 0 : dropped[lo - 1]!);
}

const isMark = (code: number) => (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed);

/**
 * `end` moved past the tashkeel that follows it. A span found on folded text ends after its last
 * folded letter; the letter's own marks (بوتينُ) belong to it, the tatweel and controls after it not.
 */
export function afterMarks(original: string, end: number): number {
  while (end < original.length && isMark(original.charCodeAt(end))) end++;
  return end;
}

/** The folded form alone, for comparisons that need no positions (filters, keys, the search index). */
export function foldArabic(original: string): string {
  const t = foldTable();
  const n = original.length;
  const codes = new Uint16Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const folded = t[original.charCodeAt(i)]!;
    if (folded !== DROPPED) codes[k++] = folded;
  }
  return decode(codes, k, isWellFormed(original));
}

/** True when `needle` occurs in `haystack` once both are folded. An empty needle matches everything. */
export function foldedIncludes(haystack: string, needle: string): boolean {
  const n = foldArabic(needle).trim();
  return n === '' || foldArabic(haystack).includes(n);
}
