/**
 * How imported data joins a library (issue 12, "Import that merges"), decided without touching
 * storage so the app (one IndexedDB transaction, renderer/db/mergeImport.ts) and the command line
 * (a bundle in memory, applyMerge.ts) merge alike:
 * - an article is the same article when its text is (the id is the text's SHA-256): never doubled;
 * - an annotation is the same when its id is, and then the newer version (updatedAt) stays — a
 *   deletion is a version too; one without a known id is the same as a live one with the same tag
 *   on the same span (formats like brat carry no ids);
 * - a span whose text is not its quote is placed again by quote and context, or orphaned
 *   (placeAnnotation.ts) — listed, never stored at a guess;
 * - tags are matched by id, then by either label, else added at the end of the palette;
 * - registry entities and claim links are the same when their id is, the newer version staying
 *   (mergeRecords.ts); a mention's link to an entity neither side has is dropped.
 */
import type { AnnotationRecord } from '../../annotation/annotation';
import type { ClaimLinkRecord } from '../../claims/claimLink';
import type { EntityRecord } from '../../entity/entity';
import { labelKey } from '../../annotation/tagLabels';
import type { TagDefinition } from '../../annotation/tagSet';
import { isDeleted, withoutDeletion, type ArticleNoteRecord, type ArticleRecord } from '../../model';
import { compareOrderKeys, keyBetween } from '../../order/orderKey';
import type { InterchangeData } from '../interchange';
import { planClaimLinks, planEntities } from './mergeRecords';
import { emptyMergeReport, type MergeReport } from './mergeReport';
import { placeAnnotation } from './placeAnnotation';

/** The part of the library an import can touch, read by the caller before planning. */
export interface ExistingLibrary {
  /** Every tag, tombstones included. */
  tags: readonly TagDefinition[];
  /** The stored articles among the incoming ones. */
  articles: ReadonlyMap<string, ArticleRecord>;
  /** Every stored annotation (tombstones included) of the incoming articles and with the incoming ids. */
  annotations: ReadonlyMap<string, AnnotationRecord>;
  /** The stored notes of the incoming articles, tombstones included. */
  notes: ReadonlyMap<string, ArticleNoteRecord>;
  /** The library's latest importedAt (new articles go after it, in the file's order). */
  lastImportedAt: number;
  /**
   * Article ids a `previousVersionId` may name besides the stored and incoming ones: when a big
   * import is planned a slice of articles at a time (renderer/db/mergeImport.ts), the whole file's.
   */
  alsoKnownArticleIds?: ReadonlySet<string>;
  /** The stored entities with the incoming entities' ids, tombstones included. */
  entities?: ReadonlyMap<string, EntityRecord>;
  /** Every stored entity id, when `entities` holds only some: a mention may name any of them. */
  entityIds?: ReadonlySet<string>;
  /**
   * The stored claim links with the incoming links' ids. Their claims must be among `annotations`
   * or imported (so `annotations` is the whole library's here; the app plans links on their own).
   */
  claimLinks?: ReadonlyMap<string, ClaimLinkRecord>;
}

export interface MergePlan {
  tags: TagDefinition[];
  articles: { article: ArticleRecord; text: string }[];
  annotations: AnnotationRecord[];
  notes: ArticleNoteRecord[];
  entities: EntityRecord[];
  claimLinks: ClaimLinkRecord[];
  /** Incoming annotation id → the stored one it was found to be (the same tag on the same span under another id). */
  sameAs: Map<string, string>;
  report: MergeReport;
}

const sameContent = (a: AnnotationRecord, b: AnnotationRecord) =>
  a.tagId === b.tagId &&
  a.start === b.start &&
  a.end === b.end &&
  a.note === b.note &&
  JSON.stringify(a.claim) === JSON.stringify(b.claim) &&
  a.entityId === b.entityId &&
  isDeleted(a) === isDeleted(b);

const spanKey = (articleId: string, tagId: string, start: number, end: number) => `${articleId}\u0000${tagId}\u0000${start}\u0000${end}`;

