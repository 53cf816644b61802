/**
 * Tag rows as undo and redo see them. A removed tag keeps its row, marked `removed`, because
 * history steps in any article may still hold annotations that use it: whenever undo or redo
 * writes such an annotation back, its tag comes back too, so no annotation is ever left without
 * its tag (its name, colour and kind).
 */
import type { TagDefinition } from '../../shared/annotation/tagSet';
import type { IsnadDatabase } from './database';

export async function activeTags(db: IsnadDatabase): Promise<TagDefinition[]> {
  return (await db.tags.orderBy('order').toArray()).filter((t) => !t.removed);
}

/** Numbers the active tags 0…n-1 in their order; `first` wins a tie (a tag put back in its old place). */
export async function renumberTags(db: IsnadDatabase, first: ReadonlySet<string> = new Set()): Promise<void> {
  const active = await activeTags(db);
  active.sort((a, b) => a.order - b.order || Number(first.has(b.id)) - Number(first.has(a.id)));
  await db.tags.bulkPut(active.map((t, order) => ({ ...t, order })));
}

/** Brings back removed tags that these annotations use, at the end of the palette. */
export async function reviveTagsOf(db: IsnadDatabase, tagIds: readonly string[]): Promise<void> {
  for (const id of new Set(tagIds)) {
    const tag = await db.tags.get(id);
    if (tag?.removed) {
      const last = (await activeTags(db)).at(-1)?.order ?? -1;
      await db.tags.put({ ...tag, removed: false, order: last + 1 });
    }
  }
}

/**
 * Writes the tag side of a history step being undone (`row` = the tag as it was) or redone
 * (`row` = null: removed again, unless an annotation still uses it). A tag that is active keeps
 * whatever the analyst changed since: only its removal is undone, never a later rename.
 */
export async function writeTagChanges(db: IsnadDatabase, rows: { id: string; row: TagDefinition | null }[]): Promise<void> {
  if (rows.length === 0) return;
  const restored = new Set<string>();
  for (const { id, row } of rows) {
    const current = await db.tags.get(id);
    if (row) {
      if (!current) await db.tags.put({ ...row, removed: false });
      else if (current.removed) await db.tags.put({ ...current, removed: false, order: row.order });
      else continue;
      restored.add(id);
    } else if (current && !current.removed && (await db.annotations.where('tagId').equals(id).count()) === 0) {
      await db.tags.put({ ...current, removed: true });
    }
  }
  await renumberTags(db, restored);
}
