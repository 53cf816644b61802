/**
 * The corpus search's index: MiniSearch (a kept library) over every article's text, with our
 * normaliser as its tokenizer (searchWords.ts): it holds each article's folded words, and a query
 * word is looked up as every written form the clitic rule lets it find (`writtenForms`), so the
 * articles it offers are exactly those where findHits.ts then marks hits. Pure: the worker that holds it
 * (renderer/features/search) reads and writes the database; this only indexes, answers and saves.
 *
 * The index knows which articles it covers, so a saved index is brought up to date at start by
 * adding the articles it lacks and dropping those gone (`reconcile`), never rebuilt.
 */
import MiniSearch, { type Options, type Query } from 'minisearch';
import { foldArabic } from '../arabic/normalize';
import { searchWords, wordsOfFolded, writtenForms } from './searchWords';

/** Raise when the tokenizer or the terms change: a saved index of another format is rebuilt. */
export const SEARCH_INDEX_FORMAT = 1;

interface IndexedArticle {
  id: string;
  /** Folded already (the worker keeps the folded text to count hits), so indexing does not fold twice. */
  folded: string;
}

/**
 * MiniSearch's options. Indexing: the folded text's words (their frequencies rank the results).
 * Searching: each term as it is given (a written form, see `candidates`), no prefix or fuzzy match
 * (الصين must not find الصينية).
 */
export const SEARCH_OPTIONS: Options<IndexedArticle> = {
  idField: 'id',
  fields: ['folded'],
  storeFields: [],
  tokenize: (folded) => wordsOfFolded(folded),
  processTerm: (word) => word,
  searchOptions: {
    tokenize: (term) => [term],
    processTerm: (term) => term,
    combineWith: 'AND',
    prefix: false,
    fuzzy: false,
  },
  // Deleting is rare and vacuuming walks the whole index: let it run when a tenth is stale.
  autoVacuum: { minDirtCount: 20, minDirtFactor: 0.1, batchSize: 1000, batchWait: 10 },
};

/** What is saved between starts. */
export interface SavedCorpusIndex {
  format: number;
  /** The articles the index covers. */
  ids: string[];
  /** MiniSearch's own JSON. */
  index: string;
}

export interface Candidate {
  id: string;
  score: number;
}

export class CorpusIndex {
  private constructor(
    private readonly search: MiniSearch<IndexedArticle>,
    private readonly covered: Set<string>,
  ) {}

  static empty(): CorpusIndex {
    return new CorpusIndex(new MiniSearch(SEARCH_OPTIONS), new Set());
  }

  /** A saved index, or null when it was saved in another format (then rebuild it). */
  static restore(saved: SavedCorpusIndex): CorpusIndex | null {
    if (saved.format !== SEARCH_INDEX_FORMAT) return null;
    return new CorpusIndex(MiniSearch.loadJSON(saved.index, SEARCH_OPTIONS), new Set(saved.ids));
  }

  save(): SavedCorpusIndex {
    return { format: SEARCH_INDEX_FORMAT, ids: [...this.covered], index: JSON.stringify(this.search) };
  }

  get size(): number {
    return this.covered.size;
  }

  /** The articles the index covers. */
  ids(): string[] {
    return [...this.covered];
  }

  has(id: string): boolean {
    return this.covered.has(id);
  }

  /** Indexes an article's folded text (foldArabic); an article already covered is left as it is (ids are content hashes). */
  addFolded(id: string, folded: string): void {
    if (this.covered.has(id)) return;
    this.search.add({ id, folded });
    this.covered.add(id);
  }

  add(id: string, text: string): void {
    this.addFolded(id, foldArabic(text));
  }

  remove(id: string): void {
    if (!this.covered.delete(id)) return;
    this.search.discard(id);
  }

  /** What to add and what to drop so that the index covers exactly `liveIds`. */
  reconcile(liveIds: Iterable<string>): { missing: string[]; gone: string[] } {
    const live = new Set(liveIds);
    return { missing: [...live].filter((id) => !this.covered.has(id)), gone: [...this.covered].filter((id) => !live.has(id)) };
  }

  /**
   * The articles holding every one of `words` (folded, as parseQuery gives them), most relevant first
   * (MiniSearch's BM25). For one word these are exactly the articles with hits; for a phrase a
   * superset: whether the words stand together is for matchesInFolded to say.
   */
  candidates(words: readonly string[]): Candidate[] {
    if (words.length === 0) return [];
    // Every word, each in any of its written forms.
    const query: Query = { combineWith: 'AND', queries: words.map((word) => ({ combineWith: 'OR', queries: writtenForms(word) })) };
    return this.search.search(query).map((r) => ({ id: r.id as string, score: r.score }));
  }

  /**
   * The articles that may hold any of `names` (as typed: an alias, a phrase), for narrowing a
   * search of the whole corpus (find all mentions) to a few articles: for each name, those holding
   * all of its words, each behind any proclitics. A superset of where a name occurs as written.
   */
  articlesContaining(names: readonly string[]): Set<string> {
    const found = new Set<string>();
    for (const name of names) for (const { id } of this.candidates(searchWords(name))) found.add(id);
    return found;
  }
}