export function planMerge(incoming: InterchangeData, existing: ExistingLibrary, options: { source: string; now: number }): MergePlan {
  const report = emptyMergeReport(options.source);
  const plan: MergePlan = { tags: [], articles: [], annotations: [], notes: [], entities: [], claimLinks: [], sameAs: new Map(), report };
  const storedEntities = existing.entities ?? new Map<string, EntityRecord>();
  // A mention may name an entity stored or coming in (live: a deletion we never had is not brought in).
  const knownEntityIds = new Set([...(incoming.entities ?? []).filter((e) => !isDeleted(e)).map((e) => e.id), ...storedEntities.keys(), ...(existing.entityIds ?? [])]);

  // Tags: incoming id → our id.
  const tagMap = new Map<string, string>();
  const live = existing.tags.filter((t) => !isDeleted(t));
  const byId = new Map(existing.tags.map((t) => [t.id, t]));
  const byLabel = new Map<string, TagDefinition>();
  for (const t of live) for (const label of [t.labelEn, t.labelAr]) if (label.trim()) byLabel.set(labelKey(label), t);
  let lastOrder = [...existing.tags.map((t) => t.order)].sort(compareOrderKeys).at(-1) ?? null;
  const neededTags = new Set(incoming.articles.flatMap((a) => a.annotations.map((x) => x.tagId)));
  for (const tag of incoming.tags) {
    const sameId = byId.get(tag.id);
    const match = (sameId && !isDeleted(sameId) ? sameId : undefined) ?? byLabel.get(labelKey(tag.labelEn)) ?? (tag.labelAr.trim() ? byLabel.get(labelKey(tag.labelAr)) : undefined);
    if (match) {
      tagMap.set(tag.id, match.id);
      report.tags.matched++;
      continue;
    }
    if (isDeleted(tag) || !neededTags.has(tag.id)) continue; // a removed or unused tag is not brought in
    lastOrder = keyBetween(lastOrder, null);
    // An id we hold as a tombstone comes back live with the incoming labels; a new one keeps its id.
    const added: TagDefinition = { ...withoutDeletion(tag), order: lastOrder, updatedAt: Math.max(tag.updatedAt, sameId?.updatedAt ?? 0) };
    plan.tags.push(added);
    tagMap.set(tag.id, added.id);
    byLabel.set(labelKey(added.labelEn), added);
    report.tags.added.push(added.labelEn || added.labelAr);
  }

  // Live stored annotations by span, for files without ids.
  const liveBySpan = new Map<string, AnnotationRecord>();
  for (const a of existing.annotations.values()) if (!isDeleted(a)) liveBySpan.set(spanKey(a.articleId, a.tagId, a.start, a.end), a);

  const idMap = plan.sameAs;
  let importedAt = Math.max(existing.lastImportedAt, options.now - 1);
  const knownArticleIds = new Set([...existing.articles.keys(), ...incoming.articles.map((a) => a.article.id), ...(existing.alsoKnownArticleIds ?? [])]);
  const pending: AnnotationRecord[] = [];

  for (const { article, text, annotations, note } of incoming.articles) {
    const title = existing.articles.get(article.id)?.title ?? article.title;
    if (existing.articles.has(article.id)) report.articles.alreadyThere++;
    else {
      importedAt++;
      const previousVersionId = article.previousVersionId && knownArticleIds.has(article.previousVersionId) ? article.previousVersionId : null;
      plan.articles.push({ article: { ...article, importedAt, previousVersionId, length: text.length }, text });
      report.articles.added++;
    }

    for (const a of annotations) {
      const quote = a.exact;
      const tagId = tagMap.get(a.tagId);
      const ours = existing.annotations.get(a.id);
      if (ours && ours.articleId !== article.id) {
        // The same id on another text cannot be the same annotation: ours stays.
        report.annotations.keptOurs++;
        report.conflicts.push({ kind: 'kept-ours', articleId: ours.articleId, articleTitle: title, annotationId: ours.id, quote });
        continue;
      }
      if (tagId === undefined) {
        if (isDeleted(a)) report.annotations.skipped++;
        else {
          report.annotations.orphaned++;
          report.conflicts.push({ kind: 'orphaned', articleId: article.id, articleTitle: title, annotationId: a.id, quote, reason: 'unknown-tag' });
        }
        continue;
      }
      if (a.orphaned) {
        // An orphan travels as one (a bundle, a backup): kept as it is, never placed at a guess here
        // either; it waits in its article's orphan list. The newer version wins as for any other.
        const kept: AnnotationRecord = { ...a, articleId: article.id, tagId, start: 0, end: 0 };
        if (kept.entityId !== undefined && !knownEntityIds.has(kept.entityId)) delete kept.entityId;
        if (ours && kept.updatedAt <= ours.updatedAt) {
          if (!sameContent(ours, kept)) report.annotations.keptOurs++;
          else report.annotations.unchanged++;
        } else if (!ours && isDeleted(kept)) report.annotations.skipped++;
        else {
          pending.push(kept);
          if (ours) report.annotations.updated++;
          else report.annotations.added++;
        }
        continue;
      }
      const placement = placeAnnotation(text, a);
      if (placement.kind === 'orphaned') {
        if (isDeleted(a)) report.annotations.skipped++;
        else {
          report.annotations.orphaned++;
          report.conflicts.push({ kind: 'orphaned', articleId: article.id, articleTitle: title, annotationId: a.id, quote, reason: placement.reason });
        }
        continue;
      }
      const placed: AnnotationRecord = { ...a, articleId: article.id, tagId, start: placement.start, end: placement.end };
      // A link to an entity that came in neither way would point at nothing.
      if (placed.entityId !== undefined && !knownEntityIds.has(placed.entityId)) delete placed.entityId;
      if (placement.kind === 're-placed') {
        // The quote as the text writes it: placed by its folded form, it may differ in tashkeel.
        const around = { exact: text.slice(placed.start, placed.end), prefix: text.slice(Math.max(0, placed.start - 32), placed.start), suffix: text.slice(placed.end, placed.end + 32) };
        Object.assign(placed, around);
      }

      if (ours) {
        if (sameContent(ours, placed)) report.annotations.unchanged++;
        else if (placed.updatedAt > ours.updatedAt) {
          pending.push(placed);
          if (isDeleted(placed)) report.annotations.deleted++;
          else report.annotations.updated++;
          report.conflicts.push({ kind: 'took-theirs', articleId: article.id, articleTitle: title, annotationId: a.id, quote });
        } else {
          report.annotations.keptOurs++;
          report.conflicts.push({ kind: 'kept-ours', articleId: article.id, articleTitle: title, annotationId: a.id, quote });
        }
        continue;
      }
      if (isDeleted(placed)) {
        report.annotations.skipped++; // a deletion of something we never had
        continue;
      }
      const key = spanKey(article.id, tagId, placed.start, placed.end);
      const sameSpan = liveBySpan.get(key);
      if (sameSpan) {
        idMap.set(a.id, sameSpan.id);
        report.annotations.unchanged++;
        continue;
      }
      liveBySpan.set(key, placed);
      pending.push(placed);
      report.annotations.added++;
      if (placement.kind === 're-placed') {
        report.annotations.rePlaced++;
        report.conflicts.push({ kind: 're-placed', articleId: article.id, articleTitle: title, annotationId: a.id, quote });
      }
    }

    if (note) {
      const ours = existing.notes.get(article.id);
      if (!ours) {
        if (!isDeleted(note)) {
          plan.notes.push(note);
          report.notes.added++;
        }
      } else if (ours.note !== note.note || isDeleted(ours) !== isDeleted(note)) {
        if (note.updatedAt > ours.updatedAt) {
          plan.notes.push(note);
          report.notes.updated++;
        } else report.notes.keptOurs++;
      }
    }
  }

  // A claimant that was the same as one of ours is ours now; one that came in neither way is dropped.
  const storedIds = new Set([...existing.annotations.keys(), ...pending.map((a) => a.id)]);
  for (const a of pending) {
    const claimant = a.claim?.claimantAnnotationId;
    if (!a.claim || !claimant) continue;
    const mapped = idMap.get(claimant) ?? claimant;
    a.claim = { ...a.claim, claimantAnnotationId: storedIds.has(mapped) ? mapped : null };
  }
  plan.annotations = pending;
  plan.entities = planEntities(incoming.entities ?? [], storedEntities, report.entities);
  plan.claimLinks = planClaimLinks(
    incoming.claimLinks ?? [],
    existing.claimLinks ?? new Map(),
    (id) => {
      const mapped = idMap.get(id) ?? id;
      return storedIds.has(mapped) ? mapped : null;
    },
    report.claimLinks,
  );
  return plan;
}
