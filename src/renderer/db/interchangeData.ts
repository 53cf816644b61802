/**
 * Reads the library (or the chosen articles) as interchange data for the data exports (issue 12),
 * in one read-only transaction so a tag made meanwhile cannot leave the export half old, half new.
 * The bundle keeps tombstones (a deletion must reach a colleague's copy); every other format
 * drops them in its exporter. The entity registry and the claim links come along: all of them
 * for the whole library; for a selection, the entities its annotations name and the links whose
 * two claims are both in it (a link to a claim left behind would point at nothing).
 */
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import type { TagDefinition } from '../../shared/annotation/tagSet';
import type { ClaimLinkRecord } from '../../shared/claims/claimLink';
import type { EntityRecord } from '../../shared/entity/entity';
import type { InterchangeArticle, InterchangeData } from '../../shared/interchange/interchange';
import type { IsnadDatabase } from './database';

const BATCH = 100;

/** `ids` null means the whole library, in library order. Unknown ids are skipped. */
export function readInterchangeData(
  db: IsnadDatabase,
  ids: readonly string[] | null,
  meta: { analystName: string; now: number },
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
  /** Given: each batch of articles goes to it as read (synchronously, inside the transaction) and is not kept; `articles` comes back empty. */
  onBatch?: (articles: readonly InterchangeArticle[], tags: readonly TagDefinition[]) => void,
): Promise<InterchangeData> {
  return db.transaction('r', [db.articles, db.articleTexts, db.annotations, db.articleNotes, db.tags, db.entities, db.claimLinks], async () => {
    const tags = await db.tags.toArray();
    const library = await db.articles.orderBy('importedAt').toArray();
    const wanted = ids ? new Set(ids) : null;
    const chosen = wanted ? library.filter((a) => wanted.has(a.id)) : library;
    const articles: InterchangeArticle[] = [];
    // The whole library's annotations in one getAll. Not `anyOf` on the articleId index: Dexie
    // walks that with a cursor, one round trip to the browser's IndexedDB per row — 40,000 rows
    // of the bench corpus took ~13 s that way, against well under a second here.
    // Streaming (onBatch) reads each batch's articles on their own instead, so that only one batch
    // of annotations is ever in memory.
    const all = wanted || onBatch ? null : await db.annotations.toArray();
    // A selection's entities and links are chosen by what its annotations are (ids seen, entities named).
    const annotationIds = new Set<string>();
    const namedEntities = new Set<string>();
    const byArticle = new Map<string, AnnotationRecord[]>();
    for (const a of all ?? []) {
      const list = byArticle.get(a.articleId);
      if (list) list.push(a);
      else byArticle.set(a.articleId, [a]);
    }
    for (let i = 0; i < chosen.length; i += BATCH) {
      signal?.throwIfAborted();
      const batchArticles: InterchangeArticle[] = onBatch ? [] : articles;
      const batch = chosen.slice(i, i + BATCH);
      const keys = batch.map((a) => a.id);
      // A selection: each article's rows by its own getAll on the index, all requests in flight at once.
      const [texts, notes, perArticle] = await Promise.all([
        db.articleTexts.bulkGet(keys),
        db.articleNotes.bulkGet(keys),
        all ? null : Promise.all(keys.map((key) => db.annotations.where('articleId').equals(key).toArray())),
      ]);
      batch.forEach((article, j) => {
        const text = texts[j]?.text;
        if (text === undefined) return; // a row without text cannot be exported; the library flags it
        const annotations = perArticle?.[j] ?? byArticle.get(article.id) ?? [];
        if (wanted)
          for (const a of annotations) {
            annotationIds.add(a.id);
            if (a.entityId !== undefined) namedEntities.add(a.entityId);
          }
        batchArticles.push({ article, text, annotations, note: notes[j] ?? null });
      });
      onBatch?.(batchArticles, tags);
      onProgress?.(Math.min(i + BATCH, chosen.length), chosen.length);
    }
    const [allEntities, allLinks] = await Promise.all([db.entities.toArray(), db.claimLinks.toArray()]);
    const entities: EntityRecord[] = wanted ? allEntities.filter((e) => namedEntities.has(e.id)) : allEntities;
    const claimLinks: ClaimLinkRecord[] = wanted ? allLinks.filter((l) => annotationIds.has(l.fromId) && annotationIds.has(l.toId)) : allLinks;
    return { exportedAt: meta.now, analystName: meta.analystName, tags, articles, entities, claimLinks };
  });
}
