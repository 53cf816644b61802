/** The editable tag set. The defaults are written on first use so every tag has a stable id. */
import { defaultTags, type TagDefinition } from '../../shared/annotation/tagSet';
import type { IsnadDatabase } from './database';

export async function ensureDefaultTags(db: IsnadDatabase): Promise<void> {
  await db.transaction('rw', db.tags, async () => {
    if ((await db.tags.count()) === 0) await db.tags.bulkAdd(defaultTags());
  });
}

export function listTags(db: IsnadDatabase): Promise<TagDefinition[]> {
  return db.tags.orderBy('order').toArray();
}

export async function addTag(db: IsnadDatabase, tag: Omit<TagDefinition, 'id' | 'order'>): Promise<TagDefinition> {
  return db.transaction('rw', db.tags, async () => {
    const last = await db.tags.orderBy('order').last();
    const created = { ...tag, id: crypto.randomUUID(), order: (last?.order ?? -1) + 1 };
    await db.tags.add(created);
    return created;
  });
}

export async function updateTag(db: IsnadDatabase, id: string, patch: Partial<Pick<TagDefinition, 'labelEn' | 'labelAr' | 'color'>>): Promise<void> {
  await db.tags.update(id, patch);
}

/** Moves a tag one place up or down the palette (changing which number key it answers to). */
export async function moveTag(db: IsnadDatabase, id: string, delta: -1 | 1): Promise<void> {
  await db.transaction('rw', db.tags, async () => {
    const tags = await db.tags.orderBy('order').toArray();
    const i = tags.findIndex((t) => t.id === id);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= tags.length) return;
    [tags[i], tags[j]] = [tags[j]!, tags[i]!];
    await db.tags.bulkPut(tags.map((t, order) => ({ ...t, order })));
  });
}

export function tagUsage(db: IsnadDatabase, id: string): Promise<number> {
  return db.annotations.where('tagId').equals(id).count();
}

/**
 * Removes a tag. Its annotations are either moved to another tag or deleted, as the analyst chose;
 * a tag still in use is never removed silently.
 */
export async function removeTag(db: IsnadDatabase, id: string, annotations: { moveTo: string } | 'delete'): Promise<void> {
  await db.transaction('rw', db.tags, db.annotations, async () => {
    const used = db.annotations.where('tagId').equals(id);
    if (annotations === 'delete') await used.delete();
    else await used.modify({ tagId: annotations.moveTo, updatedAt: Date.now() });
    await db.tags.delete(id);
    const rest = await db.tags.orderBy('order').toArray();
    await db.tags.bulkPut(rest.map((t, order) => ({ ...t, order })));
  });
}
