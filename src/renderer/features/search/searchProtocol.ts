/** The messages between the page and the corpus search's worker (searchWorker.ts). */
import type { ArticleMentions } from '../../../shared/entity/mentionSuggestions';
import type { ArticleResult, IndexStatus, SearchResults } from '../../../shared/search/searchResults';

export type WorkerRequest =
  | { type: 'sync' }
  | { type: 'search'; id: number; query: string; first: number }
  | { type: 'details'; id: number; query: string; articleIds: string[] }
  | { type: 'contains'; id: number; names: string[] }
  | { type: 'mentions'; id: number; names: string[] };

export type WorkerReply =
  | { type: 'status'; status: IndexStatus }
  /** The first answer to a search: what the panel lists at once (SearchResults, not complete). */
  | { type: 'list'; id: number; results: SearchResults }
  /** The second, complete answer. */
  | { type: 'results'; id: number; results: SearchResults }
  | { type: 'details'; id: number; articles: ArticleResult[] }
  | { type: 'contains'; id: number; articleIds: string[] }
  | { type: 'mentions'; id: number; articles: ArticleMentions[] }
  | { type: 'error'; id: number | null; message: string };
