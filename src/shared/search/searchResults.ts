/**
 * The corpus search's results as the search panel shows them: articles with hits, most hits first,
 * each hit in its sentence. Plain data, so the worker that finds them can post them to the page.
 */
import type { SearchHit, Span } from './findHits';

/** One hit as listed: its span in the article and the sentence around it, cut to a line's length. */
export interface HitView extends Span {
  /** Text of the sentence before the hit (from its start, or "…" and the last words before it). */
  before: string;
  match: string;
  after: string;
}

export interface ArticleResult {
  articleId: string;
  /** How many hits the article has; null until counted (the first answer counts only the articles it lists). */
  count: number | null;
  /** Filled for the articles the panel shows (the first page at once, more as the analyst goes on). */
  title?: string;
  hits?: HitView[];
}

/**
 * A query's results, in two answers: first the articles to list at once (and, for one word, every
 * article with hits: the index knows them exactly), then, `complete`, every article with its count
 * (for a phrase the index only proposes articles; the count says whether the words stand together).
 * Articles are in the index's order of relevance (BM25: how often, in how short an article).
 */
export interface SearchResults {
  /** The query as typed. */
  query: string;
  /** Its folded words: empty when there is nothing to search for. */
  words: string[];
  articles: ArticleResult[];
  /** Every hit in every article; null until complete. */
  totalHits: number | null;
  complete: boolean;
  /** How many articles were searched (the index may still be growing). */
  searched: number;
}

export type IndexPhase = 'loading' | 'indexing' | 'ready' | 'failed';

/** Where the index stands, for the panel's progress line. */
export interface IndexStatus {
  phase: IndexPhase;
  /** Articles indexed so far in this pass, and how many the pass has (while 'indexing'). */
  done: number;
  total: number;
  /** Articles the index covers. */
  articles: number;
  /** Whether what the index covers is saved (so the next start only loads it). */
  saved: boolean;
  /**
   * Whether the worker keeps every indexed article's text (read after the index is ready): until
   * then a query or a find-all over the corpus reads the texts it lacks from the database first.
   */
  warm: boolean;
}

/** Characters of context kept either side of a hit in the list. */
const CONTEXT = 70;

export function hitView(text: string, hit: SearchHit): HitView {
  const from = Math.max(hit.sentence.start, hit.start - CONTEXT);
  const to = Math.min(hit.sentence.end, hit.end + CONTEXT);
  let before = text.slice(from, hit.start);
  let after = text.slice(hit.end, to);
  // Cut at a space, so no word is shown in part.
  if (from > hit.sentence.start) before = `…${before.slice(before.indexOf(' ') + 1)}`;
  if (to < hit.sentence.end) after = `${after.slice(0, Math.max(0, after.lastIndexOf(' ')))}…`;
  return { start: hit.start, end: hit.end, before: before.trimStart(), match: text.slice(hit.start, hit.end), after: after.trimEnd() };
}

/** A hit of the results: the article's place in the results and the hit's place in that article. */
export interface HitCursor {
  article: number;
  hit: number;
}

/**
 * The hit after (step 1) or before (step -1) `cursor`, going on into the next or previous article
 * and round from the last hit to the first; from no hit, the first (or the last). `counts` are the
 * articles' hit counts in the results' order.
 */
export function stepCursor(counts: readonly number[], cursor: HitCursor | null, step: 1 | -1): HitCursor | null {
  const n = counts.length;
  if (n === 0) return null;
  if (!cursor) return step > 0 ? { article: 0, hit: 0 } : { article: n - 1, hit: counts[n - 1]! - 1 };
  if (step > 0) return cursor.hit + 1 < counts[cursor.article]! ? { ...cursor, hit: cursor.hit + 1 } : { article: (cursor.article + 1) % n, hit: 0 };
  if (cursor.hit > 0) return { ...cursor, hit: cursor.hit - 1 };
  const article = (cursor.article - 1 + n) % n;
  return { article, hit: counts[article]! - 1 };
}
