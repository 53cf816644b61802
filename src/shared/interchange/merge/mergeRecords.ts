/**
 * The registry entities and the claim links of an import (issue 13), merged by id alone: the
 * newer version (updatedAt) stays, a deletion included, as annotations are merged. Planned on
 * their own, once per import, because the app plans articles a slice at a time
 * (renderer/db/mergeImport.ts) while a claim link may join two claims of any two slices.
 */
import type { ClaimLinkRecord } from '../../claims/claimLink';
import type { EntityRecord } from '../../entity/entity';
import { isDeleted, type SharedStamp } from '../../model';

export type RecordCounts = {
  added: number;
  updated: number;
  unchanged: number;
  keptOurs: number;
  deleted: number;
  /** Deletions of records we never had, and claim links with a claim that came in neither way. */
  skipped: number;
};

export const emptyCounts = (): RecordCounts => ({ added: 0, updated: 0, unchanged: 0, keptOurs: 0, deleted: 0, skipped: 0 });

/** The incoming records to write over the stored ones (`same` compares what the analyst sees). */
function mergeById<T extends SharedStamp & { id: string }>(incoming: readonly T[], stored: ReadonlyMap<string, T>, same: (a: T, b: T) => boolean, counts: RecordCounts): T[] {
  const write: T[] = [];
  for (const record of incoming) {
    const ours = stored.get(record.id);
    if (!ours) {
      if (isDeleted(record)) counts.skipped++;
      else {
        write.push(record);
        counts.added++;
      }
    } else if (same(ours, record) && isDeleted(ours) === isDeleted(record)) counts.unchanged++;
    else if (record.updatedAt > ours.updatedAt) {
      write.push(record);
      if (isDeleted(record)) counts.deleted++;
      else counts.updated++;
    } else counts.keptOurs++;
  }
  return write;
}

const sameEntity = (a: EntityRecord, b: EntityRecord) =>
  a.name === b.name && a.latinName === b.latinName && a.type === b.type && a.wikidataId === b.wikidataId && a.note === b.note && JSON.stringify(a.aliases) === JSON.stringify(b.aliases);

export function planEntities(incoming: readonly EntityRecord[], stored: ReadonlyMap<string, EntityRecord>, counts: RecordCounts): EntityRecord[] {
  return mergeById(incoming, stored, sameEntity, counts);
}

const sameLink = (a: ClaimLinkRecord, b: ClaimLinkRecord) => a.fromId === b.fromId && a.toId === b.toId && a.kind === b.kind;

/**
 * `claimOf` gives the stored id an incoming claim's id stands for (the same id, or the id of the
 * stored claim it was found to be), or null when that claim is neither stored nor imported: a
 * link needs both of its claims.
 */
export function planClaimLinks(incoming: readonly ClaimLinkRecord[], stored: ReadonlyMap<string, ClaimLinkRecord>, claimOf: (id: string) => string | null, counts: RecordCounts): ClaimLinkRecord[] {
  const joined: ClaimLinkRecord[] = [];
  for (const link of incoming) {
    const fromId = claimOf(link.fromId);
    const toId = claimOf(link.toId);
    if (fromId === null || toId === null || fromId === toId) counts.skipped++;
    else joined.push({ ...link, fromId, toId });
  }
  return mergeById(joined, stored, sameLink, counts);
}
