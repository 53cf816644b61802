/**
 * The corpus search's engine, as the worker runs it (searchWorker.ts): the index (shared/search),
 * every article's text as written and folded (to count hits, and to find an entity's mentions for
 * find-all, without reading the database on each query), and the database behind both. Kept apart from the worker's message loop so the db-layer unit tests
 * drive it on fake-indexeddb.
 *
 * Start: the saved index is loaded, then brought up to date with the library (`sync`): articles it
 * lacks are indexed, articles gone are dropped; nothing is rebuilt unless the saved index is of
 * another format. Every change of the library's article set calls `sync` again (the page watches
 * it); the index is saved a moment after the last change.
 */
import { compileAliases, findAliasMatchesFolded } from '../../../shared/arabic/aliasMatcher';
import { foldArabicRuns, type FoldedRuns } from '../../../shared/arabic/normalize';
import { inContext, type ArticleMentions } from '../../../shared/entity/mentionSuggestions';
import { CorpusIndex } from '../../../shared/search/corpusIndex';
import { compileQuery, findHits, matchesInFolded, parseQuery } from '../../../shared/search/findHits';
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
  /**
   * Each article's text and its folded form with the map back (~2 × 14 MB for the bench's 2,000
   * articles): find-all over the corpus then neither reads 13 MB from the database nor folds it.
   */
  private readonly kept = new Map<string, { text: string; runs: FoldedRuns }>();
  private status: IndexStatus = { phase: 'loading', done: 0, total: 0, articles: 0, saved: true, warm: false };
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
    this.chunk = options.chunk ?? 250;
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
      this.kept.delete(id);
    }
    if (missing.length > 0) this.report({ phase: 'indexing', done: 0, total: missing.length });
    for (let i = 0; i < missing.length; i += this.chunk) {
      const ids = missing.slice(i, i + this.chunk);
      const texts = await articleTextsById(this.db, ids);
      for (const [id, text] of texts) {
        const runs = foldArabicRuns(text);
        index.addFolded(id, runs.text);
        this.kept.set(id, { text, runs });
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

  /** The texts of these articles, read (and kept, with their folded form) where not kept yet. */
  private async foldedOf(ids: readonly string[]): Promise<void> {
    const absent = ids.filter((id) => !this.kept.has(id));
    if (absent.length > 0) for (const [id, text] of await articleTextsById(this.db, absent)) this.kept.set(id, { text, runs: foldArabicRuns(text) });
  }

  /**
   * The results of `query`, in two answers (SearchResults): `onList` gets the first `first` articles
   * with their titles and hits as soon as they are known (for one word, with every other article
   * the index finds, not yet counted); the promise, every article with its count. The first answer
   * is what the panel shows; counting every hit reads the folded text of every article proposed.
   */
  async search(query: string, first: number, onList: (results: SearchResults) => void = () => undefined): Promise<SearchResults> {
    const words = parseQuery(query).words;
    const index = await this.loaded();
    const base: SearchResults = { query, words: [...words], articles: [], totalHits: 0, complete: true, searched: index.size };
    if (words.length === 0) return base;
    const candidates = index.candidates(words);
    const compiled = compileQuery(words);
    const count = (id: string) => {
      const text = this.kept.get(id)?.runs.text;
      return text === undefined ? 0 : matchesInFolded(text, compiled).length;
    };
    // The articles to list first: the index's first ones; for a phrase, those where it stands as written.
    let listed: string[];
    if (words.length === 1) listed = candidates.slice(0, first).map((c) => c.id);
    else {
      listed = [];
      for (let i = 0; i < candidates.length && listed.length < first; i += first * 4) {
        const ids = candidates.slice(i, i + first * 4).map((c) => c.id);
        await this.foldedOf(ids);
        for (const id of ids) if (listed.length < first && count(id) > 0) listed.push(id);
      }
    }
    const detailed = await this.details(query, listed);
    const rest: ArticleResult[] = words.length === 1 ? candidates.slice(listed.length).map((c) => ({ articleId: c.id, count: null })) : [];
    onList({ ...base, articles: [...detailed, ...rest], totalHits: null, complete: false });

    await this.foldedOf(candidates.map((c) => c.id));
    const known = new Map(detailed.map((a) => [a.articleId, a]));
    const articles: ArticleResult[] = [];
    let totalHits = 0;
    for (const { id } of candidates) {
      const found = known.get(id) ?? { articleId: id, count: count(id) };
      if (!found.count) continue;
      totalHits += found.count;
      articles.push(found);
    }
    return { ...base, articles, totalHits };
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

  /**
   * "Find all mentions" over the corpus: every match of the names (aliases) in the articles the index
   * says may hold one, with its sentence around it, by article. Matched here, where the texts are
   * kept folded; the page only sets aside what is already tagged or was rejected.
   */
  async mentionsOf(names: readonly string[]): Promise<ArticleMentions[]> {
    const ids = await this.articlesContaining(names);
    await this.foldedOf(ids);
    const matcher = compileAliases(names);
    const found: ArticleMentions[] = [];
    for (const articleId of ids) {
      const kept = this.kept.get(articleId);
      if (!kept) continue; // removed meanwhile
      const matches = findAliasMatchesFolded(kept.text, kept.runs, matcher);
      if (matches.length > 0) found.push({ articleId, mentions: inContext(kept.text, matches) });
    }
    return found;
  }

  /** Fills the kept folded texts for every indexed article, a chunk at a time, so the first queries need not read them. */
  async warm(): Promise<void> {
    const index = this.index;
    if (!index) return;
    const ids = index.ids().filter((id) => !this.kept.has(id));
    for (let i = 0; i < ids.length; i += this.chunk * 2) {
      await this.foldedOf(ids.slice(i, i + this.chunk * 2));
      await breather();
    }
    this.report({ warm: true });
  }
}
