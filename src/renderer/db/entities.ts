/**
 * The entity registry's writes (issue 13): creating and editing entities, linking mentions to them,
 * merging and deleting. Each is one undoable step written in one read-write transaction with its
 * history entry (history.ts appendStep). Linking or unlinking mentions is a step of the mentions'
 * article, so undo in the reader takes it back; edits of the registry itself (rename, merge, delete)
 * span the corpus and are steps of CORPUS_HISTORY, undone from the entities view. The reads are in
 * entityReads.ts.
 */
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import { entityTypeOfTag, parseWikidataId, type EntityRecord, type EntityType } from '../../shared/entity/entity';
import { withAlias, withAliases } from '../../shared/entity/entityAliases';
import { isDeleted } from '../../shared/model';
import { isLive, liveAnnotation, writeAnnotationRows } from './annotationRows';
import type { IsnadDatabase } from './database';
import { appendStep, type Change, type EntityChange } from './history';
import { CORPUS_HISTORY } from './historyEntry';
import { analystName } from './settings';
import { writeSharedRows } from './sharedRows';

export { CORPUS_HISTORY };

/** What a new entity is made of; only the name and the type are required. */
export interface NewEntity {
  name: string;
  type: EntityType;
  latinName?: string;
  aliases?: readonly string[];
  /** A Wikidata id or its URL (parseWikidataId), or null. */
  wikidataId?: string | null;
  note?: string | null;
}

export type EntityPatch = Partial<Pick<EntityRecord, 'name' | 'latinName' | 'type' | 'aliases' | 'wikidataId' | 'note'>>;

/** Where a link or an unlink is undone: in the mention's article (the reader) or in the corpus (the entities view). */
export interface LinkOptions {
  history?: 'article' | 'corpus';
}

/** Why an entity write was refused, as a stable reason the interface translates. */
export type EntityProblem = 'name-required' | 'wikidata-invalid' | 'not-a-mention' | 'entity-gone' | 'mention-gone' | 'same-entity';

export class EntityWriteError extends Error {
  constructor(readonly problem: EntityProblem) {
    super(problem);
    this.name = 'EntityWriteError';
  }
}

/** Labels of the history steps (what undo takes back). */
export const ENTITY_STEPS = {
  create: 'entity-create',
  edit: 'entity-edit',
  link: 'entity-link',
  unlink: 'entity-unlink',
  merge: 'entity-merge',
  delete: 'entity-delete',
} as const;

const TABLES = (db: IsnadDatabase) => [db.annotations, db.entities, db.history];

const liveEntityRow = (row: EntityRecord | undefined): row is EntityRecord => !!row && !isDeleted(row);

/** The live entity with this id, or undefined (never made, merged away or deleted). */
export async function entityById(db: IsnadDatabase, id: string): Promise<EntityRecord | undefined> {
  const row = await db.entities.get(id);
  return liveEntityRow(row) ? row : undefined;
}

async function requireEntity(db: IsnadDatabase, id: string): Promise<EntityRecord> {
  const entity = await entityById(db, id);
  if (!entity) throw new EntityWriteError('entity-gone');
  return entity;
}

/** A live annotation whose tag names an entity (Person, Organisation, Place, Event). */
async function requireMention(db: IsnadDatabase, id: string): Promise<AnnotationRecord> {
  const row = await liveAnnotation(db, id);
  if (!row) throw new EntityWriteError('mention-gone');
  if (entityTypeOfTag(row.tagId) === null) throw new EntityWriteError('not-a-mention');
  return row;
}

function cleanName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new EntityWriteError('name-required');
  return clean;
}

function cleanWikidataId(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const id = parseWikidataId(value);
  if (!id) throw new EntityWriteError('wikidata-invalid');
  return id;
}

function newEntityRecord(input: NewEntity, author: string, now: number): EntityRecord {
  const name = cleanName(input.name);
  return {
    id: crypto.randomUUID(),
    name,
    latinName: (input.latinName ?? '').trim(),
    type: input.type,
    aliases: withAliases({ name, aliases: [] }, input.aliases ?? []),
    wikidataId: cleanWikidataId(input.wikidataId),
    note: input.note ?? null,
    createdAt: now,
    updatedAt: now,
    author,
  };
}

/** The mention as linked to `entityId` (or, with null, as linked to none). */
function relinked(row: AnnotationRecord, entityId: string | null, now: number): AnnotationRecord {
  const { entityId: _old, ...rest } = row;
  return entityId === null ? { ...rest, updatedAt: now } : { ...rest, entityId, updatedAt: now };
}

/** Writes the rows of a step and the step itself; inside the caller's transaction. */
async function writeStep(db: IsnadDatabase, articleId: string, label: string, changes: Change[], entityChanges: EntityChange[], author: string, now: number): Promise<void> {
  if (changes.length === 0 && entityChanges.length === 0) return;
  // Entities first: a mention is never written pointing at an entity not yet stored.
  await writeSharedRows(
    db.entities,
    entityChanges.map((c) => ({ id: c.id, row: c.after })),
    author,
    now,
  );
  await writeAnnotationRows(
    db,
    changes.map((c) => ({ id: c.id, row: c.after })),
    author,
    now,
  );
  await appendStep(db, { articleId, label, changes, entityChanges, author });
}

