/**
 * What the corpus search (features/search) reads and keeps: the saved index (schema v6's
 * `searchIndex` table, one key/value row), the library's article ids to bring it up to date, and
 * texts and titles by id. The search's worker opens its own connection to the same database.
 */
import { liveQuery } from 'dexie';
import type { SavedCorpusIndex } from '../../shared/search/corpusIndex';
import type { IsnadDatabase } from './database';

const CORPUS_KEY = 'corpus';

const isSaved = (value: unknown): value is SavedCorpusIndex => {
  const v = value as Partial<SavedCorpusIndex> | null;
  return !!v && typeof v.format === 'number' && typeof v.index === 'string' && Array.isArray(v.ids) && v.ids.every((id) => typeof id === 'string');
};

/** The saved index, or null if none was saved (or the row is not one). Another format is returned as it is: the index refuses it. */
export async function loadSavedSearchIndex(db: IsnadDatabase): Promise<SavedCorpusIndex | null> {
  const row = await db.searchIndex.get(CORPUS_KEY);
  return row && isSaved(row.value) ? row.value : null;
}

export async function saveSearchIndex(db: IsnadDatabase, saved: SavedCorpusIndex): Promise<void> {
  await db.searchIndex.put({ key: CORPUS_KEY, value: saved });
}

export async function forgetSearchIndex(db: IsnadDatabase): Promise<void> {
  await db.searchIndex.delete(CORPUS_KEY);
}

/** Every article in the library (keys only: no record is read). */
export async function libraryArticleIds(db: IsnadDatabase): Promise<string[]> {
  return (await db.articles.toCollection().primaryKeys()).map(String);
}

/** The texts of these articles; an id without a text is left out. */
export async function articleTextsById(db: IsnadDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.articleTexts.bulkGet([...ids]);
  return new Map(rows.flatMap((row) => (row ? [[row.id, row.text] as const] : [])));
}

export async function articleTitlesById(db: IsnadDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.articles.bulkGet([...ids]);
  return new Map(rows.flatMap((row) => (row ? [[row.id, row.title] as const] : [])));
}

/**
 * Calls `onChange` whenever the set of articles changes, whoever changed it (an import, a data
 * import's merge, a later deletion or purge), and once at the start. Returns the way to stop.
 */
export function observeArticleIds(db: IsnadDatabase, onChange: (ids: string[]) => void): () => void {
  const subscription = liveQuery(() => libraryArticleIds(db)).subscribe({ next: onChange, error: () => undefined });
  return () => subscription.unsubscribe();
}
