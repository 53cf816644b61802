/**
 * "Find all mentions" in the database (issue 13): finding suggestions in one article or the corpus,
 * remembering rejected ones, and accepting them as linked annotations in one undoable step.
 */
import { quoteOf } from '../../shared/annotation/snapSpan';
import { compileAliases, findAliasMatches } from '../../shared/arabic/aliasMatcher';
import { entityTypeOfTag, type EntityRecord } from '../../shared/entity/entity';
import { rejectionOwner, suggestionsAmong, suggestionsIn, type ArticleMentions, type MentionSearch, type MentionSuggestion } from '../../shared/entity/mentionSuggestions';
import { rejectedMentionId } from '../../shared/entity/rejectedMention';
import { foldArabic } from '../../shared/arabic/normalize';
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import { isLive } from './annotationRows';
import type { IsnadDatabase } from './database';
import { appendStep, type Change, type EntityChange } from './history';
import { CORPUS_HISTORY } from './historyEntry';

/** The rejections remembered for this search's entity (or fresh annotation). */
async function rejectedFor(db: IsnadDatabase, search: MentionSearch): Promise<Set<string>> {
  return new Set(await db.rejectedMentions.where('entityId').equals(rejectionOwner(search)).primaryKeys());
}

/**
 * The annotations that decide which matches are suggestions — mentions of the entity and annotations
 * of the search's tag — by article. For one article, its rows; for many (or all, `[]`), two index
 * reads over the corpus (tag, entity) rather than one read per article.
 */
async function relevantAnnotations(db: IsnadDatabase, search: MentionSearch, articleIds: readonly string[]): Promise<Map<string, AnnotationRecord[]>> {
  // One article: its rows. Several, or the whole corpus (no ids): two index reads.
  const rows =
    articleIds.length === 1
      ? await db.annotations.where('articleId').equals(articleIds[0]!).toArray()
      : [
          ...(await db.annotations.where('tagId').equals(search.tagId).toArray()),
          ...(search.entityId ? (await db.annotations.where('entityId').equals(search.entityId).toArray()).filter((a) => a.tagId !== search.tagId) : []),
        ];
  const byArticle = new Map<string, AnnotationRecord[]>();
  for (const row of rows) {
    if (!isLive(row)) continue;
    const list = byArticle.get(row.articleId);
    if (list) list.push(row);
    else byArticle.set(row.articleId, [row]);
  }
  return byArticle;
}

/** The suggestions for `search` in the given articles, in their order and by position within each. */
export async function findSuggestions(db: IsnadDatabase, search: MentionSearch, articleIds: readonly string[]): Promise<MentionSuggestion[]> {
  const matcher = compileAliases(search.names);
  const [rejected, texts, annotations] = await Promise.all([rejectedFor(db, search), db.articleTexts.bulkGet([...articleIds]), relevantAnnotations(db, search, articleIds)]);
  const found: MentionSuggestion[] = [];
  for (const row of texts) {
    if (!row) continue;
    const matches = findAliasMatches(row.text, matcher);
    if (matches.length === 0) continue;
    found.push(...suggestionsIn({ id: row.id, text: row.text }, annotations.get(row.id) ?? [], matches, search, rejected));
  }
  return found;
}

/**
 * The suggestions among matches found elsewhere (by the corpus search's worker, which keeps every
 * text): what is tagged or was rejected set aside, in library order, then by position. The reads
 * here start at once and run while the matches are being found (`found` is awaited after).
 */
export async function suggestionsFromMentions(db: IsnadDatabase, search: MentionSearch, found: Promise<readonly ArticleMentions[]>): Promise<MentionSuggestion[]> {
  const [rejected, annotations, order, articles] = await Promise.all([rejectedFor(db, search), relevantAnnotations(db, search, []), db.articles.orderBy('importedAt').primaryKeys(), found]);
  const byArticle = new Map(articles.map((a) => [a.articleId, a.mentions]));
  const suggestions: MentionSuggestion[] = [];
  for (const articleId of order) {
    const mentions = byArticle.get(articleId);
    if (mentions) suggestions.push(...suggestionsAmong(articleId, annotations.get(articleId) ?? [], mentions, search, rejected));
  }
  return suggestions;
}

/** Remembers the suggestions as rejected: they are not proposed again for this entity (or annotation text). */
export async function rejectSuggestions(db: IsnadDatabase, search: MentionSearch, suggestions: readonly MentionSuggestion[], author: string): Promise<void> {
  const owner = rejectionOwner(search);
  const now = Date.now();
  await db.rejectedMentions.bulkPut(
    suggestions.map((s) => ({ id: rejectedMentionId(owner, s.articleId, s.start, s.end), entityId: owner, articleId: s.articleId, start: s.start, end: s.end, createdAt: now, author })),
  );
}

