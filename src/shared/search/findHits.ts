/**
 * Where a query occurs in an article: each hit as a span of the ORIGINAL text (UTF-16, as the
 * reader and annotations count), with the sentence around it. Matching runs on the folded text
 * (searchWords.ts has the rule); the normaliser's map turns folded positions back into the text's.
 *
 * The first word is found with indexOf, then checked as a whole word: a query meets a few hundred
 * candidate places in an article, never every word of it, so counting the hits of a common word in
 * 2,000 articles stays a matter of milliseconds (the bench's corpus search).
 */
import { foldArabicWithMap } from '../arabic/normalize';
import { sentenceAt } from '../annotation/textSteps';
import { isWordChar, searchWords, wordMatches } from './searchWords';

/** A query: its folded words, matched as a phrase (consecutive words). No words, no hits. */
export interface SearchQuery {
  words: readonly string[];
}

export function parseQuery(input: string): SearchQuery {
  return { words: searchWords(input) };
}

export interface Span {
  start: number;
  end: number;
}

/** A phrase does not run on across a line or a sentence's end. */
const PHRASE_BREAK = /[\n.!?؟]/;

/**
 * The matches of `words` in folded text, as folded spans: from the first word's stem (its proclitics
 * left out: in والصين the hit is الصين) to the end of the last word. Matches do not overlap.
 */
export function matchesInFolded(folded: string, words: readonly string[]): Span[] {
  const first = words[0];
  if (!first) return [];
  // After ل the article's alef is not written (للصين): look for what follows it, then check the word.
  const restoresAlef = first.startsWith('ال') && first.length > 2;
  const needle = restoresAlef ? first.slice(1) : first;
  const matches: Span[] = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(needle, from);
    if (at === -1) break;
    from = at + 1;
    const wordEnd = at + needle.length;
    if (isWordChar(folded[wordEnd])) continue; // inside a longer word (الصينية)
    let wordStart = at;
    while (wordStart > 0 && isWordChar(folded[wordStart - 1])) wordStart--;
    if (!wordMatches(folded.slice(wordStart, wordEnd), first)) continue;
    const end = phraseEnd(folded, wordEnd, words);
    if (end === -1) continue;
    const start = restoresAlef && at > wordStart && folded[at - 1] === 'ا' ? at - 1 : at;
    matches.push({ start, end });
    from = end;
  }
  return matches;
}

/** Where the phrase's words after the first end, the first ending at `at`; -1 when they do not follow. */
function phraseEnd(folded: string, at: number, words: readonly string[]): number {
  let end = at;
  for (let k = 1; k < words.length; k++) {
    let start = end;
    while (start < folded.length && !isWordChar(folded[start])) {
      if (PHRASE_BREAK.test(folded[start]!)) return -1;
      start++;
    }
    let stop = start;
    while (stop < folded.length && isWordChar(folded[stop])) stop++;
    if (stop === start || !wordMatches(folded.slice(start, stop), words[k]!)) return -1;
    end = stop;
  }
  return end;
}

export interface SearchHit extends Span {
  /** The sentence holding the hit's start (the whole line if the segmenter finds none). */
  sentence: Span;
}

/** The hits of `query` in `text`, in reading order, as spans of `text` itself. */
export function findHits(text: string, query: SearchQuery | string): SearchHit[] {
  const words = typeof query === 'string' ? parseQuery(query).words : query.words;
  if (words.length === 0) return [];
  const { text: folded, map } = foldArabicWithMap(text);
  return matchesInFolded(folded, words).map(({ start, end }) => {
    // The end takes in what the fold dropped after the last letter (its diacritics, a tatweel).
    const span = { start: map[start]!, end: map[end]! };
    return { ...span, sentence: sentenceAt(text, span.start) ?? lineOf(text, span) };
  });
}

function lineOf(text: string, span: Span): Span {
  const start = text.lastIndexOf('\n', span.start - 1) + 1;
  const newline = text.indexOf('\n', span.end);
  return { start, end: newline === -1 ? text.length : newline };
}
