/**
 * Reads of the entity registry (issue 13): every entity with its counts, one entity's mentions across
 * the corpus with their sentences and the claims around them, and the entity each mention names.
 * Mentions are found through the `entityId` index (schema v6), so only linked annotations are read;
 * an entity's page reads the annotations and texts of the articles it is mentioned in, no others.
 */
import { compareReadingOrder, type AnnotationRecord } from '../../shared/annotation/annotation';
import { entityTypeOfTag, type EntityRecord } from '../../shared/entity/entity';
import { inSentence, type InSentence } from '../../shared/entity/mentionSentence';
import { isDeleted } from '../../shared/model';
import { isPlaced } from './annotationRows';
import type { IsnadDatabase } from './database';

/** A live annotation whose tag names an entity and that is linked to one. */
export const isLinkedMention = (row: AnnotationRecord | undefined): row is AnnotationRecord & { entityId: string } =>
  isPlaced(row) && typeof row.entityId === 'string' && entityTypeOfTag(row.tagId) !== null;

export interface EntitySummary {
  entity: EntityRecord;
  mentions: number;
  articles: number;
}

/** Every live entity (by name), with how many mentions link to it and in how many articles. */
export function listEntities(db: IsnadDatabase): Promise<EntitySummary[]> {
  return db.transaction('r', db.entities, db.annotations, async () => {
    const entities = (await db.entities.toArray()).filter((e) => !isDeleted(e));
    const mentions = (
      await db.annotations
        .where('entityId')
        .anyOf(entities.map((e) => e.id))
        .toArray()
    ).filter(isLinkedMention);
    const counts = new Map<string, { mentions: number; articles: Set<string> }>();
    for (const m of mentions) {
      const count = counts.get(m.entityId) ?? { mentions: 0, articles: new Set<string>() };
      count.mentions++;
      count.articles.add(m.articleId);
      counts.set(m.entityId, count);
    }
    return entities
      .sort((a, b) => a.name.localeCompare(b.name, 'ar') || a.id.localeCompare(b.id))
      .map((entity) => ({ entity, mentions: counts.get(entity.id)?.mentions ?? 0, articles: counts.get(entity.id)?.articles.size ?? 0 }));
  });
}

export interface MentionRow {
  annotation: AnnotationRecord;
  articleTitle: string;
  sentence: InSentence;
}

export interface ClaimRow {
  claim: AnnotationRecord;
  articleTitle: string;
  /** The mention of this entity the row is about: the claimant, or the mention inside the claim. */
  mention: AnnotationRecord;
}

export interface EntityPage {
  entity: EntityRecord;
  /** In library order, then reading order. */
  mentions: MentionRow[];
  /** Claims whose claimant is one of its mentions. */
  claimsMade: ClaimRow[];
  /** Claims whose span holds one of its mentions. */
  claimsAbout: ClaimRow[];
}

/** One entity with its mentions across the corpus, each in its sentence, and the claims it makes and is in; undefined when it is gone. */
export function entityPage(db: IsnadDatabase, entityId: string): Promise<EntityPage | undefined> {
  return db.transaction('r', [db.entities, db.annotations, db.articles, db.articleTexts], async () => {
    const entity = await db.entities.get(entityId);
    if (!entity || isDeleted(entity)) return undefined;
    const mentions = (await db.annotations.where('entityId').equals(entityId).toArray()).filter(isLinkedMention);
    const articleIds = [...new Set(mentions.map((m) => m.articleId))];
    const [articles, texts, rows] = await Promise.all([
      db.articles.bulkGet(articleIds),
      db.articleTexts.bulkGet(articleIds),
      articleIds.length ? db.annotations.where('articleId').anyOf(articleIds).toArray() : Promise.resolve([]),
    ]);
    const order = new Map(articleIds.map((id, i) => [id, articles[i]?.importedAt ?? 0]));
    const title = new Map(articleIds.map((id, i) => [id, articles[i]?.title ?? '']));
    const text = new Map(articleIds.map((id, i) => [id, texts[i]?.text ?? '']));
    const byArticle = (a: AnnotationRecord, b: AnnotationRecord) => order.get(a.articleId)! - order.get(b.articleId)! || a.articleId.localeCompare(b.articleId) || compareReadingOrder(a, b);
    mentions.sort(byArticle);
    const mentionById = new Map(mentions.map((m) => [m.id, m]));
    const claims = rows.filter((a) => isPlaced(a) && a.claim).sort(byArticle);
    const claimsMade: ClaimRow[] = [];
    const claimsAbout: ClaimRow[] = [];
    for (const claim of claims) {
      const claimant = claim.claim!.claimantAnnotationId ? mentionById.get(claim.claim!.claimantAnnotationId) : undefined;
      if (claimant) claimsMade.push({ claim, articleTitle: title.get(claim.articleId)!, mention: claimant });
      const inside = mentions.find((m) => m.articleId === claim.articleId && claim.start <= m.start && m.end <= claim.end);
      if (inside) claimsAbout.push({ claim, articleTitle: title.get(claim.articleId)!, mention: inside });
    }
    return {
      entity,
      mentions: mentions.map((annotation) => ({ annotation, articleTitle: title.get(annotation.articleId)!, sentence: inSentence(text.get(annotation.articleId)!, annotation.start, annotation.end) })),
      claimsMade,
      claimsAbout,
    };
  });
}

/**
 * The live entity each of these annotations is linked to, by annotation id (annotations not linked,
 * or linked to an entity since deleted, are left out). For the claims view: a claimant's entity.
 */
export function entityNamesByMention(db: IsnadDatabase, annotationIds: readonly string[]): Promise<Map<string, { entityId: string; name: string }>> {
  return db.transaction('r', db.entities, db.annotations, async () => {
    const rows = (await db.annotations.bulkGet([...annotationIds])).filter(isLinkedMention);
    const entityIds = [...new Set(rows.map((r) => r.entityId))];
    const entities = new Map((await db.entities.bulkGet(entityIds)).filter((e): e is EntityRecord => !!e && !isDeleted(e)).map((e) => [e.id, e]));
    const names = new Map<string, { entityId: string; name: string }>();
    for (const row of rows) {
      const entity = entities.get(row.entityId);
      if (entity) names.set(row.id, { entityId: entity.id, name: entity.name });
    }
    return names;
  });
}

/** Every live entity, for completion (no counts). */
export async function liveEntities(db: IsnadDatabase): Promise<EntityRecord[]> {
  return (await db.entities.toArray()).filter((e) => !isDeleted(e));
}
