/**
 * The export dialog (toolbar, File menu, Ctrl+E): scope, the panel's filters, format, file name
 * and the analyst's name for the title page. A modal <dialog>, so focus stays inside; Escape
 * (export-dialog-cancel in the command table) cancels a running export first and closes the dialog after.
 */
import { useRef, useState } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../shared/annotation/annotation';
import { defaultReportFileName, isValidReportFileName, withReportExtension } from '../../../shared/report/reportFile';
import type { ReportScope } from '../../../shared/report/reportInput';
import type { ExportFormat } from '../../../shared/report/reportFile';
import { isDataFormat, takesFilters } from '../../../shared/interchange/dataFormats';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useCommandBindings } from '../../ui/commandBindings';
import { useI18n } from '../../ui/i18n';
import { useShowModal } from '../../ui/useShowModal';
import { appDatabase } from '../../db/database';
import { useArticles, useSettingsOrDefault, useTags } from '../../db/live';
import { writeSetting } from '../../db/settings';
import { useUi } from '../../state/store';
import { tagLabel } from '../../ui/tagLabel';
import { runExport } from './exportActions';

interface FormatChoice {
  format: ExportFormat;
  label: MessageKey;
}
const FORMAT_GROUPS: { legend: MessageKey; formats: FormatChoice[] }[] = [
  {
    legend: 'export.reportFormats',
    formats: [
      { format: 'html', label: 'export.formatHtml' },
      { format: 'pdf', label: 'export.formatPdf' },
      { format: 'docx', label: 'export.formatDocx' },
    ],
  },
  {
    legend: 'export.dataFormats',
    formats: [
      { format: 'bundle', label: 'export.formatBundle' },
      { format: 'w3c', label: 'export.formatW3c' },
      { format: 'brat', label: 'export.formatBrat' },
      { format: 'qdpx', label: 'export.formatQdpx' },
      { format: 'csv', label: 'export.formatCsv' },
      { format: 'jsonl', label: 'export.formatJsonl' },
    ],
  },
];

function initialScope(ticked: number, hasArticle: boolean): ReportScope {
  return ticked > 0 ? 'selection' : hasArticle ? 'article' : 'corpus';
}

export function ExportDialog() {
  const open = useUi((s) => s.exportDialogOpen);
  return open ? <ExportDialogBody /> : null;
}