/** Creates an entity on its own (not from a mention): one step of the corpus. */
export async function createEntity(db: IsnadDatabase, input: NewEntity): Promise<EntityRecord> {
  const author = await analystName(db);
  const now = Date.now();
  const entity = newEntityRecord(input, author, now);
  // An async scope that awaits: Dexie keeps its transaction across native awaits only inside one.
  await db.transaction('rw', TABLES(db), async () => {
    await writeStep(db, CORPUS_HISTORY, ENTITY_STEPS.create, [], [{ id: entity.id, before: null, after: entity }], author, now);
  });
  return entity;
}

/**
 * Changes an entity's fields (rename, Latin name, type, aliases, Wikidata id, note): one step of the
 * corpus, or none when nothing changes. `patch` may be a function of the entity as stored, run
 * inside the transaction (adding an alias while another is being added loses neither).
 */
export async function updateEntity(db: IsnadDatabase, id: string, patch: EntityPatch | ((current: EntityRecord) => EntityPatch | null)): Promise<void> {
  const author = await analystName(db);
  await db.transaction('rw', TABLES(db), async () => {
    const before = await requireEntity(db, id);
    const resolved = typeof patch === 'function' ? patch(before) : patch;
    if (!resolved) return;
    const now = Date.now();
    const after: EntityRecord = { ...before, ...resolved, updatedAt: now };
    if (resolved.name !== undefined) after.name = cleanName(resolved.name);
    if (resolved.latinName !== undefined) after.latinName = resolved.latinName.trim();
    if (resolved.wikidataId !== undefined) after.wikidataId = cleanWikidataId(resolved.wikidataId);
    // A spelling the new name (or another alias) already covers is dropped.
    after.aliases = withAliases({ name: after.name, aliases: [] }, after.aliases);
    const same = (['name', 'latinName', 'type', 'wikidataId', 'note'] as const).every((k) => after[k] === before[k]) && after.aliases.join('\n') === before.aliases.join('\n');
    if (same) return;
    await writeStep(db, CORPUS_HISTORY, ENTITY_STEPS.edit, [], [{ id, before, after }], author, now);
  });
}

/**
 * Links mentions (annotations whose tag names an entity) to an existing entity, as one step; each
 * mention's text joins the aliases unless a name or alias already folds to it. The step belongs to
 * the mentions' article when they share one (the reader undoes it), else to the corpus. Mentions
 * already linked to it are left as they are.
 */
export async function linkMentions(db: IsnadDatabase, annotationIds: readonly string[], entityId: string, options: LinkOptions = {}): Promise<void> {
  const author = await analystName(db);
  await db.transaction('rw', TABLES(db), async () => {
    const entity = await requireEntity(db, entityId);
    const mentions = await Promise.all(annotationIds.map((id) => requireMention(db, id)));
    const now = Date.now();
    const { changes, entityChanges } = linkChanges(entity, mentions, now);
    await writeStep(db, historyOf(mentions, options), ENTITY_STEPS.link, changes, entityChanges, author, now);
  });
}

/**
 * The rows of linking `mentions` to `entity`, for a step its caller writes (accepting "find all"
 * suggestions makes the annotations and links them in one step): each mention not linked to it yet,
 * linked, and the entity with their texts among its aliases (no entity change when none is new).
 */
export function linkChanges(entity: EntityRecord, mentions: readonly AnnotationRecord[], now = Date.now()): { changes: Change[]; entityChanges: EntityChange[] } {
  const moved = mentions.filter((m) => m.entityId !== entity.id);
  const aliases = withAliases(
    entity,
    moved.map((m) => m.exact),
  );
  return {
    changes: moved.map((m) => ({ id: m.id, before: m, after: relinked(m, entity.id, now) })),
    entityChanges: aliases === entity.aliases ? [] : [{ id: entity.id, before: entity, after: { ...entity, aliases, updatedAt: now } }],
  };
}

/** Links one mention to an existing entity (see linkMentions). */
export function linkMention(db: IsnadDatabase, annotationId: string, entityId: string, options: LinkOptions = {}): Promise<void> {
  return linkMentions(db, [annotationId], entityId, options);
}

/**
 * Makes a new entity from mentions and links them to it, in one step (see linkMentions for whose):
 * by default named after the first mention's text and typed after its tag.
 */
export async function linkMentionsToNewEntity(db: IsnadDatabase, annotationIds: readonly string[], input: Partial<NewEntity> = {}, options: LinkOptions = {}): Promise<EntityRecord> {
  const author = await analystName(db);
  return db.transaction('rw', TABLES(db), async () => {
    const mentions = await Promise.all(annotationIds.map((id) => requireMention(db, id)));
    const first = mentions[0];
    if (!first) throw new EntityWriteError('mention-gone');
    const now = Date.now();
    const name = input.name ?? first.exact;
    const entity = newEntityRecord({ ...input, name, type: input.type ?? entityTypeOfTag(first.tagId)!, aliases: [...(input.aliases ?? []), ...mentions.map((m) => m.exact)] }, author, now);
    const changes = mentions.map((m) => ({ id: m.id, before: m, after: relinked(m, entity.id, now) }));
    await writeStep(db, historyOf(mentions, options), ENTITY_STEPS.create, changes, [{ id: entity.id, before: null, after: entity }], author, now);
    return entity;
  });
}

