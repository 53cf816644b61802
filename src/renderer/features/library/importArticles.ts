/**
 * The import pipeline shared by every way files arrive (pickers, folder, drop, sample corpus):
 * read each file, decode or refuse it (HTML is read as text, see htmlArticleText), store accepted
 * ones in batches. Cancelling stops before the next file; everything read so far is still stored.
 */
import type { PickedFile } from '../../../shared/host';
import { intakeBytes, refuseBySize, type IntakeAccepted, type IntakeRefused } from '../../../shared/text/intake';
import type { ImportReport } from '../../state/importReport';
import { storeArticles } from '../../db/articles';
import type { IsnadDatabase } from '../../db/database';
import { htmlArticleText } from './htmlArticleText';

export interface ImportOptions {
  author: string;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
  batchSize?: number;
}

async function readAndIntake(file: PickedFile): Promise<IntakeAccepted | IntakeRefused> {
  const bySize = refuseBySize(file.size);
  if (bySize) return bySize;
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch (error) {
    return { ok: false, reason: error instanceof Error && error.message === 'too-large' ? 'too-large' : 'unreadable' };
  }
  // HTML is read with the browser's parser, injected so the shared intake stays free of the DOM.
  return intakeBytes(file.name, bytes, { htmlToText: htmlArticleText });
}

export async function importArticles(db: IsnadDatabase, files: readonly PickedFile[], options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = {
    total: files.length,
    processed: 0,
    added: 0,
    versions: 0,
    duplicates: 0,
    refused: [],
    cancelled: false,
    articleIds: [],
  };
  const reanchored = { exact: 0, approximate: 0, orphaned: 0 };
  report.reanchored = reanchored;
  const addReanchored = (summary: typeof reanchored) => {
    reanchored.exact += summary.exact;
    reanchored.approximate += summary.approximate;
    reanchored.orphaned += summary.orphaned;
  };
  const batchSize = options.batchSize ?? 40;
  let batch: { accepted: IntakeAccepted; file: PickedFile }[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const outcomes = await storeArticles(
      db,
      batch.map(({ accepted, file }) => ({ accepted, fileName: file.name, sourceKey: file.sourceKey, author: options.author, onReanchored: addReanchored })),
    );
    outcomes.forEach((outcome, i) => {
      if (outcome === 'added') report.added++;
      else if (outcome === 'new-version') report.versions++;
      else report.duplicates++;
      report.articleIds.push(batch[i]!.accepted.id);
    });
    batch = [];
  };

  for (const file of files) {
    if (options.signal?.aborted) {
      report.cancelled = true;
      break;
    }
    const result = await readAndIntake(file);
    if (result.ok) batch.push({ accepted: result, file });
    else report.refused.push({ name: file.name, sourceKey: file.sourceKey, reason: result.reason });
    report.processed++;
    if (batch.length >= batchSize) await flush();
    options.onProgress?.(report.processed, files.length);
  }
  await flush();
  return report;
}
