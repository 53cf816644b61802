/** Article storage: the import write path, direction overrides, and reads for the library and reader. */
import type { IntakeAccepted } from '../../shared/text/intake';
import type { ArticleRecord } from '../../shared/model';
import type { TextDirection } from '../../shared/arabic/direction';
import type { IsnadDatabase } from './database';
import { moveToNewVersion, type ReanchorSummary } from './reanchorVersion';

export type StoreOutcome = 'added' | 'duplicate' | 'new-version';

export interface StoreRequest {
  accepted: IntakeAccepted;
  fileName: string;
  sourceKey: string;
  author: string;
  now?: number;
  /** Told how the previous version's annotations moved when this file is a new version. */
  onReanchored?(summary: ReanchorSummary): void;
}

/**
 * Stores an accepted file in one transaction. The same text (same hash) is never stored twice.
 * Different text from a place an article already came from becomes a new version that links to
 * the newest article from that place, and that article's annotations move to it in the same
 * transaction (db/reanchorVersion.ts): the new version is never stored without them.
 */
export function storeArticle(db: IsnadDatabase, request: StoreRequest): Promise<StoreOutcome> {
  return db.transaction('rw', [db.articles, db.articleTexts, db.annotations, db.history], () => storeOne(db, request));
}

/** Stores several files in one transaction (an import batch), in order. */
export function storeArticles(db: IsnadDatabase, requests: readonly StoreRequest[]): Promise<StoreOutcome[]> {
  return db.transaction('rw', [db.articles, db.articleTexts, db.annotations, db.history], async () => {
    const outcomes: StoreOutcome[] = [];
    for (const request of requests) outcomes.push(await storeOne(db, request));
    return outcomes;
  });
}

async function storeOne(db: IsnadDatabase, request: StoreRequest): Promise<StoreOutcome> {
  const { accepted, fileName, sourceKey, author } = request;
  const now = request.now ?? Date.now();
  if (await db.articles.get(accepted.id)) return 'duplicate';
  const sameSource = await db.articles.where('sourceKey').equals(sourceKey).sortBy('importedAt');
  const previous = sameSource.at(-1) ?? null;
  // Strictly increasing, so the library keeps file order even within one millisecond.
  const latest = await db.articles.orderBy('importedAt').last();
  const importedAt = Math.max(now, (latest?.importedAt ?? 0) + 1);
  const record: ArticleRecord = {
    id: accepted.id,
    title: accepted.title,
    fileName,
    sourceKey,
    encoding: accepted.encoding,
    length: accepted.text.length,
    detectedDirection: accepted.direction,
    directionOverride: null,
    previousVersionId: previous?.id ?? null,
    importedAt,
    createdAt: now,
    updatedAt: now,
    author,
  };
  await db.articles.add(record);
  await db.articleTexts.add({ id: accepted.id, text: accepted.text });
  if (!previous) return 'added';
  const previousText = (await db.articleTexts.get(previous.id))?.text ?? '';
  const summary = await moveToNewVersion(db, { id: previous.id, text: previousText }, { id: accepted.id, text: accepted.text }, author);
  request.onReanchored?.(summary);
  return 'new-version';
}

export async function setDirectionOverride(db: IsnadDatabase, articleId: string, direction: TextDirection | null): Promise<void> {
  await db.articles.update(articleId, { directionOverride: direction, updatedAt: Date.now() });
}

export async function articleText(db: IsnadDatabase, articleId: string): Promise<string | null> {
  return (await db.articleTexts.get(articleId))?.text ?? null;
}

export async function articleById(db: IsnadDatabase, id: string): Promise<ArticleRecord | undefined> {
  return db.articles.get(id);
}

/**
 * Live annotation counts per article, from indexes alone (no annotation row is loaded): the
 * articles that have rows (one cursor step each), IndexedDB's own count for each, less the
 * tombstones, which `[articleId+deletedAt]` alone holds. A cursor over every annotation key cost
 * one step per annotation of the whole library, re-run after every tag (the bench's "listed").
 */
export async function annotationCounts(db: IsnadDatabase): Promise<Map<string, number>> {
  const ids = (await db.annotations.orderBy('articleId').uniqueKeys()).map(String);
  const totals = await Promise.all(ids.map((id) => db.annotations.where('articleId').equals(id).count()));
  const counts = new Map(ids.map((id, i) => [id, totals[i]!]));
  await db.annotations.orderBy('[articleId+deletedAt]').eachKey((key) => {
    const id = String((key as [string, number])[0]);
    const left = (counts.get(id) ?? 0) - 1;
    if (left > 0) counts.set(id, left);
    else counts.delete(id);
  });
  return counts;
}

/** Library order is import order, so a folder reads in the order of its file names. */
export function listArticles(db: IsnadDatabase): Promise<ArticleRecord[]> {
  return db.articles.orderBy('importedAt').toArray();
}
