/**
 * Schema v5's conversion of stored rows (records ready to sync): integer tag `order` and history
 * `seq` become order keys in the same order, tags and history steps get the stamp every shared
 * record carries (the row's own `createdAt` where it has one, else the upgrade's time; the
 * analyst name from settings, else 'unknown'), a removed tag becomes a tombstone, and `undone`
 * becomes 0/1 so it can be indexed. Rows of v4 are typed loosely here: they are not today's types.
 */
import type { Transaction } from 'dexie';
import type { TagDefinition } from '../../shared/annotation/tagSet';
import { keysBetween } from '../../shared/order/orderKey';

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
              before: c.before && snapshotTag(c.before, converted.get(c.id), now, author),
              after: c.after && snapshotTag(c.after, converted.get(c.id), now, author),
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

/** A tag as a history step held it: its own labels and colour, the converted row's key and stamp. */
function snapshotTag(tag: V4Tag, row: TagDefinition | undefined, now: number, author: string): TagDefinition {
  const fallback = convertTag(tag, plainKeys(1)[0]!, now, author);
  const { labelEn, labelAr, color, kind } = tag;
  const base = row ? { ...row, labelEn, labelAr, color, kind } : fallback;
  const { deletedAt: _at, deletedBy: _by, ...live } = base;
  return tag.removed ? { ...live, deletedAt: now, deletedBy: author } : live;
}
