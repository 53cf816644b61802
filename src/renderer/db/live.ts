/**
 * React's window onto the database: live queries that re-render when the rows they read change.
 * Components use these hooks and never import Dexie themselves.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_SETTINGS, type ArticleRecord, type Settings } from '../../shared/model';
import { articleNote } from './articleNotes';
import { annotationCounts, articleById, articleText, listArticles } from './articles';
import { appDatabase } from './database';
import { articleAnnotations } from './annotations';
import { historyState } from './history';
import { CORPUS_HISTORY } from './historyEntry';
import { listTags } from './tags';
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import type { TagDefinition } from '../../shared/annotation/tagSet';
import { readSettings } from './settings';

export function useSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(appDatabase()), []);
}

export function useSettingsOrDefault(): Settings {
  return useSettings() ?? DEFAULT_SETTINGS;
}

export function useArticles(): ArticleRecord[] | undefined {
  return useLiveQuery(() => listArticles(appDatabase()), []);
}

export function useAnnotationCounts(): Map<string, number> {
  return useLiveQuery(() => annotationCounts(appDatabase()), []) ?? new Map<string, number>();
}

export function useArticle(id: string | null): ArticleRecord | null | undefined {
  return useLiveQuery(async () => (id ? ((await articleById(appDatabase(), id)) ?? null) : null), [id]);
}

/**
 * The text of an article: `undefined` while loading, `null` when missing. useLiveQuery keeps
 * returning the previous result while a new id loads, so the result carries its id and a stale
 * one (another article's text) reads as "loading".
 */
export function useArticleText(id: string | null): string | null | undefined {
  const result = useLiveQuery(async () => ({ id, text: id ? await articleText(appDatabase(), id) : null }), [id]);
  return result && result.id === id ? result.text : undefined;
}

/** The article's annotations in reading order (a stale result for another article reads as loading). */
export function useArticleAnnotations(articleId: string | null): AnnotationRecord[] | undefined {
  const result = useLiveQuery(async () => ({ articleId, rows: articleId ? await articleAnnotations(appDatabase(), articleId) : [] }), [articleId]);
  return result && result.articleId === articleId ? result.rows : undefined;
}

export function useTags(): TagDefinition[] {
  return useLiveQuery(() => listTags(appDatabase()), []) ?? [];
}

/** Whether undo and redo have a step: the corpus's alone, or an article's together with the corpus's (the reader's undo reaches both). */
export function useHistoryState(articleId: string | null): { canUndo: boolean; canRedo: boolean } {
  const none = { canUndo: false, canRedo: false };
  return (
    useLiveQuery(async () => {
      if (!articleId) return none;
      const db = appDatabase();
      if (articleId === CORPUS_HISTORY) return historyState(db, articleId);
      const [own, corpus] = await Promise.all([historyState(db, articleId), historyState(db, CORPUS_HISTORY)]);
      return { canUndo: own.canUndo || corpus.canUndo, canRedo: own.canRedo || corpus.canRedo };
    }, [articleId]) ?? none
  );
}

/** The article's note: `undefined` while loading, `null` when it has none. */
export function useArticleNote(articleId: string): string | null | undefined {
  const result = useLiveQuery(async () => ({ articleId, note: await articleNote(appDatabase(), articleId) }), [articleId]);
  return result && result.articleId === articleId ? result.note : undefined;
}
