/** What the toolbar, menu, shortcuts and drop zone call to bring files in. */
import type { PickedFile } from '../../../shared/host';
import { appDatabase } from '../../db/database';
import { readSettings, writeSetting } from '../../db/settings';
import { currentHost } from '../../host/currentHost';
import { useUi } from '../../state/store';
import { importArticles } from './importArticles';
import { isDataFile, runDataImport } from '../interchange/importDataActions';

export async function runImport(picked: PickedFile[]): Promise<void> {
  // Project bundles and annotation files go to the data import, whichever way they arrived.
  // A brat folder's .ann files take their .txt and .conf files with them.
  const brat = picked.some((f) => /\.ann$/i.test(f.name));
  const isData = (f: PickedFile) => isDataFile(f.name) || (brat && /\.(txt|conf)$/i.test(f.name));
  const data = picked.filter(isData);
  if (data.length > 0) await runDataImport(data);
  const files = picked.filter((f) => !isData(f));
  if (files.length === 0) return;
  const ui = useUi.getState();
  if (ui.importAbort) return; // one import at a time
  const db = appDatabase();
  const settings = await readSettings(db);
  const abort = ui.startImport(files.length);
  let lastPaint = 0;
  try {
    const report = await importArticles(db, files, {
      author: settings.analystName,
      signal: abort.signal,
      onProgress: (done, total) => {
        // Repainting the bar more than ~30 times a second only slows a big import down.
        const now = performance.now();
        if (now - lastPaint > 33 || done === total) {
          lastPaint = now;
          useUi.getState().setImportProgress(done, total);
        }
      },
    });
    useUi.getState().finishImport(report);
    if (report.articleIds.length > 0) await writeSetting(db, 'selectedArticleId', report.articleIds.at(-1)!);
  } catch (error) {
    useUi.getState().finishImport({
      total: files.length,
      processed: 0,
      added: 0,
      versions: 0,
      duplicates: 0,
      cancelled: false,
      articleIds: [],
      refused: [{ name: String(error instanceof Error ? error.message : error), sourceKey: '', reason: 'unreadable' }],
    });
  }
}

async function pickThenImport(pick: () => Promise<PickedFile[]>): Promise<void> {
  if (useUi.getState().importAbort) return;
  const files = await pick();
  if (files.length > 0) await runImport(files);
}

export const openFiles = () => pickThenImport(() => currentHost().pickFiles());
export const openFolder = () => pickThenImport(() => currentHost().pickFolder());
