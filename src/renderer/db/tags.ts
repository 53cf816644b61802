/** The editable tag set. The defaults are written on first use so every tag has a stable id. */
import { defaultClaimFields, type AnnotationRecord } from '../../shared/annotation/annotation';
import { cleanLabel, tagLabelsProblem, type TagLabelProblem } from '../../shared/annotation/tagLabels';
import { defaultTags, type TagDefinition, type TagFields } from '../../shared/annotation/tagSet';
import { isDeleted, markedDeleted } from '../../shared/model';
import { keyBetween } from '../../shared/order/orderKey';
import { isLive, liveArticleRows, writeAnnotationRows } from './annotationRows';
import type { IsnadDatabase } from './database';
import { appendStep, type Change } from './history';
import { analystName } from './settings';
import { activeTags, keyAtEnd } from './tagRows';

export async function ensureDefaultTags(db: IsnadDatabase): Promise<void> {
  const author = await analystName(db);
  await db.transaction('rw', db.tags, async () => {
    if ((await db.tags.count()) === 0) await db.tags.bulkAdd(defaultTags(Date.now(), author));
  });
}

/** The tag set as the analyst sees it (removed tags keep a row for undo; see tagRows.ts). */
export function listTags(db: IsnadDatabase): Promise<TagDefinition[]> {
  return activeTags(db);
}

/** Labels refused by the tag set's rules (see tagLabelsProblem); the editor checks first, this is the last word. */
export class TagLabelError extends Error {
  constructor(readonly problem: TagLabelProblem) {
    super(`tag label: ${problem.problem}`);
    this.name = 'TagLabelError';
  }
}

/** Adds a tag at the end of the palette, stamped with the analyst's name. */
export async function addTag(db: IsnadDatabase, tag: TagFields): Promise<TagDefinition> {
  const author = await analystName(db);
  return db.transaction('rw', db.tags, async () => {
    const tags = await activeTags(db);
    const labels = { labelEn: cleanLabel(tag.labelEn), labelAr: cleanLabel(tag.labelAr) };
    const problem = tagLabelsProblem(labels, tags);
    if (problem) throw new TagLabelError(problem);
    const now = Date.now();
    const { labelEn: _en, labelAr: _ar, ...fields } = tag;
    const created: TagDefinition = { ...fields, ...labels, id: crypto.randomUUID(), order: await keyAtEnd(db), createdAt: now, updatedAt: now, author };
    await db.tags.add(created);
    return created;
  });
}

export async function updateTag(db: IsnadDatabase, id: string, patch: Partial<Pick<TagDefinition, 'labelEn' | 'labelAr' | 'color'>>): Promise<void> {
  await db.transaction('rw', db.tags, async () => {
    const current = await db.tags.get(id);
    if (!current || isDeleted(current)) return;
    if (patch.labelEn === undefined && patch.labelAr === undefined) {
      await db.tags.update(id, { ...patch, updatedAt: Date.now() });
      return;
    }
    const labels = { labelEn: cleanLabel(patch.labelEn ?? current.labelEn), labelAr: cleanLabel(patch.labelAr ?? current.labelAr) };
    const problem = tagLabelsProblem(labels, await activeTags(db), id);
    if (problem) throw new TagLabelError(problem);
    await db.tags.update(id, { ...patch, ...labels, updatedAt: Date.now() });
  });
}

/**
 * Moves a tag one place up or down the palette (changing which number key it answers to). Only
 * the moved tag is written: it takes a key between its new neighbours.
 */
export async function moveTag(db: IsnadDatabase, id: string, delta: -1 | 1): Promise<void> {
  await db.transaction('rw', db.tags, async () => {
    const tags = await activeTags(db);
    const i = tags.findIndex((t) => t.id === id);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= tags.length) return;
    // The neighbours it goes between: the one it passes, and the one beyond that.
    const [low, high] = delta < 0 ? [tags[j - 1], tags[j]] : [tags[j], tags[j + 1]];
    await db.tags.update(id, { order: keyBetween(low?.order ?? null, high?.order ?? null), updatedAt: Date.now() });
  });
}

/** How many live annotations use the tag. */
export function tagUsage(db: IsnadDatabase, id: string): Promise<number> {
  return db.annotations.where('tagId').equals(id).filter(isLive).count();
}

/**
 * Removes a tag. Its annotations are either moved to another tag or deleted, as the analyst chose;
 * a tag still in use is never removed silently. Each article that loses or changes annotations gets
 * an undoable step (undo is per article), and undoing any of them brings the tag back. The tag and
 * deleted annotations become tombstones.
 */
export async function removeTag(db: IsnadDatabase, id: string, annotations: { moveTo: string } | 'delete', label = 'remove tag'): Promise<void> {
  const author = await analystName(db);
  await db.transaction('rw', db.tags, db.annotations, db.history, async () => {
    const tag = await db.tags.get(id);
    if (!tag || isDeleted(tag)) return;
    const target = annotations === 'delete' ? null : await db.tags.get(annotations.moveTo);
    if (annotations !== 'delete' && (!target || isDeleted(target) || target.id === id)) throw new Error(`cannot move annotations to tag ${annotations.moveTo}`);
    const used = (await db.annotations.where('tagId').equals(id).toArray()).filter(isLive);
    const now = Date.now();
    const byArticle = new Map<string, Change[]>();
    for (const row of used) {
      const after: AnnotationRecord | null = target ? { ...row, tagId: target.id, claim: target.kind === 'claim' ? (row.claim ?? defaultClaimFields()) : null, updatedAt: now } : null;
      byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), { id: row.id, before: row, after }]);
    }
    if (!target) {
      // Claims elsewhere that named a deleted annotation as claimant lose the link, as with any delete.
      const gone = new Set(used.map((r) => r.id));
      for (const articleId of byArticle.keys()) {
        const dependants = (await liveArticleRows(db, articleId)).filter((a) => !gone.has(a.id) && a.claim?.claimantAnnotationId && gone.has(a.claim.claimantAnnotationId));
        for (const a of dependants) byArticle.get(articleId)!.push({ id: a.id, before: a, after: { ...a, claim: { ...a.claim!, claimantAnnotationId: null }, updatedAt: now } });
      }
    }
    for (const [articleId, changes] of byArticle) {
      await writeAnnotationRows(
        db,
        changes.map((c) => ({ id: c.id, row: c.after })),
        author,
        now,
      );
      await appendStep(db, { articleId, label, changes, tagChanges: [{ id, before: tag, after: null }], author });
    }
    await db.tags.put(markedDeleted(tag, now, author));
  });
}
