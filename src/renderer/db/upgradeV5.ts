/**
 * Schema v5's conversion of stored rows (records ready to sync): integer tag `order` and history
 * `seq` become order keys in the same order, tags and history steps get the stamp every shared
 * record carries (the row's own `createdAt` where it has one, else the upgrade's time; the
 * analyst name from settings, else 'unknown'), a removed tag becomes a tombstone, and `undone`
 * becomes 0/1 so it can be indexed. Rows of v4 are typed loosely here: they are not today's types.
 */
import type { Transaction } from 'dexie';
import type { TagDefinition } from '../../shared/annotation/tagSet';
import { keyBetween, keysBetween } from '../../shared/order/orderKey';

/** A tag row as v4 stored it. */
interface V4Tag extends Omit<TagDefinition, 'order' | 'createdAt' | 'updatedAt' | 'author' | 'deletedAt' | 'deletedBy'> {
  order: number;
  removed?: boolean;
}

interface V4HistoryEntry {
  id: string;
  seq: number;
  undone: boolean;
  createdAt: number;
  tagChanges?: { id: string; before: V4Tag | null; after: V4Tag | null }[];
}

/** Keys for `count` rows in order; no random tail, so a conversion is the same on every device. */
const plainKeys = (count: number) => keysBetween(null, null, count, () => '');

export async function upgradeToV5(tx: Transaction, now = Date.now()): Promise<void> {
  const named = (await tx.table('settings').get('analystName')) as { value?: unknown } | undefined;
  const author = typeof named?.value === 'string' && named.value.trim() ? named.value : 'unknown';

  // Tags: in their palette order (v4 kept the active ones 0…n-1, removed ones at their old
  // number; a tie puts the active tag first, as v4's renumbering did), each given its key.
  const tags = (await tx.table('tags').toArray()) as V4Tag[];
  tags.sort((a, b) => a.order - b.order || Number(!!a.removed) - Number(!!b.removed) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keys = plainKeys(tags.length);
  const keyOf = new Map(tags.map((tag, i) => [tag.id, keys[i]!]));
  const converted = new Map(tags.map((tag) => [tag.id, convertTag(tag, keyOf.get(tag.id)!, now, author)]));
  await tx.table('tags').bulkPut([...converted.values()]);
  // A snapshot of a tag whose row is gone takes a key at its old number (keyAtNumber).
  const placeOf = (tag: V4Tag) => keyOf.get(tag.id) ?? keyAtNumber(tags, keys, tag.order);

  // History: one key sequence in the old global seq order, so every article keeps its order.
  const steps = (await tx.table('history').toArray()) as V4HistoryEntry[];
  steps.sort((a, b) => a.seq - b.seq);
  const seqs = plainKeys(steps.length);
  await tx.table('history').bulkPut(
    steps.map((step, i) => ({
      ...step,
      seq: seqs[i]!,
      undone: step.undone ? 1 : 0,
      updatedAt: step.createdAt,
      author,
      // Tag snapshots are what undo writes back: they take the tag's converted place and stamp.
      ...(step.tagChanges
        ? {
            tagChanges: step.tagChanges.map((c) => ({
              id: c.id,
              before: c.before && snapshotTag(c.before, converted.get(c.id), placeOf(c.before), now, author),
              after: c.after && snapshotTag(c.after, converted.get(c.id), placeOf(c.after), now, author),
            })),
          }
        : {}),
    })),
  );
}

function convertTag(tag: V4Tag, order: string, now: number, author: string): TagDefinition {
  const { removed, order: _number, ...fields } = tag;
  const stamped: TagDefinition = { ...fields, order, createdAt: now, updatedAt: now, author };
  return removed ? { ...stamped, deletedAt: now, deletedBy: author } : stamped;
}

/**
 * The key for a tag whose row is gone, at its old palette number. Before 9559094 removing a tag
 * deleted its row, so only history steps hold it; v4's undo put it back before the active tag then
 * holding its number. This key stands just there (between that tag and the one before it in the
 * converted order, so it equals no other key). Until issue 14 such a snapshot took the first key of
 * all ('a0'), and undoing the removal after the upgrade put the tag at the head of the palette,
 * moving every number key 1–9 to another tag (found by tests/unit/db/schemaMigrations.test.ts).
 * `tags` are in converted order and `keys` their keys.
 */
function keyAtNumber(tags: readonly V4Tag[], keys: readonly string[], order: number): string {
  const above = tags.findIndex((t) => !t.removed && t.order >= order);
  if (above < 0) return keyBetween(keys.at(-1) ?? null, null, '');
  return keyBetween(above > 0 ? keys[above - 1]! : null, keys[above]!, '');
}

/** A tag as a history step held it: its own labels and colour, the converted row's (else its old place's) key and stamp. */
function snapshotTag(tag: V4Tag, row: TagDefinition | undefined, order: string, now: number, author: string): TagDefinition {
  const fallback = convertTag(tag, order, now, author);
  const { labelEn, labelAr, color, kind } = tag;
  const base = row ? { ...row, labelEn, labelAr, color, kind } : fallback;
  const { deletedAt: _at, deletedBy: _by, ...live } = base;
  return tag.removed ? { ...live, deletedAt: now, deletedBy: author } : live;
}
