/**
 * Reads what a report needs from the database: the articles of the scope in library order, each
 * with its text, annotations and note, read in one read-only transaction so a tag made meanwhile
 * cannot leave the report half old, half new. Texts are read in batches with progress.
 */
import { linkSeenFrom } from '../../shared/claims/claimLink';
import type { ReportArticleInput, ReportClaimLink, ReportEntityInput } from '../../shared/report/reportInput';
import type { TagDefinition } from '../../shared/annotation/tagSet';
import { isOrphaned } from '../../shared/annotation/annotation';
import { isDeleted, type ArticleNoteRecord } from '../../shared/model';
import { isLive } from './annotationRows';
import type { IsnadDatabase } from './database';

const BATCH = 50;

/** A cleared note (a tombstone) is no note. */
const liveNote = (row: ArticleNoteRecord | undefined) => (row && !isDeleted(row) ? row.note : null);

export interface ReportData {
  articles: ReportArticleInput[];
  /** Every tag, removed ones (tombstones) included: an annotation may still use one (the report shows it). */
  tags: TagDefinition[];
  /** The live registry entities the articles' annotations are linked to (the report's entities tables). */
  entities: ReportEntityInput[];
}

/** `ids` null means the whole library. Unknown ids are skipped. */
export function readReportData(db: IsnadDatabase, ids: readonly string[] | null, onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<ReportData> {
  return db.transaction('r', [db.articles, db.articleTexts, db.annotations, db.articleNotes, db.tags, db.claimLinks, db.entities], async () => {
    const library = await db.articles.orderBy('importedAt').toArray();
    const wanted = ids ? new Set(ids) : null;
    const chosen = wanted ? library.filter((a) => wanted.has(a.id)) : library;
    const articles: ReportArticleInput[] = [];
    for (let i = 0; i < chosen.length; i += BATCH) {
      signal?.throwIfAborted();
      const batch = chosen.slice(i, i + BATCH);
      const keys = batch.map((a) => a.id);
      const [texts, notes, annotations] = await Promise.all([db.articleTexts.bulkGet(keys), db.articleNotes.bulkGet(keys), db.annotations.where('articleId').anyOf(keys).toArray()]);
      batch.forEach((article, j) => {
        const text = texts[j]?.text;
        if (text === undefined) return; // a row without text cannot be shown; the library flags it
        articles.push({
          article: { id: article.id, title: article.title, fileName: article.fileName },
          text,
          // An orphan (issue 14) has no place in this text: it is listed in the panel until placed.
          annotations: annotations.filter((a) => a.articleId === article.id && isLive(a) && !isOrphaned(a)),
          articleNote: liveNote(notes[j]),
        });
      });
      onProgress?.(Math.min(i + BATCH, chosen.length), chosen.length);
    }
    await addClaimLinks(db, articles, new Map(library.map((a) => [a.id, a.title])));
    const tags = await db.tags.orderBy('order').toArray();
    const entityIds = [...new Set(articles.flatMap((a) => a.annotations.flatMap((x) => (x.entityId ? [x.entityId] : []))))];
    const entities = (await db.entities.bulkGet(entityIds))
      .filter((e) => e !== undefined && !isDeleted(e))
      .map((e) => ({ id: e!.id, name: e!.name, latinName: e!.latinName, type: e!.type, aliases: e!.aliases, wikidataId: e!.wikidataId }));
    return { articles, tags, entities };
  });
}

/**
 * Gives each article the links of its claims (issue 13), read through the claim links' two
 * indexes for the report's claims only; a link is left out when either claim is no longer a live
 * claim, as the app hides it. The other claim may be in an article outside the report.
 */
async function addClaimLinks(db: IsnadDatabase, articles: ReportArticleInput[], titles: ReadonlyMap<string, string>): Promise<void> {
  const claimIds = articles.flatMap((a) => a.annotations.filter((row) => row.claim).map((row) => row.id));
  if (claimIds.length === 0) return;
  const [from, to] = await Promise.all([db.claimLinks.where('fromId').anyOf(claimIds).toArray(), db.claimLinks.where('toId').anyOf(claimIds).toArray()]);
  const links = [...new Map([...from, ...to].filter((link) => !isDeleted(link)).map((link) => [link.id, link])).values()].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  if (links.length === 0) return;
  const ends = [...new Set(links.flatMap((link) => [link.fromId, link.toId]))];
  const claims = new Map((await db.annotations.bulkGet(ends)).flatMap((row) => (isLive(row) && row.claim ? [[row.id, row] as const] : [])));
  const inReport = new Set(claimIds);
  const byClaim = new Map<string, ReportClaimLink[]>();
  for (const link of links) {
    if (!claims.has(link.fromId) || !claims.has(link.toId)) continue;
    for (const claimId of new Set([link.fromId, link.toId])) {
      if (!inReport.has(claimId)) continue;
      const seen = linkSeenFrom(link, claimId);
      const other = claims.get(seen.otherId)!;
      byClaim.set(claimId, [
        ...(byClaim.get(claimId) ?? []),
        { claimId, kind: seen.kind, outgoing: seen.outgoing, other: { id: other.id, exact: other.exact, articleTitle: titles.get(other.articleId) ?? '' } },
      ]);
    }
  }
  for (const article of articles) {
    const own = article.annotations.flatMap((row) => byClaim.get(row.id) ?? []);
    if (own.length) article.claimLinks = own;
  }
}
