/**
 * The open article's annotations, kept current by reading only the rows each write touched.
 *
 * A live query re-reads the article's every row after any write to it: for 2,000 annotations that
 * is IndexedDB's getAll, its deserialisation and Dexie's copy of each row, ~10 ms of main thread
 * after every tag (the bench profile of "tag → listed"). Dexie tells, for each committed write
 * (here or in another tab), which primary keys it touched; those rows alone are read again and
 * patched into the article's list. A write Dexie does not describe key by key (a range delete, a
 * put of 50 rows or more) makes a full read, as a live query would. Tombstones are left out, as by
 * every read of the db layer (annotationRows.ts).
 */
import { cmp, Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import { compareReadingOrder, type AnnotationRecord } from '../../shared/annotation/annotation';
import { isLive, liveArticleRows } from './annotationRows';
import type { IsnadDatabase } from './database';

/** Which annotation ids a write touched, or 'all' when Dexie gave ranges, not keys. */
function touchedIds(tree: ObservabilitySet[string]): string[] | 'all' {
  const ids: string[] = [];
  // The event carries bare interval trees; a RangeSet around one walks its ranges.
  for (const range of RangeSet(tree) as Iterable<{ from: unknown; to: unknown }>) {
    if (typeof range.from !== 'string' || cmp(range.from, range.to) !== 0) return 'all';
    ids.push(range.from);
  }
  return ids;
}

/**
 * Calls `onRows` with the article's live annotations in reading order: once read, then after
 * every write that changed one of them. Returns the function that stops watching.
 */
export function watchArticleAnnotations(db: IsnadDatabase, articleId: string, onRows: (rows: AnnotationRecord[]) => void): () => void {
  const part = `idb://${db.name}/annotations/`;
  let rows = new Map<string, AnnotationRecord>();
  let stopped = false;
  // Reads run one after another, so a later write's rows never land before an earlier one's.
  let queue: Promise<void> = Promise.resolve();

  const readAll = async (): Promise<boolean> => {
    rows = new Map((await liveArticleRows(db, articleId)).map((row) => [row.id, row]));
    return true;
  };
  const readSome = async (ids: readonly string[]): Promise<boolean> => {
    const found = await db.annotations.bulkGet([...ids]);
    let changed = false;
    ids.forEach((id, i) => {
      const row = found[i];
      if (isLive(row) && row.articleId === articleId) {
        rows.set(id, row);
        changed = true;
      } else if (rows.delete(id)) changed = true;
    });
    return changed;
  };
  const run = (read: () => Promise<boolean>) => {
    // Outside whatever transaction fired the event: that one has already completed.
    queue = queue
      .then(() => Dexie.ignoreTransaction(read))
      .then((changed) => {
        if (changed && !stopped) onRows([...rows.values()].sort(compareReadingOrder));
      })
      .catch((error: unknown) => console.error('annotations of the article not read', error));
  };
  const onMutated = (parts: ObservabilitySet) => {
    const tree = parts[part];
    if (!tree || stopped) return;
    const ids = touchedIds(tree);
    run(ids === 'all' ? readAll : () => readSome(ids));
  };

  Dexie.on('storagemutated', onMutated);
  run(readAll);
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onMutated);
  };
}