/** Makes a new entity from one mention and links it (see linkMentionsToNewEntity). */
export function linkMentionToNewEntity(db: IsnadDatabase, annotationId: string, input: Partial<NewEntity> = {}, options: LinkOptions = {}): Promise<EntityRecord> {
  return linkMentionsToNewEntity(db, [annotationId], input, options);
}

/** The mention is no longer linked to any entity (one step; its text stays among the entity's aliases). */
export async function unlinkMention(db: IsnadDatabase, annotationId: string, options: LinkOptions = {}): Promise<void> {
  const author = await analystName(db);
  await db.transaction('rw', TABLES(db), async () => {
    const mention = await liveAnnotation(db, annotationId);
    if (!mention?.entityId) return;
    const now = Date.now();
    await writeStep(db, historyOf([mention], options), ENTITY_STEPS.unlink, [{ id: mention.id, before: mention, after: relinked(mention, null, now) }], [], author, now);
  });
}

/**
 * Splits a mention off its entity: to no entity (`to` null), or to a new entity made from it (named
 * after its text unless `to` says otherwise). One step.
 */
export async function splitMention(db: IsnadDatabase, annotationId: string, to: Partial<NewEntity> | null, options: LinkOptions = {}): Promise<EntityRecord | null> {
  if (to === null) {
    await unlinkMention(db, annotationId, options);
    return null;
  }
  return linkMentionToNewEntity(db, annotationId, to, options);
}

/**
 * Merges entity `sourceId` into `targetId` as one step of the corpus: the source's mentions are
 * linked to the target, its name and aliases join the target's aliases, a Latin name, Wikidata id
 * or note the target lacks is taken from it, and the source is deleted (a tombstone).
 */
export async function mergeEntities(db: IsnadDatabase, targetId: string, sourceId: string): Promise<void> {
  if (targetId === sourceId) throw new EntityWriteError('same-entity');
  const author = await analystName(db);
  await db.transaction('rw', TABLES(db), async () => {
    const [target, source] = [await requireEntity(db, targetId), await requireEntity(db, sourceId)];
    const mentions = (await db.annotations.where('entityId').equals(sourceId).toArray()).filter(isLive);
    const now = Date.now();
    const after: EntityRecord = {
      ...target,
      aliases: withAliases(target, [source.name, ...source.aliases]),
      latinName: target.latinName || source.latinName,
      wikidataId: target.wikidataId ?? source.wikidataId,
      note: target.note ?? source.note,
      updatedAt: now,
    };
    await writeStep(
      db,
      CORPUS_HISTORY,
      ENTITY_STEPS.merge,
      mentions.map((m) => ({ id: m.id, before: m, after: relinked(m, targetId, now) })),
      [
        { id: targetId, before: target, after },
        { id: sourceId, before: source, after: null },
      ],
      author,
      now,
    );
  });
}

/** Deletes an entity as one step of the corpus: its mentions stay, as annotations linked to none. */
export async function deleteEntity(db: IsnadDatabase, entityId: string): Promise<void> {
  const author = await analystName(db);
  await db.transaction('rw', TABLES(db), async () => {
    const entity = await requireEntity(db, entityId);
    const mentions = (await db.annotations.where('entityId').equals(entityId).toArray()).filter(isLive);
    const now = Date.now();
    await writeStep(
      db,
      CORPUS_HISTORY,
      ENTITY_STEPS.delete,
      mentions.map((m) => ({ id: m.id, before: m, after: relinked(m, null, now) })),
      [{ id: entityId, before: entity, after: null }],
      author,
      now,
    );
  });
}

/** Adds one spelling to the aliases (unless it folds to one there): a step of the corpus. */
export function addEntityAlias(db: IsnadDatabase, entityId: string, alias: string): Promise<void> {
  return updateEntity(db, entityId, (current) => {
    const aliases = withAlias(current, alias);
    return aliases === current.aliases ? null : { aliases };
  });
}

/** Removes one alias (as written): a step of the corpus. */
export function removeEntityAlias(db: IsnadDatabase, entityId: string, alias: string): Promise<void> {
  return updateEntity(db, entityId, (current) => (current.aliases.includes(alias) ? { aliases: current.aliases.filter((a) => a !== alias) } : null));
}

/** Whose history a link or an unlink goes into: the one article the mentions share, or the corpus. */
function historyOf(mentions: readonly AnnotationRecord[], options: LinkOptions): string {
  const articles = new Set(mentions.map((m) => m.articleId));
  return options.history === 'corpus' || articles.size !== 1 ? CORPUS_HISTORY : [...articles][0]!;
}
