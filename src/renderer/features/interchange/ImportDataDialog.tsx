/**
 * The data import's dialog (issue 12): "Importing …" while the file is read and merged, then either
 * the refusal (naming the file and what is wrong — nothing was stored) or the merge report: what
 * was added, updated and skipped, and each conflict, which opens its article with the annotation
 * selected. A modal <dialog>: Escape or Close dismisses it, except while the import runs.
 */
import { useRef } from 'react';
import type { MergeConflict, MergeReport } from '../../../shared/interchange/merge/mergeReport';
import { writeSetting } from '../../db/settings';
import { appDatabase } from '../../db/database';
import { useUi } from '../../state/store';
import { useI18n } from '../../ui/i18n';
import { useShowModal } from '../../ui/useShowModal';
import { VisibleName } from '../../ui/VisibleName';
import { visibleControls } from '../../../shared/text/visibleControls';

export function ImportDataDialog() {
  const state = useUi((s) => s.dataImport);
  return state ? <ImportDataDialogBody /> : null;
}

async function openConflict(conflict: MergeConflict): Promise<void> {
  await writeSetting(appDatabase(), 'selectedArticleId', conflict.articleId);
  if (conflict.kind !== 'orphaned') useUi.getState().selectAnnotation(conflict.annotationId);
  useUi.getState().setDataImport(null);
}

function ReportBody({ report }: { report: MergeReport }) {
  const { t } = useI18n();
  const a = report.annotations;
  return (
    <>
      <p>
        {t('importData.from')} <VisibleName text={report.source} />
      </p>
      <ul className="import-data-counts">
        <li>{t('importData.articles', { added: report.articles.added, there: report.articles.alreadyThere })}</li>
        <li>{t('importData.annotations', { added: a.added, updated: a.updated, unchanged: a.unchanged, keptOurs: a.keptOurs, deleted: a.deleted, skipped: a.skipped })}</li>
        <li>{t('importData.placement', { rePlaced: a.rePlaced, orphaned: a.orphaned })}</li>
        <li>{t('importData.tags', { added: report.tags.added.length, matched: report.tags.matched })}</li>
        <li>{t('importData.notes', { added: report.notes.added, updated: report.notes.updated, keptOurs: report.notes.keptOurs })}</li>
      </ul>
      {report.notices.length > 0 && (
        <ul className="import-data-notices" data-testid="import-notices">
          {report.notices.map((notice) => (
            <li key={notice}>
              <VisibleName text={notice} />
            </li>
          ))}
        </ul>
      )}
      {report.conflicts.length > 0 && (
        <details open>
          <summary>{t('importData.conflicts')}</summary>
          <ul className="import-data-conflicts" data-testid="import-conflicts">
            {report.conflicts.map((c, i) => (
              <li key={`${c.annotationId}-${i}`} data-kind={c.kind}>
                <span>{t(c.kind === 'orphaned' && c.reason && c.reason !== 'quote-not-found' ? `importData.kind.${c.reason}` : `importData.kind.${c.kind}`)}</span>
                {': '}
                <bdi className="quote">{c.quote.length > 80 ? `${c.quote.slice(0, 79)}…` : c.quote}</bdi> — <VisibleName text={c.articleTitle} />{' '}
                <button type="button" onClick={() => void openConflict(c)}>
                  {t('importData.open')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function ImportDataDialogBody() {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const state = useUi((s) => s.dataImport)!;
  const running = state.phase === 'running';
  useShowModal(ref);
  const close = () => {
    if (!running) useUi.getState().setDataImport(null);
  };
  return (
    <dialog
      ref={ref}
      className="export-dialog import-data-dialog"
      aria-labelledby="import-data-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id="import-data-title">{t('importData.title')}</h2>
      <div role="status" aria-live="polite" data-testid="import-data-status" data-phase={state.phase}>
        {state.phase === 'running' && (
          <label>
            <span>{t('importData.reading', { name: visibleControls(state.name) })}</span>
            <progress />
          </label>
        )}
        {state.phase === 'failed' && <p className="form-error">{state.text}</p>}
        {state.phase === 'done' && <ReportBody report={state.report} />}
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={close} disabled={running}>
          {t('importData.close')}
        </button>
      </div>
    </dialog>
  );
}
