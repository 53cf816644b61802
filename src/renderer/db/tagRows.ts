/**
 * Tag rows as undo and redo see them. A removed tag keeps its row as a tombstone (`deletedAt`),
 * because history steps in any article may still hold annotations that use it: whenever undo or
 * redo writes such an annotation back, its tag comes back too, so no annotation is ever left
 * without its tag (its name, colour and kind).
 */
import type { TagDefinition } from '../../shared/annotation/tagSet';
import { isDeleted, markedDeleted, withoutDeletion } from '../../shared/model';
import { keyBetween } from '../../shared/order/orderKey';
import type { IsnadDatabase } from './database';

/** The tag set in palette order, tombstones left out (the index sorts equal keys by id). */
export async function activeTags(db: IsnadDatabase): Promise<TagDefinition[]> {
  return (await db.tags.orderBy('order').toArray()).filter((t) => !isDeleted(t));
}

/** A key after the last active tag: the end of the palette. */
export async function keyAtEnd(db: IsnadDatabase): Promise<string> {
  return keyBetween((await activeTags(db)).at(-1)?.order ?? null, null);
}

/** Brings back removed tags that these annotations use, at the end of the palette. */
export async function reviveTagsOf(db: IsnadDatabase, tagIds: readonly string[]): Promise<void> {
  for (const id of new Set(tagIds)) {
    const tag = await db.tags.get(id);
    if (tag && isDeleted(tag)) await db.tags.put({ ...withoutDeletion(tag), order: await keyAtEnd(db), updatedAt: Date.now() });
  }
}

/** Whether a live annotation uses the tag (tombstones do not keep a tag). */
export async function tagInUse(db: IsnadDatabase, tagId: string): Promise<boolean> {
  return !!(await db.annotations
    .where('tagId')
    .equals(tagId)
    .filter((a) => !isDeleted(a))
    .first());
}

/**
 * Writes the tag side of a history step being undone (`row` = the tag as it was) or redone
 * (`row` = null: removed again by `author`, unless an annotation still uses it). A tag that is
 * active keeps whatever the analyst changed since: only its removal is undone, never a later
 * rename. A restored tag takes back its old key, so it returns to its old place among the others.
 */
export async function writeTagChanges(db: IsnadDatabase, rows: { id: string; row: TagDefinition | null }[], author: string): Promise<void> {
  const now = Date.now();
  for (const { id, row } of rows) {
    const current = await db.tags.get(id);
    if (row) {
      if (!current) await db.tags.put({ ...withoutDeletion(row), updatedAt: now });
      else if (isDeleted(current)) await db.tags.put({ ...withoutDeletion(current), order: row.order, updatedAt: now });
    } else if (current && !isDeleted(current) && !(await tagInUse(db, id))) {
      await db.tags.put(markedDeleted(current, now, author));
    }
  }
}
