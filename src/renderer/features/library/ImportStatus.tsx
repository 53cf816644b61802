/** The import progress bar (with count and Cancel) and, afterwards, the report with every refused file. */
import { useI18n } from '../../ui/i18n';
import { useUi } from '../../state/store';
import { VisibleName } from '../../ui/VisibleName';

export function ImportStatus() {
  const { t } = useI18n();
  const progress = useUi((s) => s.importProgress);
  const report = useUi((s) => s.importReport);
  const cancel = useUi((s) => s.cancelImport);
  const dismiss = useUi((s) => s.dismissImportReport);

  if (progress) {
    return (
      <div className="import-status" role="status" data-testid="import-progress">
        <label>
          <span>{t('import.progress', { done: progress.done, total: progress.total })}</span>
          <progress max={progress.total} value={progress.done} />
        </label>
        <button type="button" onClick={cancel} title="Escape">
          {t('import.cancel')}
        </button>
      </div>
    );
  }
  if (!report) return null;
  const reanchored = report.reanchored ?? { exact: 0, approximate: 0, orphaned: 0 };
  return (
    <div className="import-status import-report" role="status" data-testid="import-report">
      <p>
        {report.cancelled ? `${t('import.cancelled', { done: report.processed, total: report.total })} ` : ''}
        {t('import.summary', { added: report.added, versions: report.versions, duplicates: report.duplicates, refused: report.refused.length })}
      </p>
      {reanchored.exact + reanchored.approximate + reanchored.orphaned > 0 && (
        <p data-testid="import-reanchored">{t('import.reanchored', { moved: reanchored.exact + reanchored.approximate, approximate: reanchored.approximate, orphaned: reanchored.orphaned })}</p>
      )}
      {report.refused.length > 0 && (
        <details open>
          <summary>{t('import.refusedTitle')}</summary>
          <ul className="refusals">
            {report.refused.map((refusal, i) => (
              <li key={`${refusal.sourceKey}-${i}`} data-reason={refusal.reason}>
                <VisibleName className="refusal-file" text={refusal.sourceKey || refusal.name} />: {t(`refusal.${refusal.reason}`)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={dismiss}>
        {t('import.dismiss')}
      </button>
    </div>
  );
}
