/**
 * The page's side of the corpus search: starts the worker (searchWorker.ts) once the app is up,
 * tells it when the library's articles change, and turns its answers into UI state. Searching as
 * the analyst types keeps one query in flight: the newest query waiting goes next, older ones are
 * dropped, so a fast typist never queues stale searches.
 */
import type { SearchResults } from '../../../shared/search/searchResults';
import { appDatabase } from '../../db/database';
import { observeArticleIds } from '../../db/searchIndexStore';
import { useUi } from '../../state/store';
import { provideCorpusIndex } from '../../ui/corpusIndexPort';
import type { ArticleMentions } from '../../../shared/entity/mentionSuggestions';
import type { WorkerReply, WorkerRequest } from './searchProtocol';
import { searchWorker } from './searchWorkerBoot';

/** Articles shown with their hits at once, and added each time the list goes on. */
export const RESULTS_PAGE = 5;

type Pending = { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void; onList?: (results: SearchResults) => void };

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function onReply(reply: WorkerReply): void {
  if (reply.type === 'status') {
    // The bench and the e2e tests read how the index started (loaded or built) from these marks.
    performance.mark('isnad:search-index', { detail: reply.status });
    useUi.getState().setSearchStatus(reply.status);
    // Articles came or went since the results were found: the open search runs again to include them.
    const searched = useUi.getState().searchResults?.searched;
    if (reply.status.phase === 'ready' && searched !== undefined && reply.status.articles !== searched) rerun();
    return;
  }
  const waiting = reply.id === null ? undefined : pending.get(reply.id);
  if (reply.type === 'list') {
    waiting?.onList?.(reply.results);
    return;
  }
  if (reply.id !== null) pending.delete(reply.id);
  if (reply.type === 'error') waiting?.reject(new Error(reply.message));
  else waiting?.resolve(reply);
}

function theWorker(): Worker {
  if (!worker) {
    worker = searchWorker();
    worker.onmessage = (event: MessageEvent<WorkerReply>) => onReply(event.data);
    worker.onerror = () => useUi.getState().setSearchStatus({ ...useUi.getState().searchStatus, phase: 'failed' });
  }
  return worker;
}

type Ask = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

function ask<T extends WorkerReply['type']>(message: Ask, onList?: (results: SearchResults) => void): Promise<Extract<WorkerReply, { type: T }>> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (reply: WorkerReply) => void, reject, onList });
    theWorker().postMessage({ ...message, id });
  });
}

/** Changes that come together (a data import's merge, a removal) are taken in one pass. */
const SETTLE_MS = 50;

/**
 * Starts the index (loaded, or built in the worker) and keeps it in step with the library; returns
 * the way to stop watching. While an import of files runs (it stores a batch every fraction of a
 * second) the index waits and takes every new article in one pass at its end: indexing beside the
 * import made it a quarter slower on two cores and its peak memory 80 MB higher (the bench).
 */
export function startCorpusSearch(): () => void {
  const w = theWorker();
  const sync = () => w.postMessage({ type: 'sync' } satisfies WorkerRequest);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changedMeanwhile = false;
  const stopWatching = observeArticleIds(appDatabase(), () => {
    if (useUi.getState().importAbort !== null) {
      changedMeanwhile = true;
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(sync, SETTLE_MS);
  });
  const stopWaiting = useUi.subscribe((state, before) => {
    if (before.importAbort === null || state.importAbort !== null || !changedMeanwhile) return;
    changedMeanwhile = false;
    sync();
  });
  const stopAnswering = provideCorpusIndex({ mentionsOf });
  return () => {
    clearTimeout(timer);
    stopWatching();
    stopWaiting();
    stopAnswering();
  };
}

let inFlight = false;
let waiting: string | null = null;

/** Searches the corpus for `query` (as typed) and shows the results when they come. */
export function searchFor(query: string): void {
  useUi.getState().setSearchQuery(query);
  waiting = query;
  if (!inFlight) void drain();
}

async function drain(): Promise<void> {
  inFlight = true;
  try {
    while (waiting !== null) {
      const query = waiting;
      waiting = null;
      const current = () => waiting === null && useUi.getState().searchQuery === query;
      const reply = await ask<'results'>({ type: 'search', query, first: RESULTS_PAGE }, (list) => current() && showResults(list)).catch(() => null);
      if (reply && current()) {
        performance.mark('isnad:search-complete', { detail: { query, articles: reply.results.articles.length } });
        useUi.getState().completeSearchResults(reply.results);
      }
    }
  } finally {
    inFlight = false;
  }
}

function showResults(results: SearchResults): void {
  const ui = useUi.getState();
  // A bench and the e2e tests read when the data was ready (before React renders it).
  performance.mark('isnad:search-results', { detail: { query: results.query, articles: results.articles.length } });
  const shown = ui.readerSearch;
  ui.setSearchResults(results);
  // Run again after the library changed: stay on the article being read if it still has hits.
  const article = shown ? results.articles.findIndex((a) => a.articleId === shown.articleId) : -1;
  const found = article === -1 ? undefined : results.articles[article];
  if (shown && found?.hits) {
    const hit = Math.min(shown.current, found.hits.length - 1);
    ui.showSearchHit({ article, hit }, { articleId: found.articleId, spans: found.hits, current: hit });
  }
}

function rerun(): void {
  const { searchOpen, searchQuery } = useUi.getState();
  if (searchOpen && searchQuery.trim()) searchFor(searchQuery);
}

/** Loads titles and hits for `count` more articles of the results (after those already loaded, or up to `upTo`). */
export async function loadResultDetails(upTo: number): Promise<void> {
  const results = useUi.getState().searchResults;
  if (!results) return;
  const ids = results.articles
    .slice(0, upTo + 1)
    .filter((a) => !a.hits)
    .map((a) => a.articleId);
  if (ids.length === 0) return;
  const reply = await ask<'details'>({ type: 'details', query: results.query, articleIds: ids });
  useUi.getState().addSearchDetails(results.query, reply.articles);
}

/** Every match of `names` in the corpus, in context, by article (ui/corpusIndexPort.ts says what for). */
export async function mentionsOf(names: readonly string[]): Promise<ArticleMentions[]> {
  return (await ask<'mentions'>({ type: 'mentions', names: [...names] })).articles;
}
