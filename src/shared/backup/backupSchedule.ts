/**
 * Automatic rolling backups (issue 14): when one is due, what a backup file is called, and which
 * backups are kept. Pure, so main (which stores the files) and the renderer (which decides when to
 * write one, or in the web twin when to remind) agree, and both are unit-tested without timers.
 */

/** The schedules the analyst can choose, in minutes; 0 is "off". Few, so the choice is one short list. */
export const BACKUP_INTERVALS = [0, 15, 60, 240, 1440] as const;
export type BackupInterval = (typeof BACKUP_INTERVALS)[number];
export const DEFAULT_BACKUP_INTERVAL: BackupInterval = 60;
/** How many automatic backups main keeps; the oldest beyond these are removed after each new one. */
export const BACKUPS_KEPT = 10;

export function isBackupInterval(value: unknown): value is BackupInterval {
  return typeof value === 'number' && (BACKUP_INTERVALS as readonly number[]).includes(value);
}

/**
 * When the next backup is due (ms since the epoch), or null when backups are off. Counted from the
 * last backup or from when the schedule was set (or a reminder put off), whichever is later: turning
 * it on never starts with a backup the analyst did not ask for yet, and an hour's schedule means an
 * hour's work at most.
 */
export function nextBackupAt(schedule: { intervalMinutes: number; lastBackupAt: number | null; since: number }): number | null {
  if (!isBackupInterval(schedule.intervalMinutes) || schedule.intervalMinutes === 0) return null;
  return Math.max(schedule.lastBackupAt ?? schedule.since, schedule.since) + schedule.intervalMinutes * 60_000;
}

export function isBackupDue(schedule: { intervalMinutes: number; lastBackupAt: number | null; since: number }, now: number): boolean {
  const next = nextBackupAt(schedule);
  return next !== null && now >= next;
}

/**
 * A backup's file name: `isnad-backup-<UTC timestamp>-<random>.isnad.json`. The timestamp sorts
 * by name in time order; the random tail keeps two backups in the same millisecond apart.
 */
export const BACKUP_NAME = /^isnad-backup-(\d{8}T\d{6}\d{3}Z)-([0-9a-f]{8})\.isnad\.json$/;

export function backupFileName(at: number, randomHex: string): string {
  if (!/^[0-9a-f]{8}$/.test(randomHex)) throw new Error('The backup name needs 8 hex digits.');
  const iso = new Date(at).toISOString(); // 2026-01-02T03:04:05.678Z
  const stamp = iso.replace(/[-:]/g, '').replace('.', ''); // 20260102T030405678Z
  return `isnad-backup-${stamp}-${randomHex}.isnad.json`;
}

/** When a backup named by backupFileName was written, or null for any other name. */
export function backupTime(name: string): number | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const s = match[1]!;
  const at = Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8), +s.slice(9, 11), +s.slice(11, 13), +s.slice(13, 15), +s.slice(15, 18));
  return Number.isNaN(at) ? null : at;
}

/** Backup names newest first; names that are not backups are left out (never listed, never removed). */
export function newestFirst(names: readonly string[]): string[] {
  return names.filter((name) => backupTime(name) !== null).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

/** Which backups go once a new one is written: all but the newest `keep`. */
export function backupsToRemove(names: readonly string[], keep: number = BACKUPS_KEPT): string[] {
  return newestFirst(names).slice(Math.max(1, keep));
}
