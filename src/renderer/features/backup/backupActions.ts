/**
 * Making a backup (issue 14). The desktop app hands the bundle to main, which keeps it in the
 * app's data folder; the web twin has no folder, so "back up now" downloads the bundle.
 */
import { isBackupDue } from '../../../shared/backup/backupSchedule';
import { postponeBackup, recordBackup, readBackupSchedule } from '../../db/backupSettings';
import { appDatabase } from '../../db/database';
import { analystName } from '../../db/settings';
import { currentHost } from '../../host/currentHost';
import { useBackupUi } from '../../state/backupStore';
import { libraryBundle } from './backupBundle';

/** The downloaded bundle's name in the web twin: dated, and ending as the import expects. */
export function downloadName(at: number): string {
  return `isnad-backup-${new Date(at).toISOString().slice(0, 16).replace(':', '-')}.isnad.json`;
}

/** Writes (desktop) or downloads (web) a backup of the whole library now. Resolves false if it failed (the error is in the store). */
export async function backUpNow(): Promise<boolean> {
  const ui = useBackupUi.getState();
  if (ui.working) return false;
  ui.set({ working: true, backupError: null });
  try {
    const db = appDatabase();
    const now = Date.now();
    const bytes = await libraryBundle(db, await analystName(db), now);
    if (bytes) {
      const host = currentHost();
      if (host.kind === 'electron') await host.writeBackup(bytes);
      else await host.saveExport({ suggestedName: downloadName(now), mimeType: 'application/json', bytes });
    }
    await recordBackup(db, now);
    useBackupUi.getState().set({ reminder: false, backups: useBackupUi.getState().backups + 1 });
    return true;
  } catch (error) {
    useBackupUi.getState().set({ backupError: error instanceof Error ? error.message : String(error) });
    return false;
  } finally {
    useBackupUi.getState().set({ working: false });
  }
}

/** One tick of the schedule: desktop backs up when due; web shows the reminder instead. */
export async function checkBackupSchedule(now: number): Promise<void> {
  const schedule = await readBackupSchedule(appDatabase(), now);
  if (!isBackupDue(schedule, now)) return;
  if (currentHost().kind === 'electron') await backUpNow();
  else if (!useBackupUi.getState().reminder) useBackupUi.getState().set({ reminder: true });
}

/** "Later": the reminder comes back one interval from now. */
export async function remindLater(): Promise<void> {
  useBackupUi.getState().set({ reminder: false });
  await postponeBackup(appDatabase(), Date.now());
}
