/**
 * The automatic backup schedule, as settings rows of its own (not in `Settings`, so this part of
 * issue 14 adds no field every other reader of the settings carries).
 */
import { DEFAULT_BACKUP_INTERVAL, isBackupInterval, type BackupInterval } from '../../shared/backup/backupSchedule';
import type { IsnadDatabase } from './database';

export interface BackupSchedule {
  intervalMinutes: BackupInterval;
  lastBackupAt: number | null;
  /** When the schedule was set (the first backup is due one interval after it). */
  since: number;
}

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Reads the schedule; the first time, records now as its start, so the first backup is an interval away. */
export function readBackupSchedule(db: IsnadDatabase, now: number): Promise<BackupSchedule> {
  return db.transaction('rw', db.settings, async () => {
    const [interval, last, since] = await db.settings.bulkGet(['backupIntervalMinutes', 'lastBackupAt', 'backupSince']);
    let start = num(since?.value);
    if (start === null) {
      start = now;
      await db.settings.put({ key: 'backupSince', value: now });
    }
    return { intervalMinutes: isBackupInterval(interval?.value) ? interval.value : DEFAULT_BACKUP_INTERVAL, lastBackupAt: num(last?.value), since: start };
  });
}

export async function setBackupInterval(db: IsnadDatabase, intervalMinutes: BackupInterval, now: number): Promise<void> {
  await db.settings.bulkPut([
    { key: 'backupIntervalMinutes', value: intervalMinutes },
    { key: 'backupSince', value: now },
  ]);
}

export async function recordBackup(db: IsnadDatabase, at: number): Promise<void> {
  await db.settings.put({ key: 'lastBackupAt', value: at });
}

/** The web twin's "Later": the schedule counts from now, without pretending a backup was made. */
export async function postponeBackup(db: IsnadDatabase, now: number): Promise<void> {
  await db.settings.put({ key: 'backupSince', value: now });
}
