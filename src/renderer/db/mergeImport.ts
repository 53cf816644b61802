/**
 * Merges imported data into the library in ONE read-write transaction (issue 12): the plan is
 * made from what is stored at that moment (shared/interchange/merge/mergePlan.ts) and written in
 * the same transaction, so an import is whole or absent — a failure anywhere rolls it all back.
 * Imports are not undo steps (the history is per article and per edit); the report says what
 * changed, and the bundle exported before an import is the way back. Entities and claim links are
 * planned once, after every slice of articles (a link may join claims of any two slices).
 */
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import type { InterchangeData } from '../../shared/interchange/interchange';
import { isDeleted } from '../../shared/model';
import { planMerge } from '../../shared/interchange/merge/mergePlan';
import { planClaimLinks, planEntities } from '../../shared/interchange/merge/mergeRecords';
import { addReports, type MergeReport } from '../../shared/interchange/merge/mergeReport';
import type { IsnadDatabase } from './database';

/** Articles planned and written per step: what is read of the library at once stays this small. */
const SLICE = 200;

export function mergeIntoLibrary(db: IsnadDatabase, incoming: InterchangeData, options: { source: string; now: number }): Promise<MergeReport> {
  return db.transaction('rw', [db.articles, db.articleTexts, db.annotations, db.articleNotes, db.tags, db.entities, db.claimLinks], async () => {
    // Every read is a getAll or parallel gets: Dexie walks `anyOf` with a cursor, one round trip to
    // IndexedDB per row, which made re-importing the 40,000-annotation bench bundle take seconds.
    const incomingEntities = incoming.entities ?? [];
    const incomingLinks = incoming.claimLinks ?? [];
    const [storedIds, latest, entityIds, storedEntities, storedLinks] = await Promise.all([
      db.annotations.toCollection().primaryKeys(),
      db.articles.orderBy('importedAt').last(),
      db.entities.toCollection().primaryKeys(),
      db.entities.bulkGet(incomingEntities.map((e) => e.id)),
      db.claimLinks.bulkGet(incomingLinks.map((l) => l.id)),
    ]);
    const known = new Set(storedIds);
    // A mention may name an entity stored or coming in (live: a deletion we never had is not brought in).
    const knownEntities = new Set([...entityIds, ...incomingEntities.filter((e) => !isDeleted(e)).map((e) => e.id)]);
    // For the links: incoming claim ids that were the same as stored ones, and the ids written.
    const sameAs = new Map<string, string>();
    const written = new Set<string>();
    const allIncoming = new Set(incoming.articles.map((a) => a.article.id));
    let tags = await db.tags.toArray();
    let lastImportedAt = latest?.importedAt ?? 0;
    let report: MergeReport | null = null;
    // Planned a slice at a time (still one transaction: all or nothing), so the library's side of
    // a 2,000-article import is never all in memory at once beside the file's.
    for (let i = 0; i < Math.max(1, incoming.articles.length); i += SLICE) {
      const slice = incoming.articles.slice(i, i + SLICE);
      const articleIds = slice.map((a) => a.article.id);
      const [articles, notes] = await Promise.all([db.articles.bulkGet(articleIds), db.articleNotes.bulkGet(articleIds)]);
      const present = articleIds.filter((_, j) => articles[j] !== undefined);
      const inArticles = await Promise.all(present.map((id) => db.annotations.where('articleId').equals(id).toArray()));
      const annotations = new Map<string, AnnotationRecord>();
      for (const list of inArticles) for (const a of list) annotations.set(a.id, a);
      // An incoming id stored on another article (the plan keeps ours): read those few rows too.
      const elsewhere = slice.flatMap((a) => a.annotations.map((x) => x.id)).filter((id) => known.has(id) && !annotations.has(id));
      for (const a of elsewhere.length ? await db.annotations.bulkGet(elsewhere) : []) if (a) annotations.set(a.id, a);
      const plan = planMerge(
        // Entities and links are planned once, below.
        { ...incoming, articles: slice, entities: [], claimLinks: [] },
        {
          tags,
          articles: new Map(articles.flatMap((a) => (a ? [[a.id, a] as const] : []))),
          annotations,
          notes: new Map(notes.flatMap((n) => (n ? [[n.articleId, n] as const] : []))),
          lastImportedAt,
          alsoKnownArticleIds: allIncoming,
          entityIds: knownEntities,
        },
        options,
      );
      if (plan.tags.length) await db.tags.bulkPut(plan.tags);
      if (plan.articles.length) {
        await db.articles.bulkAdd(plan.articles.map((a) => a.article));
        await db.articleTexts.bulkAdd(plan.articles.map((a) => ({ id: a.article.id, text: a.text })));
      }
      if (plan.annotations.length) await db.annotations.bulkPut(plan.annotations);
      if (plan.notes.length) await db.articleNotes.bulkPut(plan.notes);
      for (const a of plan.annotations) written.add(a.id);
      for (const [theirs, ours] of plan.sameAs) sameAs.set(theirs, ours);
      tags = [...tags.filter((t) => !plan.tags.some((p) => p.id === t.id)), ...plan.tags];
      for (const { article } of plan.articles) lastImportedAt = Math.max(lastImportedAt, article.importedAt);
      report = report ? addReports(report, plan.report) : plan.report;
    }
    const merged = report!;
    const entities = planEntities(incomingEntities, new Map(storedEntities.flatMap((e) => (e ? [[e.id, e] as const] : []))), merged.entities);
    if (entities.length) await db.entities.bulkPut(entities);
    const claimOf = (id: string) => {
      const mapped = sameAs.get(id) ?? id;
      return known.has(mapped) || written.has(mapped) ? mapped : null;
    };
    const links = planClaimLinks(incomingLinks, new Map(storedLinks.flatMap((l) => (l ? [[l.id, l] as const] : []))), claimOf, merged.claimLinks);
    if (links.length) await db.claimLinks.bulkPut(links);
    return merged;
  });
}
