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
import { isWordChar, searchWords, writtenForms } from './searchWords';

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
 * A query made ready to run over many texts: each word's written forms (searchWords.ts: the same
 * forms the index is asked for, so counting and the index agree), and for the first word what to
 * look for with indexOf and which letters may stand before it in the same word.
 */
export interface CompiledQuery {
  words: readonly string[];
  forms: readonly ReadonlySet<string>[];
  /** The first word as written after its clitics (for الصين also لصين: the alef not written after ل). */
  needles: readonly { needle: string; before: ReadonlySet<string> }[];
}

export function compileQuery(words: readonly string[]): CompiledQuery {
  const forms = words.map((word) => new Set(writtenForms(word)));
  const first = words[0] ?? '';
  const tails = first.startsWith('ا') && first.length > 1 ? [first, first.slice(1)] : [first];
  const needles = tails.map((needle, i) => ({
    needle,
    // Before لصين, an alef would make it الصين, which the first needle finds already.
    before: new Set(
      [...(forms[0] ?? [])]
        .filter((form) => form.endsWith(needle))
        .map((form) => form.slice(0, form.length - needle.length))
        .filter((prefix) => i === 0 || !prefix.endsWith('ا')),
    ),
  }));
  return { words, forms, needles: first ? needles : [] };
}

/**
 * The matches of a query in folded text, as folded spans: from the first word's stem (its
 * proclitics left out: in والصين the hit is الصين) to the end of the last word. Matches do not
 * overlap. `query` is the query's folded words, or compiled once for many texts.
 */
export function matchesInFolded(folded: string, query: readonly string[] | CompiledQuery): Span[] {
  const compiled = 'needles' in query ? query : compileQuery(query);
  const found: Span[] = [];
  for (const { needle, before } of compiled.needles) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const wordEnd = at + needle.length;
      if (isWordChar(folded[wordEnd])) continue; // inside a longer word (الصينية)
      let wordStart = at;
      while (wordStart > 0 && isWordChar(folded[wordStart - 1])) wordStart--;
      if (!before.has(folded.slice(wordStart, at))) continue;
      const end = phraseEnd(folded, wordEnd, compiled);
      if (end !== -1) found.push({ start: at, end });
    }
  }
  // Two needles (الصين, لصين) find their places apart: put them in text order.
  if (compiled.needles.length > 1) found.sort((a, b) => a.start - b.start);
  return dropOverlaps(found);
}

/** A phrase whose words repeat ("الصين الصين") could match again from its second word: the first match wins. */
function dropOverlaps(sorted: Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

/** Where the phrase's words after the first end, the first ending at `at`; -1 when they do not follow. */
function phraseEnd(folded: string, at: number, query: CompiledQuery): number {
  let end = at;
  for (let k = 1; k < query.words.length; k++) {
    let start = end;
    while (start < folded.length && !isWordChar(folded[start])) {
      if (PHRASE_BREAK.test(folded[start]!)) return -1;
      start++;
    }
    let stop = start;
    while (stop < folded.length && isWordChar(folded[stop])) stop++;
    if (stop === start || !query.forms[k]!.has(folded.slice(start, stop))) return -1;
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
