/**
 * Runs the backup schedule while the app is open, binds the backup dialog's command, and turns
 * every write the browser refused into the storage banner (db/writeFailures.ts).
 */
import { useEffect } from 'react';
import { onWriteFailure } from '../../db/writeFailures';
import { useBackupUi } from '../../state/backupStore';
import { useCommandBindings } from '../../ui/commandBindings';
import { checkBackupSchedule } from './backupActions';

/** How often the schedule is looked at. The shortest interval is 15 minutes; a minute late is nothing. */
const TICK_MS = 60_000;

export function useBackupSchedule(): void {
  useCommandBindings(() => ({ 'backup-settings': { run: () => useBackupUi.getState().set({ dialogOpen: true }) } }), []);
  useEffect(() => {
    const tick = () => void checkBackupSchedule(Date.now()).catch((error: unknown) => console.warn('backup schedule', error));
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => onWriteFailure((failure) => useBackupUi.getState().set({ storageProblem: failure })), []);
}
