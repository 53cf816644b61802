/**
 * What the analyst sees of storage trouble while working: a banner when the browser refused a
 * write (the change is not kept, and the screen says so), and in the web twin the backup reminder.
 */
import { useBackupUi } from '../../state/backupStore';
import { useI18n } from '../../ui/i18n';
import { backUpNow, remindLater } from './backupActions';

export function StorageBanners() {
  const { t } = useI18n();
  const problem = useBackupUi((s) => s.storageProblem);
  const reminder = useBackupUi((s) => s.reminder);
  const working = useBackupUi((s) => s.working);
  const backupError = useBackupUi((s) => s.backupError);
  return (
    <>
      {problem && (
        <div className="storage-banner storage-problem" role="alert" data-testid="storage-problem">
          <p>{t(problem.kind === 'quota' ? 'storage.quota' : problem.kind === 'closed' ? 'storage.closed' : 'storage.failed')}</p>
          <p className="storage-detail" dir="ltr">
            {problem.detail}
          </p>
          <button type="button" onClick={() => useBackupUi.getState().set({ storageProblem: null })}>
            {t('storage.dismiss')}
          </button>
        </div>
      )}
      {reminder && (
        <div className="storage-banner backup-reminder" role="status" data-testid="backup-reminder">
          <p>{t('backup.reminder')}</p>
          {backupError && <p className="form-error">{t('backup.failed', { problem: backupError })}</p>}
          <button type="button" disabled={working} onClick={() => void backUpNow()}>
            {t('backup.downloadNow')}
          </button>
          <button type="button" onClick={() => void remindLater()}>
            {t('backup.later')}
          </button>
        </div>
      )}
    </>
  );
}
