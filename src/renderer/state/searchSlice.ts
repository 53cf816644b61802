/**
 * UI state of the corpus search (issue 13): the panel, its query and results, the hit the analyst
 * is on, and the hits the reader paints for the open article. The index itself lives in a worker
 * (features/search); this holds only what the panel and the reader show.
 */
import type { StateCreator } from 'zustand';
import type { ArticleResult, HitCursor, IndexStatus, SearchResults } from '../../shared/search/searchResults';

/** The hits painted in the reader: every hit of the query in one article, and the one to bring into view. */
export interface ReaderSearchHits {
  articleId: string;
  spans: readonly { start: number; end: number }[];
  current: number;
  /** Bumped on every move to a hit, so moving to the same hit again scrolls to it again. */
  reveal: number;
}

export interface SearchSlice {
  searchOpen: boolean;
  /** Bumped to ask the open panel to take the focus again (Ctrl+F while it is open). */
  searchFocusRequest: number;
  searchQuery: string;
  searchStatus: IndexStatus;
  /** The results of `searchQuery`, once the worker has answered; null before the first answer. */
  searchResults: SearchResults | null;
  searchCursor: HitCursor | null;
  readerSearch: ReaderSearchHits | null;
  openSearch(): void;
  /** Closes the panel and takes the hits off the reader (the query and results stay for next time). */
  closeSearch(): void;
  setSearchQuery(query: string): void;
  setSearchStatus(status: IndexStatus): void;
  /** The first answer to a query (the articles to list): a new list, no hit chosen yet. */
  setSearchResults(results: SearchResults | null): void;
  /** The complete answer to the same query: every article counted; what is listed and the hit chosen stay. */
  completeSearchResults(results: SearchResults): void;
  /** Fills in titles and hits of articles of the current results (more of the list was shown). */
  addSearchDetails(query: string, details: readonly ArticleResult[]): void;
  showSearchHit(cursor: HitCursor, reader: Omit<ReaderSearchHits, 'reveal'>): void;
}

export const createSearchSlice: StateCreator<SearchSlice> = (set, get) => ({
  searchOpen: false,
  searchFocusRequest: 0,
  searchQuery: '',
  searchStatus: { phase: 'loading', done: 0, total: 0, articles: 0, saved: true, warm: false },
  searchResults: null,
  searchCursor: null,
  readerSearch: null,
  openSearch: () => set((s) => ({ searchOpen: true, searchFocusRequest: s.searchFocusRequest + 1 })),
  closeSearch: () => set({ searchOpen: false, readerSearch: null }),
  setSearchQuery: (searchQuery) => set({ searchQuery }),
  setSearchStatus: (searchStatus) => set({ searchStatus }),
  setSearchResults: (searchResults) => set({ searchResults, searchCursor: null, readerSearch: null }),
  completeSearchResults: (complete) => {
    const results = get().searchResults;
    if (!results || results.query !== complete.query) return;
    const loaded = new Map(results.articles.filter((a) => a.hits).map((a) => [a.articleId, a]));
    set({ searchResults: { ...complete, articles: complete.articles.map((a) => loaded.get(a.articleId) ?? a) } });
  },
  addSearchDetails: (query, details) => {
    const results = get().searchResults;
    if (!results || results.query !== query) return;
    const byId = new Map(details.map((d) => [d.articleId, d]));
    set({ searchResults: { ...results, articles: results.articles.map((a) => byId.get(a.articleId) ?? a) } });
  },
  showSearchHit: (searchCursor, reader) => set((s) => ({ searchCursor, readerSearch: { ...reader, reveal: (s.readerSearch?.reveal ?? 0) + 1 } })),
});
