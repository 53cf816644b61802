/**
 * What the corpus search counts as a word and which written words a query word finds. Pure, on
 * folded text (arabic/normalize.ts). The index (corpusIndex.ts) and the hit finder (findHits.ts)
 * both go through these functions, so an article the index offers always has the hits the reader
 * then shows, and the reverse.
 *
 * The rule, for a query word and a written word (both folded: diacritics, tatweel, alef forms,
 * ة/ه, ى/ي and digits already alike):
 *   - the written word matches when, read as proclitics + stem (arabic/clitics.ts: و ف, then ب ك ل,
 *     ل + ال written لل), its stem IS the query word: الصين finds الصين, والصين, للصين, بالصين; بوتين
 *     finds لبوتين; never a longer word (الصين does not find الصينية, بوتين not بوتينا);
 *   - the article counts among the clitics: a query word without it also finds the words written with
 *     it (صين finds الصين and للصين; رئيس finds الرئيس), while a query word with it finds only words
 *     written with it (الصين does not find صين);
 *   - a query word typed with clitics finds that written form and the same behind more clitics
 *     (والصين finds والصين and فوالصين, not الصين): what the analyst typed is kept.
 * A query of several words is a phrase: its words, each by that rule, on consecutive words of one
 * line and one sentence (findHits.ts).
 *
 * The index holds written words as they are; a query word is turned into the written forms that
 * the rule lets it find (`writtenForms`: الصين → الصين, والصين, للصين, بالصين…), looked up exactly.
 * Indexing every stem of every word instead made the saved index a third larger, and loading it is
 * what the app waits for at start.
 */
import { MIN_STEM_LENGTH, stemsOf } from '../arabic/clitics';
import { foldArabic } from '../arabic/normalize';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether each code unit below TABLE_SIZE is a word character, built on first use: tokenizing a
 * large import tested a Unicode-property expression per character (a quarter of a 2,000-article
 * index's time) where a table lookup does. Higher code units are tested one by one; the halves of
 * a surrogate pair count as word characters (letters beyond the first plane stay inside words).
 */
const TABLE_SIZE = 0x3000;
let wordTable: Uint8Array | null = null;

function isWordCode(code: number): boolean {
  if (code < TABLE_SIZE) {
    if (!wordTable) {
      wordTable = new Uint8Array(TABLE_SIZE);
      for (let c = 0; c < TABLE_SIZE; c++) wordTable[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
    }
    return wordTable[code] === 1;
  }
  return (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(code));
}

/** Letters (with any marks the normaliser keeps) and digits; anything else separates words. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isWordCode(ch.charCodeAt(0));
}

/** The words of folded text, in order. */
export function wordsOfFolded(folded: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    if (isWordCode(folded.charCodeAt(i))) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      words.push(folded.slice(start, i));
      start = -1;
    }
  }
  if (start !== -1) words.push(folded.slice(start));
  return words;
}

/** The folded words of any text (an article, a query). */
export function searchWords(text: string): string[] {
  return wordsOfFolded(foldArabic(text));
}

const ARTICLE = 'ال';
/** صين from الصين, but no two-letter "stem" from a word that merely starts with ال (الله, التي). */
const MIN_STEM_WITHOUT_ARTICLE = MIN_STEM_LENGTH + 1;

/**
 * Every term a written (folded) word is indexed under: the word itself, its stems behind proclitics,
 * and each stem without its article. A query word finds the word exactly when it is one of these.
 */
export function searchTerms(word: string): string[] {
  let terms = termCache.get(word);
  if (!terms) {
    // A corpus has far fewer distinct words than words: each is read into its terms once.
    if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
    terms = termsOf(word);
    termCache.set(word, terms);
  }
  return terms;
}

const TERM_CACHE_SIZE = 200_000;
const termCache = new Map<string, string[]>();

/** The rule itself, uncached (searchTerms keeps the answers for words of the texts). */
function termsOf(word: string): string[] {
  const terms = stemsOf(word);
  for (const stem of [...terms]) {
    if (stem.startsWith(ARTICLE) && stem.length - ARTICLE.length >= MIN_STEM_WITHOUT_ARTICLE) {
      const bare = stem.slice(ARTICLE.length);
      if (!terms.includes(bare)) terms.push(bare);
    }
  }
  return terms;
}

/** Whether the written word `word` is found by the query word `queryWord` (both folded). */
export function wordMatches(word: string, queryWord: string): boolean {
  if (word === queryWord) return true;
  // Every term ends the word, but for the article's alef restored after ل (للصين: الصين).
  if (!word.endsWith(queryWord.startsWith(ARTICLE) ? queryWord.slice(1) : queryWord)) return false;
  return searchTerms(word).includes(queryWord);
}

const PROCLITIC_LETTERS = ['و', 'ف', 'ب', 'ك', 'ل'];
/** Up to three proclitic letters (و + ل + the article's ل of للصين), each with and without the article after them. */
const PREFIXES = (() => {
  let level = [''];
  const all = [''];
  for (let length = 1; length <= 3; length++) {
    level = level.flatMap((p) => PROCLITIC_LETTERS.map((letter) => p + letter));
    all.push(...level);
  }
  return [...all, ...all.map((p) => p + ARTICLE)];
})();

const FORMS_CACHE_SIZE = 2_000;
const formsCache = new Map<string, string[]>();

/**
 * Every written (folded) word that the query word `queryWord` finds, as the index is asked for it.
 * Candidates are the query word behind every short run of proclitic letters (and after ل without
 * the article's alef); the rule (`searchTerms`) keeps those it accepts, so the forms cannot drift
 * from what findHits marks. A unit test checks that every word of the sample corpus is among the
 * forms of each of its terms.
 */
export function writtenForms(queryWord: string): string[] {
  let forms = formsCache.get(queryWord);
  if (forms) return forms;
  const tails = queryWord.startsWith('ا') ? [queryWord, queryWord.slice(1)] : [queryWord];
  const found = new Set<string>([queryWord]);
  for (const prefix of PREFIXES) {
    for (const tail of tails) {
      const candidate = prefix + tail;
      if (!found.has(candidate) && candidate !== '' && termsOf(candidate).includes(queryWord)) found.add(candidate);
    }
  }
  forms = [...found];
  if (formsCache.size >= FORMS_CACHE_SIZE) formsCache.clear();
  formsCache.set(queryWord, forms);
  return forms;
}
