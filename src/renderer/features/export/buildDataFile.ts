/**
 * A data export (issue 12) from the library to the bytes of one file: read the scope in one
 * transaction (tombstones included for the bundle), apply the dialog's filters where the format
 * takes them, write the format, and zip a multi-file format. Runs on the page: the writers are
 * string building, well under a second for the 2,000-article bench corpus (`npm run bench`).
 */
import type { AnnotationFilters } from '../../../shared/annotation/annotationFilter';
import type { DataFormat } from '../../../shared/interchange/dataFormats';
import { exportData, filteredData } from '../../../shared/interchange/exportData';
import { packFiles } from '../../../shared/interchange/packFiles';
import type { IsnadDatabase } from '../../db/database';
import { readInterchangeData } from '../../db/interchangeData';
import { BundleWriter } from '../../../shared/interchange/bundle/writeBundle';

export interface DataFileRequest {
  format: DataFormat;
  /** null: the whole library. */
  articleIds: readonly string[] | null;
  filters: AnnotationFilters;
  analystName: string;
  /** The file's name without its extension: a brat zip's folder is named after it. */
  baseName: string;
}

export async function buildDataFile(
  db: IsnadDatabase,
  request: DataFileRequest,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<{ bytes: Uint8Array; articles: number; zipped: boolean }> {
  const meta = { analystName: request.analystName, now: Date.now() };
  if (request.format === 'bundle') {
    // The bundle is written as the articles are read, a batch at a time (BundleWriter).
    let writer: BundleWriter | null = null;
    let articles = 0;
    // The entities and claim links come back once every article is read; the writer puts them last.
    const shared = await readInterchangeData(db, request.articleIds, meta, onProgress, signal, (batch, tags) => {
      writer ??= new BundleWriter({ exportedAt: meta.now, analystName: meta.analystName, tags: [...tags] });
      for (const article of batch) writer.add(article);
      articles += batch.length;
    });
    signal.throwIfAborted();
    return { bytes: writer ? (writer as BundleWriter).finish(shared) : new Uint8Array(), articles, zipped: false };
  }
  const data = await readInterchangeData(db, request.articleIds, meta, onProgress, signal);
  signal.throwIfAborted();
  const files = await exportData(request.format, filteredData(data, request.format, request.filters), request.baseName);
  signal.throwIfAborted();
  // Several files (brat; W3C past its first page of 1,000 annotations) leave as one zip.
  return { bytes: packFiles(files), articles: data.articles.length, zipped: files.length > 1 };
}
