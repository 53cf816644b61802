/**
 * Importing a project bundle, W3C annotations, a brat folder or a REFI-QDA project (issue 12):
 * read the chosen files, let the format's reader accept or refuse them whole, then merge in one
 * transaction and show the report. A refusal names the file and what is wrong; nothing is stored.
 */
import type { PickedFile } from '../../../shared/host';
import { ImportError, UnknownImportFormatError } from '../../../shared/interchange/interchange';
import { translate } from '../../../shared/i18n/translate';
import { MAX_DATA_FILE_BYTES } from '../../../shared/interchange/dataFileLimit';
import { appDatabase } from '../../db/database';
import { mergeIntoLibrary } from '../../db/mergeImport';
import { readSettings, writeSetting } from '../../db/settings';
import { currentHost } from '../../host/currentHost';
import { useUi } from '../../state/store';
import { visibleControls } from '../../../shared/text/visibleControls';

/** Files whose names say they are data for this import, not articles (the drop zone and pickers divert them). */
export const isDataFile = (name: string) => /\.(isnad\.json|jsonld|qdpx|ann)$/i.test(name);

export async function runDataImport(files: readonly PickedFile[]): Promise<void> {
  const ui = useUi.getState();
  if (files.length === 0 || ui.dataImport?.phase === 'running') return;
  const db = appDatabase();
  const settings = await readSettings(db);
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(settings.language, key, params);
  const name = files.length === 1 ? files[0]!.name : t('importData.files', { count: files.length });
  ui.setDataImport({ phase: 'running', name });
  try {
    // Format detection and the readers (fflate, xmldom, zod schemas) load only when an import runs,
    // not with the app. The files' bytes are referenced only inside importData: garbage once the
    // reader is done, before the merge.
    const { importData } = await import('../../../shared/interchange/importData');
    const { data, notices } = await importData(await Promise.all(files.map(async (f) => ({ path: f.name, bytes: await f.read() }))), { author: settings.analystName, now: Date.now() });
    const report = await mergeIntoLibrary(db, data, { source: name, now: Date.now() });
    report.notices.push(...notices);
    useUi.getState().setDataImport({ phase: 'done', report });
    const firstAdded = data.articles[0]?.article.id;
    if (firstAdded && !settings.selectedArticleId) await writeSetting(db, 'selectedArticleId', firstAdded);
  } catch (error) {
    // File names (and what the reader says of a file) with their hidden characters shown, before the
    // message isolates them (issue 14).
    const text =
      error instanceof UnknownImportFormatError
        ? t('importData.unknownFormat')
        : error instanceof ImportError
          ? t('importData.failed', { file: visibleControls(error.file), problem: visibleControls(error.problem) })
          : error instanceof Error && error.message === 'too-large'
            ? t('importData.failed', { file: visibleControls(name), problem: t('importData.tooLarge', { size: MAX_DATA_FILE_BYTES / 1024 / 1024 }) })
            : t('importData.failed', { file: visibleControls(name), problem: visibleControls(error instanceof Error ? error.message : String(error)) });
    useUi.getState().setDataImport({ phase: 'failed', text });
  }
}

export async function pickAndImportData(): Promise<void> {
  if (useUi.getState().dataImport?.phase === 'running') return;
  await runDataImport(await currentHost().pickFiles());
}