/** Rejections made before the entity existed (for the annotation's text) hold for the entity made from it. */
async function carryRejections(db: IsnadDatabase, from: string, to: string): Promise<void> {
  const rows = await db.rejectedMentions.where('entityId').equals(from).toArray();
  await db.rejectedMentions.bulkPut(rows.map((r) => ({ ...r, id: rejectedMentionId(to, r.articleId, r.start, r.end), entityId: to })));
}

export interface AcceptOutcome {
  /** The entity the accepted mentions are linked to (made now when the search began from an unlinked annotation), or null. */
  entityId: string | null;
  /** The annotations created or linked, by id. */
  annotationIds: string[];
}

/**
 * Accepts suggestions as one undoable step: each becomes an annotation of the search's tag linked to
 * its entity (or, when an unlinked annotation of the tag already covers exactly the span, that one is
 * linked). A search from an annotation that has no entity yet, of a tag that names one, first makes
 * the entity — named by that annotation's text — and links the annotation too. The step belongs to
 * the one article touched, or to the corpus when several are.
 */
export async function acceptSuggestions(
  db: IsnadDatabase,
  search: MentionSearch,
  suggestions: readonly MentionSuggestion[],
  author: string,
  source: AnnotationRecord | null = null,
): Promise<AcceptOutcome> {
  if (suggestions.length === 0) return { entityId: search.entityId, annotationIds: [] };
  return db.transaction('rw', [db.annotations, db.articleTexts, db.history, db.entities, db.rejectedMentions], async () => {
    const now = Date.now();
    const changes: Change[] = [];
    const entityChanges: EntityChange[] = [];
    let entityId = search.entityId;
    const type = entityTypeOfTag(search.tagId);
    if (!entityId && source && type) {
      const entity: EntityRecord = { id: crypto.randomUUID(), name: source.exact, latinName: '', type, aliases: [], wikidataId: null, note: null, createdAt: now, updatedAt: now, author };
      entityChanges.push({ id: entity.id, before: null, after: entity });
      await db.entities.add(entity);
      entityId = entity.id;
      await carryRejections(db, rejectionOwner(search), entity.id);
      const current = await db.annotations.get(source.id);
      if (isLive(current) && !current.entityId) changes.push({ id: current.id, before: current, after: { ...current, entityId, updatedAt: now } });
    }
    const texts = new Map((await db.articleTexts.bulkGet([...new Set(suggestions.map((s) => s.articleId))])).flatMap((row) => (row ? [[row.id, row.text] as const] : [])));
    for (const suggestion of suggestions) {
      const text = texts.get(suggestion.articleId);
      if (text === undefined || text.slice(suggestion.start, suggestion.end) !== suggestion.text) continue; // the article went or changed meanwhile
      if (suggestion.existingId) {
        const current = await db.annotations.get(suggestion.existingId);
        if (isLive(current) && !current.entityId && entityId) changes.push({ id: current.id, before: current, after: { ...current, entityId, updatedAt: now } });
        continue;
      }
      const record: AnnotationRecord = {
        id: crypto.randomUUID(),
        articleId: suggestion.articleId,
        tagId: search.tagId,
        start: suggestion.start,
        end: suggestion.end,
        ...quoteOf(text, suggestion),
        note: null,
        claim: null,
        ...(entityId ? { entityId } : {}),
        createdAt: now,
        updatedAt: now,
        author,
      };
      changes.push({ id: record.id, before: null, after: record });
    }
    if (entityId) {
      const entity = await db.entities.get(entityId);
      if (entity) {
        const known = new Set([entity.name, ...entity.aliases].map(foldArabic));
        const added = [...new Set(suggestions.map((s) => s.text))].filter((name) => !known.has(foldArabic(name)) && (known.add(foldArabic(name)), true));
        if (added.length) {
          const after = { ...entity, aliases: [...entity.aliases, ...added], updatedAt: now };
          const made = entityChanges.find((c) => c.id === entityId);
          if (made) made.after = after;
          else entityChanges.push({ id: entityId, before: entity, after });
          await db.entities.put(after);
        }
      }
    }
    await db.annotations.bulkPut(changes.map((c) => c.after!));
    const articles = new Set(changes.map((c) => c.after!.articleId));
    const articleId = articles.size === 1 ? [...articles][0]! : CORPUS_HISTORY;
    await appendStep(db, { articleId, label: 'accept mentions', changes, entityChanges, author });
    return { entityId, annotationIds: changes.map((c) => c.id) };
  });
}
