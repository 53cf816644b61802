/**
 * Writing shared records (shared/model.ts, SharedStamp) as a history step says they are, for the
 * tables other than annotations and tags (which have rules of their own: annotationRows.ts,
 * tagRows.ts): a record is stored live, null deletes softly — the row stays as a tombstone.
 */
import type { Table } from 'dexie';
import { isDeleted, markedDeleted, withoutDeletion, type SharedStamp } from '../../shared/model';

export async function writeSharedRows<T extends SharedStamp & { id: string }>(
  table: Table<T, string>,
  rows: readonly { id: string; row: T | null }[],
  author: string,
  now = Date.now(),
): Promise<void> {
  const puts = rows.filter((r) => r.row).map((r) => withoutDeletion(r.row!));
  const deletes = rows.filter((r) => !r.row).map((r) => r.id);
  if (deletes.length) {
    const current = await table.bulkGet(deletes);
    puts.push(...current.filter((row): row is T => !!row && !isDeleted(row)).map((row) => markedDeleted(row, now, author)));
  }
  if (puts.length) await table.bulkPut(puts);
}
