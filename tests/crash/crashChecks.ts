/**
 * What a relaunch after a kill is checked for: the database read raw from IndexedDB (not through the
 * app), its invariants (nothing half-written), and the corpus search agreeing with the articles,
 * asked through the app's own search box.
 */
import { expect, type Page } from '@playwright/test';
import type { ArticleRecord } from '../../src/shared/model';
import type { AnnotationRecord } from '../../src/shared/annotation/annotation';
import type { EntityRecord } from '../../src/shared/entity/entity';

export interface StoredState {
  articles: ArticleRecord[];
  texts: Record<string, string>;
  annotations: AnnotationRecord[];
  entities: EntityRecord[];
  /** The corpus history's steps: label and the ids of the entities each touched. */
  corpusSteps: { label: string; entityIds: string[] }[];
}

/** Every row the checks need, read in one read-only transaction. */
export function readStored(page: Page): Promise<StoredState> {
  return page.evaluate(async () => {
    const req = indexedDB.open('isnad');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['articles', 'articleTexts', 'annotations', 'entities', 'history']);
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const get = tx.objectStore(store).getAll();
        get.onsuccess = () => resolve(get.result as T[]);
        get.onerror = () => reject(get.error);
      });
    const [articles, texts, annotations, entities, history] = await Promise.all([
      all<ArticleRecord>('articles'),
      all<{ id: string; text: string }>('articleTexts'),
      all<AnnotationRecord>('annotations'),
      all<EntityRecord>('entities'),
      all<{ articleId: string; label: string; undone: number; entityChanges?: { id: string }[] }>('history'),
    ]);
    db.close();
    return {
      articles,
      texts: Object.fromEntries(texts.map((t) => [t.id, t.text])),
      annotations,
      entities,
      corpusSteps: history.filter((h) => h.articleId === 'corpus' && !h.undone).map((h) => ({ label: h.label, entityIds: (h.entityChanges ?? []).map((c) => c.id) })),
    };
  });
}

const live = <T extends { deletedAt?: number }>(rows: T[]) => rows.filter((r) => r.deletedAt === undefined);

/**
 * Half-written state, described (empty when there is none): an article without its text or a text
 * without its article, a length that is not the text's, an annotation of an absent article or whose
 * quote is not the text at its offsets, a live mention of an absent or deleted entity.
 */
export function halfWritten(state: StoredState): string[] {
  const problems: string[] = [];
  const ids = new Set(state.articles.map((a) => a.id));
  for (const a of state.articles) {
    const text = state.texts[a.id];
    if (text === undefined) problems.push(`article ${a.id.slice(0, 8)} has no text`);
    else if (text.length !== a.length) problems.push(`article ${a.id.slice(0, 8)}: length ${a.length}, text ${text.length}`);
  }
  for (const id of Object.keys(state.texts)) if (!ids.has(id)) problems.push(`text ${id.slice(0, 8)} has no article`);
  const entities = new Map(state.entities.map((e) => [e.id, e]));
  for (const a of live(state.annotations)) {
    const text = state.texts[a.articleId];
    if (!ids.has(a.articleId) || text === undefined) problems.push(`annotation ${a.id} of an absent article`);
    else if (text.slice(a.start, a.end) !== a.exact) problems.push(`annotation ${a.id}: quote is not the text at ${a.start}–${a.end}`);
    if (a.entityId !== undefined) {
      const entity = entities.get(a.entityId);
      if (!entity) problems.push(`annotation ${a.id} names an absent entity`);
      else if (entity.deletedAt !== undefined) problems.push(`annotation ${a.id} names a deleted entity`);
    }
  }
  return problems;
}

/** Opens the corpus search (Ctrl+F) and returns its summary for `word`: articles and hits. */
async function searchSummary(page: Page, word: string): Promise<{ articles: number; hits: number }> {
  const box = page.locator('#corpus-search');
  if (!(await box.isVisible())) await page.keyboard.press('Control+f');
  await expect(box).toBeFocused();
  await box.fill(word);
  const status = page.getByTestId('search-status');
  // Waits for the index (it reconciles with the library after a start) and the full count.
  await expect(status).toHaveAttribute('data-phase', 'ready', { timeout: 30_000 });
  const summary = status.locator('.search-summary, .search-empty');
  await expect(summary).toHaveText(/hits? in|No article contains/, { timeout: 30_000 });
  const text = await summary.innerText();
  const match = /([\d,]+) hits? in ([\d,]+) articles?/.exec(text);
  return match ? { hits: Number(match[1]!.replace(/,/g, '')), articles: Number(match[2]!.replace(/,/g, '')) } : { hits: 0, articles: 0 };
}

/**
 * The search agrees with the articles: each word, searched in the app, is found in exactly the
 * articles whose stored text holds it — no article missing from the index after the crash, no
 * article found that is not stored. Words are chosen so a plain `includes` counts them (they
 * occur once per article, with nothing the search folds differently).
 */
export async function searchProblems(page: Page, state: StoredState, words: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const word of words) {
    const expected = state.articles.filter((a) => state.texts[a.id]?.includes(word)).length;
    const found = await searchSummary(page, word);
    if (found.articles !== expected) problems.push(`search "${word}": ${found.articles} articles found, ${expected} stored hold it`);
  }
  await page.keyboard.press('Escape');
  return problems;
}
