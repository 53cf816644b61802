/**
 * One export, from the dialog's choice to a file: read the scope from the database, build the
 * report in a worker (progress, Escape cancels), then hand it to the host to save or print. The
 * file is written only once the whole report exists, so a cancelled or failed export leaves none.
 */
import type { ClaimStatus } from '../../../shared/annotation/annotation';
import type { SaveOutcome } from '../../../shared/host';
import type { MessageKey } from '../../../shared/i18n/messages';
import { isDataFormat } from '../../../shared/interchange/dataFormats';
import { extensionOf, mimeTypeOf, type ExportFormat } from '../../../shared/report/reportFile';
import type { ReportScope } from '../../../shared/report/reportInput';
import { translate, type MessageParams } from '../../../shared/i18n/translate';
import { appDatabase } from '../../db/database';
import { readReportData } from '../../db/reportData';
import { readSettings } from '../../db/settings';
import { currentHost } from '../../host/currentHost';
import { useUi } from '../../state/store';
import type { ExportProgress } from '../../state/exportSlice';
import { reportFonts } from './reportFontData';
import { runReportBuild } from './runReportBuild';

export interface ExportChoice {
  scope: ReportScope;
  tagIds: string[];
  claimStatus: ClaimStatus | 'all';
  format: ExportFormat;
  fileName: string;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export async function runExport(choice: ExportChoice): Promise<void> {
  const ui = useUi.getState();
  if (ui.exportCancel) return; // one export at a time
  const db = appDatabase();
  const settings = await readSettings(db);
  const t = (key: MessageKey, params?: MessageParams) => translate(settings.language, key, params);
  const nothing = (reason: MessageKey) => ui.finishExport({ kind: 'failed', text: t('export.nothing', { reason: t(reason) }) });

  let ids: string[] | null = null;
  if (choice.scope === 'article') {
    if (!settings.selectedArticleId) return nothing('export.noArticle');
    ids = [settings.selectedArticleId];
  } else if (choice.scope === 'selection') {
    if (ui.ticked.length === 0) return nothing('export.noSelection');
    ids = [...ui.ticked];
  }

  const abort = new AbortController();
  ui.startExport(() => abort.abort());
  let lastPaint = 0;
  const progress = (phase: ExportProgress['phase']) => (done: number, total: number) => {
    // A bar repainted more than ~30 times a second only slows the export down.
    const now = performance.now();
    if (now - lastPaint > 33 || done === total) {
      lastPaint = now;
      useUi.getState().setExportProgress({ phase, done, total });
    }
  };
  /** The dialog's last word on a finished export: where the file went, or that it was cancelled. */
  const finishWith = (outcome: SaveOutcome, saved: 'export.saved' | 'export.dataSaved', handed: 'export.handedToBrowser' | 'export.dataHandedToBrowser') =>
    useUi
      .getState()
      .finishExport(
        outcome.kind === 'saved'
          ? { kind: 'done', text: t(saved, { location: outcome.location }) }
          : outcome.kind === 'handed-to-browser'
            ? { kind: 'done', text: t(handed, { name: outcome.name }) }
            : { kind: 'cancelled', text: t('export.cancelled') },
      );
  try {
    if (isDataFormat(choice.format)) {
      const baseName = choice.fileName.slice(0, choice.fileName.length - extensionOf(choice.format).length) || 'isnad';
      const request = { format: choice.format, articleIds: ids, filters: { tagIds: choice.tagIds, claimStatus: choice.claimStatus }, analystName: settings.analystName, baseName };
      // The writers (and fflate for zips) load with the first data export, not with the app.
      const { buildDataFile } = await import('./buildDataFile');
      const built = await buildDataFile(db, request, progress('reading'), abort.signal);
      if (built.articles === 0) return nothing(choice.scope === 'corpus' ? 'export.emptyCorpus' : 'export.noArticle');
      useUi.getState().setExportProgress({ phase: 'saving', done: 1, total: 1 });
      // A format that had to become several files (W3C pages) is saved as a zip, named so.
      const asZip = built.zipped && choice.format !== 'brat';
      const suggestedName = asZip ? `${baseName}.zip` : choice.fileName;
      const outcome = await currentHost().saveExport({ suggestedName, mimeType: asZip ? 'application/zip' : mimeTypeOf(choice.format), bytes: built.bytes });
      return finishWith(outcome, 'export.dataSaved', 'export.dataHandedToBrowser');
    }
    const data = await readReportData(db, ids, progress('reading'), abort.signal);
    if (data.articles.length === 0) return nothing(choice.scope === 'corpus' ? 'export.emptyCorpus' : 'export.noArticle');
    const fonts = await reportFonts();
    abort.signal.throwIfAborted();
    const input = {
      title: choice.scope === 'article' ? data.articles[0]!.article.title : '',
      generatedAt: Date.now(),
      analystName: settings.analystName,
      language: settings.language,
      scope: choice.scope,
      filters: { tagIds: choice.tagIds, claimStatus: choice.claimStatus },
      tags: data.tags,
      articles: data.articles,
      entities: data.entities,
      fonts,
    };
    const built = await runReportBuild({ input, format: choice.format === 'docx' ? 'docx' : 'html' }, progress('building'), abort.signal);
    abort.signal.throwIfAborted();
    useUi.getState().setExportProgress({ phase: 'saving', done: 1, total: 1 });
    const host = currentHost();
    let outcome: SaveOutcome;
    if (choice.format === 'pdf' && built.kind === 'html') outcome = await host.printReportToPdf({ html: built.html, title: input.title || t('report.corpusTitle'), suggestedName: choice.fileName });
    else {
      const bytes = built.kind === 'bytes' ? built.bytes : new TextEncoder().encode(built.html);
      outcome = await host.saveExport({ suggestedName: choice.fileName, mimeType: mimeTypeOf(choice.format), bytes });
    }
    finishWith(outcome, 'export.saved', 'export.handedToBrowser');
  } catch (error) {
    if (isAbort(error) || abort.signal.aborted) useUi.getState().finishExport({ kind: 'cancelled', text: t('export.cancelled') });
    else
      useUi
        .getState()
        .finishExport({ kind: 'failed', text: t(isDataFormat(choice.format) ? 'export.dataFailed' : 'export.failed', { reason: error instanceof Error ? error.message : String(error) }) });
  }
}
