/**
 * The automatic backup setting (Ctrl+Shift+B, or the command palette): how often, when the last
 * one was made, Back up now, and on the desktop the backups kept. A modal <dialog> whose radio
 * group takes the arrow keys; Escape closes it.
 */
import { useEffect, useRef, useState } from 'react';
import { BACKUP_INTERVALS, BACKUPS_KEPT, type BackupInterval } from '../../../shared/backup/backupSchedule';
import type { BackupInfo } from '../../../shared/backup/backupSchemas';
import { readBackupSchedule, setBackupInterval, type BackupSchedule } from '../../db/backupSettings';
import { appDatabase } from '../../db/database';
import { currentHost } from '../../host/currentHost';
import { useBackupUi } from '../../state/backupStore';
import { useI18n } from '../../ui/i18n';
import { useShowModal } from '../../ui/useShowModal';
import { backUpNow } from './backupActions';
import { formatWhen } from './formatWhen';
import './backup.css';

export function BackupDialog() {
  const open = useBackupUi((s) => s.dialogOpen);
  return open ? <BackupDialogBody /> : null;
}

function BackupDialogBody() {
  const { t, language } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useShowModal(ref);
  const working = useBackupUi((s) => s.working);
  const backupError = useBackupUi((s) => s.backupError);
  const made = useBackupUi((s) => s.backups);
  const [schedule, setSchedule] = useState<BackupSchedule | null>(null);
  const [kept, setKept] = useState<BackupInfo[]>([]);
  const desktop = currentHost().kind === 'electron';
  useEffect(() => {
    void readBackupSchedule(appDatabase(), Date.now()).then(setSchedule);
    if (desktop) void currentHost().listBackups().then(setKept);
  }, [desktop, made]);
  const close = () => useBackupUi.getState().set({ dialogOpen: false });
  const choose = (minutes: BackupInterval) => {
    const now = Date.now();
    setSchedule((s) => (s ? { ...s, intervalMinutes: minutes, since: now } : s));
    void setBackupInterval(appDatabase(), minutes, now);
  };
  return (
    <dialog
      ref={ref}
      className="export-dialog backup-dialog"
      aria-labelledby="backup-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <h2 id="backup-title">{t('backup.title')}</h2>
      {schedule && (
        <fieldset>
          <legend>{t('backup.schedule')}</legend>
          {BACKUP_INTERVALS.map((minutes) => (
            <label key={minutes}>
              <input type="radio" name="backup-interval" value={minutes} checked={schedule.intervalMinutes === minutes} onChange={() => choose(minutes)} />
              {t(`backup.interval.${minutes}`)}
            </label>
          ))}
        </fieldset>
      )}
      <p className="backup-note">{desktop ? t('backup.desktopNote', { count: BACKUPS_KEPT }) : t('backup.webNote')}</p>
      <p data-testid="last-backup">{schedule?.lastBackupAt ? t('backup.last', { date: formatWhen(schedule.lastBackupAt, language) }) : t('backup.none')}</p>
      {desktop && kept.length > 0 && (
        <section aria-label={t('backup.kept')}>
          <h3>{t('backup.kept')}</h3>
          <ul className="backup-list">
            {kept.map((backup) => (
              <li key={backup.name}>
                {formatWhen(backup.savedAt, language)} · {Math.max(1, Math.round(backup.size / 1024))} KB
              </li>
            ))}
          </ul>
        </section>
      )}
      {backupError && <p className="form-error">{t('backup.failed', { problem: backupError })}</p>}
      <div className="dialog-actions">
        <button type="button" disabled={working} onClick={() => void backUpNow()}>
          {working ? t('backup.working') : desktop ? t('backup.now') : t('backup.downloadNow')}
        </button>
        <button type="button" onClick={close}>
          {t('backup.close')}
        </button>
      </div>
    </dialog>
  );
}
