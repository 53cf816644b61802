/**
 * The whole library as one project bundle, for an automatic backup. The same two steps as the
 * export's bundle (features/export/buildDataFile.ts, which a feature may not import): read in one
 * transaction, a batch at a time, straight into the bundle writer. Null when the library is empty:
 * there is nothing to lose, and a backup of nothing must never become "the last backup".
 */
import { BundleWriter } from '../../../shared/interchange/bundle/writeBundle';
import type { IsnadDatabase } from '../../db/database';
import { readInterchangeData } from '../../db/interchangeData';

export async function libraryBundle(db: IsnadDatabase, analystName: string, now: number): Promise<Uint8Array | null> {
  let writer: BundleWriter | null = null;
  const shared = await readInterchangeData(db, null, { analystName, now }, undefined, undefined, (batch, tags) => {
    writer ??= new BundleWriter({ exportedAt: now, analystName, tags: [...tags] });
    for (const article of batch) writer.add(article);
  });
  return writer ? (writer as BundleWriter).finish(shared) : null;
}