function ExportDialogBody() {
  const { t, language } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const tags = useTags();
  const articles = useArticles();
  const { selectedArticleId, analystName } = useSettingsOrDefault();
  const ticked = useUi((s) => s.ticked);
  const progress = useUi((s) => s.exportProgress);
  const running = useUi((s) => s.exportCancel !== null);
  const message = useUi((s) => s.exportMessage);
  // The panel's filters are the starting point; changing them here leaves the panel alone.
  const [scope, setScope] = useState<ReportScope>(() => initialScope(useUi.getState().ticked.length, selectedArticleId !== null));
  const [tagIds, setTagIds] = useState<string[]>(() => useUi.getState().tagFilter);
  const [claimStatus, setClaimStatus] = useState<ClaimStatus | 'all'>(() => useUi.getState().statusFilter);
  const [format, setFormat] = useState<ExportFormat>('html');
  const [fileName, setFileName] = useState(() => defaultReportFileName('html', new Date()));
  const [analyst, setAnalyst] = useState(analystName);
  const nameValid = isValidReportFileName(fileName);

  useShowModal(ref);

  const close = () => useUi.getState().closeExportDialog();
  /** Escape: stop a running export; a second Escape (or one when idle) closes. */
  const cancelOrClose = () => {
    const ui = useUi.getState();
    if (ui.exportCancel) ui.cancelExport();
    else close();
  };
  useCommandBindings(() => ({ 'export-dialog-cancel': { run: cancelOrClose } }), []);
  const start = () => {
    if (!nameValid || running) return;
    void runExport({ scope, tagIds, claimStatus, format, fileName: withReportExtension(fileName, format) });
  };

  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby="export-title"
      data-command-context="exportDialog"
      onCancel={(e) => {
        // The Escape key is the command table's (export-dialog-cancel), which stops the browser's
        // own cancel; any other cancel request is treated the same way.
        e.preventDefault();
        cancelOrClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <h2 id="export-title">{t('export.title')}</h2>
        <fieldset disabled={running}>
          <legend>{t('export.scope')}</legend>
          <label>
            <input type="radio" name="scope" value="article" checked={scope === 'article'} disabled={!selectedArticleId} onChange={() => setScope('article')} /> {t('export.scopeArticle')}
          </label>
          <label>
            <input type="radio" name="scope" value="selection" checked={scope === 'selection'} disabled={ticked.length === 0} onChange={() => setScope('selection')} />{' '}
            {t('export.scopeSelection', { count: ticked.length })}
          </label>
          <label>
            <input type="radio" name="scope" value="corpus" checked={scope === 'corpus'} onChange={() => setScope('corpus')} /> {t('export.scopeCorpus', { count: articles?.length ?? 0 })}
          </label>
        </fieldset>
        <fieldset disabled={running || (isDataFormat(format) && !takesFilters(format))} className="export-filters">
          <legend>{t('export.filters')}</legend>
          <div className="export-tags" role="group" aria-label={t('annotate.legend')}>
            {tags.map((tag) => (
              <label key={tag.id} className="tag-chip" data-tag={tag.id}>
                <input type="checkbox" checked={tagIds.includes(tag.id)} onChange={() => setTagIds((ids) => (ids.includes(tag.id) ? ids.filter((id) => id !== tag.id) : [...ids, tag.id]))} />{' '}
                <span dir="auto">{tagLabel(tag, language)}</span>
              </label>
            ))}
          </div>
          <p className="muted export-hint">{isDataFormat(format) && !takesFilters(format) ? t('export.bundleAll') : tagIds.length === 0 ? t('export.allTags') : null}</p>
          <label>
            {t('annotate.statusFilter')}{' '}
            <select value={claimStatus} onChange={(e) => setClaimStatus(e.target.value as ClaimStatus | 'all')}>
              <option value="all">{t('annotate.allStatuses')}</option>
              {CLAIM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`claim.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <fieldset disabled={running}>
          <legend>{t('export.format')}</legend>
          {FORMAT_GROUPS.map((group) => (
            <div key={group.legend} role="group" aria-labelledby={`export-group-${group.legend}`} className="export-format-group">
              <p id={`export-group-${group.legend}`} className="muted">
                {t(group.legend)}
              </p>
              {group.formats.map((f) => (
                <label key={f.format}>
                  <input
                    type="radio"
                    name="format"
                    value={f.format}
                    checked={format === f.format}
                    onChange={() => {
                      setFormat(f.format);
                      setFileName((name) => withReportExtension(name, f.format));
                    }}
                  />{' '}
                  {t(f.label)}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
        <fieldset disabled={running} className="export-names">
          <label>
            {t('export.fileName')}
            <input dir="auto" value={fileName} aria-invalid={!nameValid} aria-describedby={nameValid ? undefined : 'export-name-error'} onChange={(e) => setFileName(e.target.value)} />
          </label>
          {!nameValid && (
            <p id="export-name-error" className="form-error">
              {t('export.badFileName')}
            </p>
          )}
          <label>
            {t('export.analyst')}
            <input
              dir="auto"
              value={analyst}
              onChange={(e) => {
                setAnalyst(e.target.value);
                void writeSetting(appDatabase(), 'analystName', e.target.value);
              }}
            />
          </label>
        </fieldset>
        {progress && (
          <div className="export-progress" data-testid="export-progress">
            <label>
              <span>{progress.phase === 'saving' ? t('export.writing') : t('export.progress', { done: progress.done, total: progress.total })}</span>
              <progress max={progress.total || 1} value={progress.done} />
            </label>
          </div>
        )}
        <p className="export-message" role="status" aria-live="polite" data-kind={message?.kind}>
          {message?.text}
        </p>
        <div className="dialog-actions">
          {running ? (
            <button type="button" onClick={() => useUi.getState().cancelExport()} title="Escape">
              {t('export.cancel')}
            </button>
          ) : (
            <>
              <button type="submit" className="primary" disabled={!nameValid}>
                {t('export.start')}
              </button>
              <button type="button" onClick={close} title="Escape">
                {t('export.close')}
              </button>
            </>
          )}
        </div>
      </form>
    </dialog>
  );
}
