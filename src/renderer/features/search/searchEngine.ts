/**
 * The corpus search's engine, as the worker runs it (searchWorker.ts): the index (shared/search),
 * the folded text of every article (to count hits without reading the database on each query), and
 * the database behind both. Kept apart from the worker's message loop so the db-layer unit tests
 * drive it on fake-indexeddb.
 *
 * Start: the saved index is loaded, then brought up to date with the library (`sync`): articles it
 * lacks are indexed, articles gone are dropped; nothing is rebuilt unless the saved index is of
 * another format. Every change of the library's article set calls `sync` again (the page watches
 * it); the index is saved a moment after the last change.
 */
import { foldArabic } from '../../../shared/arabic/normalize';
import { CorpusIndex } from '../../../shared/search/corpusIndex';
import { findHits, matchesInFolded, parseQuery } from '../../../shared/search/findHits';
import { hitView, type ArticleResult, type IndexStatus, type SearchResults } from '../../../shared/search/searchResults';
import type { IsnadDatabase } from '../../db/database';
import { articleTextsById, articleTitlesById, libraryArticleIds, loadSavedSearchIndex, saveSearchIndex } from '../../db/searchIndexStore';

export interface EngineOptions {
  /** Articles read and indexed per step (the worker answers queries between steps). */
  chunk?: number;
  /** How long after the last change the index is saved. */
  saveDelayMs?: number;
}

/** Lets queued messages (a query) run between two steps of indexing. */
const breather = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class SearchEngine {
  private index: CorpusIndex | null = null;
  private loading: Promise<CorpusIndex> | null = null;
  private readonly folded = new Map<string, string>();
  private status: IndexStatus = { phase: 'loading', done: 0, total: 0, articles: 0, saved: true };
  private running: Promise<void> | null = null;
  private again = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly chunk: number;
  private readonly saveDelayMs: number;

  constructor(
    private readonly db: IsnadDatabase,
    private readonly onStatus: (status: IndexStatus) => void = () => undefined,
    options: EngineOptions = {},
  ) {
    this.chunk = options.chunk ?? 100;
    this.saveDelayMs = options.saveDelayMs ?? 1500;
  }

  get currentStatus(): IndexStatus {
    return this.status;
  }

  /** Brings the index up to date with the library; a call during a pass runs one more pass after it. */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.pass();
        } while (this.again);
      } catch (error) {
        this.report({ phase: 'failed' });
        throw error;
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** The index, loaded (or started empty) on first use. */
  private loaded(): Promise<CorpusIndex> {
    this.loading ??= this.load().then((index) => (this.index = index));
    return this.loading;
  }

  private async load(): Promise<CorpusIndex> {
    const saved = await loadSavedSearchIndex(this.db);
    let index: CorpusIndex | null = null;
    try {
      index = saved && CorpusIndex.restore(saved);
    } catch {
      index = null; // a damaged save is rebuilt, never fatal
    }
    this.status.saved = index !== null;
    return index ?? CorpusIndex.empty();
  }

  private async pass(): Promise<void> {
    const index = await this.loaded();
    const { missing, gone } = index.reconcile(await libraryArticleIds(this.db));
    for (const id of gone) {
      index.remove(id);
      this.folded.delete(id);
    }
    if (missing.length > 0) this.report({ phase: 'indexing', done: 0, total: missing.length });
    for (let i = 0; i < missing.length; i += this.chunk) {
      const ids = missing.slice(i, i + this.chunk);
      const texts = await articleTextsById(this.db, ids);
      for (const [id, text] of texts) {
        const folded = foldArabic(text);
        index.addFolded(id, folded);
        this.folded.set(id, folded);
      }
      this.report({ phase: 'indexing', done: Math.min(missing.length, i + ids.length), total: missing.length });
      await breather();
    }
    if (missing.length > 0 || gone.length > 0) this.scheduleSave();
    this.report({ phase: 'ready', done: 0, total: 0 });
  }

  private report(change: Partial<IndexStatus>): void {
    this.status = { ...this.status, ...change, articles: this.index?.size ?? 0 };
    this.onStatus(this.status);
  }

  private scheduleSave(): void {
    this.status.saved = false;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save().catch(() => undefined), this.saveDelayMs);
  }

  /** Saves the index now (a pending save is done at once). */
  async save(): Promise<void> {
    clearTimeout(this.saveTimer);
    if (!this.index) return;
    await saveSearchIndex(this.db, this.index.save());
    this.report({ saved: true });
  }

  /** The folded texts of these articles, read (and kept) where not kept yet. */
  private async foldedOf(ids: readonly string[]): Promise<Map<string, string>> {
    const absent = ids.filter((id) => !this.folded.has(id));
    if (absent.length > 0) for (const [id, text] of await articleTextsById(this.db, absent)) this.folded.set(id, foldArabic(text));
    return this.folded;
  }

  /**
   * Every article with hits for `query`, most hits first, and the first `first` of them with their
   * title and hits. The index proposes the articles holding every word; the folded text says how
   * many times the words stand together as written.
   */
  async search(query: string, first: number): Promise<SearchResults> {
    const words = parseQuery(query).words;
    const index = await this.loaded();
    const empty: SearchResults = { query, words: [...words], articles: [], totalHits: 0, searched: index.size };
    if (words.length === 0) return empty;
    const candidates = index.candidates(words);
    const folded = await this.foldedOf(candidates.map((c) => c.id));
    const scored: (ArticleResult & { score: number })[] = [];
    let totalHits = 0;
    for (const { id, score } of candidates) {
      const text = folded.get(id);
      const count = text === undefined ? 0 : matchesInFolded(text, words).length;
      if (count === 0) continue;
      totalHits += count;
      scored.push({ articleId: id, count, score });
    }
    scored.sort((a, b) => b.count - a.count || b.score - a.score);
    const articles: ArticleResult[] = scored.map(({ articleId, count }) => ({ articleId, count }));
    const detailed = await this.details(
      query,
      articles.slice(0, first).map((a) => a.articleId),
    );
    return { ...empty, articles: [...detailed, ...articles.slice(detailed.length)], totalHits };
  }

  /** Title and hits (each in its sentence) of these articles, in this order. */
  async details(query: string, articleIds: readonly string[]): Promise<ArticleResult[]> {
    const [texts, titles] = await Promise.all([articleTextsById(this.db, articleIds), articleTitlesById(this.db, articleIds)]);
    const parsed = parseQuery(query);
    return articleIds.map((articleId) => {
      const text = texts.get(articleId) ?? '';
      const hits = findHits(text, parsed).map((hit) => hitView(text, hit));
      return { articleId, count: hits.length, title: titles.get(articleId) ?? '', hits };
    });
  }

  /**
   * For "find all mentions" in the corpus: the articles that may hold any of these names
   * (CorpusIndex.articlesContaining), once the index has every article of the library.
   */
  async articlesContaining(names: readonly string[]): Promise<string[]> {
    await this.sync();
    return [...(await this.loaded()).articlesContaining(names)];
  }

  /** Fills the kept folded texts for every indexed article, a chunk at a time, so the first queries need not read them. */
  async warm(): Promise<void> {
    const index = this.index;
    if (!index) return;
    const ids = index.ids().filter((id) => !this.folded.has(id));
    for (let i = 0; i < ids.length; i += this.chunk * 2) {
      await this.foldedOf(ids.slice(i, i + this.chunk * 2));
      await breather();
    }
  }
}
