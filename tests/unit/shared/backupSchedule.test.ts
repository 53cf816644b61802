import { describe, expect, it } from 'vitest';
import { backupFileName, backupsToRemove, backupTime, isBackupDue, nextBackupAt, newestFirst } from '../../../src/shared/backup/backupSchedule';

const HOUR = 3_600_000;

describe('the backup schedule', () => {
  it('is never due when off, or with an interval the app does not offer', () => {
    expect(nextBackupAt({ intervalMinutes: 0, lastBackupAt: null, since: 0 })).toBeNull();
    expect(nextBackupAt({ intervalMinutes: 7, lastBackupAt: null, since: 0 })).toBeNull();
    expect(isBackupDue({ intervalMinutes: 0, lastBackupAt: 0, since: 0 }, 10 * 24 * HOUR)).toBe(false);
  });

  it('counts from the last backup or from when the schedule was set (or put off), whichever is later', () => {
    expect(nextBackupAt({ intervalMinutes: 60, lastBackupAt: null, since: 1000 })).toBe(1000 + HOUR);
    expect(nextBackupAt({ intervalMinutes: 60, lastBackupAt: 5000, since: 1000 })).toBe(5000 + HOUR);
    expect(nextBackupAt({ intervalMinutes: 60, lastBackupAt: 5000, since: 9000 })).toBe(9000 + HOUR);
    expect(isBackupDue({ intervalMinutes: 15, lastBackupAt: 0, since: 0 }, 15 * 60_000 - 1)).toBe(false);
    expect(isBackupDue({ intervalMinutes: 15, lastBackupAt: 0, since: 0 }, 15 * 60_000)).toBe(true);
    expect(isBackupDue({ intervalMinutes: 1440, lastBackupAt: 0, since: 0 }, 23 * HOUR)).toBe(false);
  });
});

describe('backup names', () => {
  it('carry their time (UTC, to the millisecond) and sort by it', () => {
    const at = Date.UTC(2026, 11, 31, 23, 59, 58, 7);
    const name = backupFileName(at, '00ff00ff');
    expect(name).toBe('isnad-backup-20261231T235958007Z-00ff00ff.isnad.json');
    expect(backupTime(name)).toBe(at);
    const older = backupFileName(at - 1, 'ffffffff');
    expect(newestFirst([older, 'x.json', name])).toEqual([name, older]);
  });

  it('refuses a tail that could make a path', () => {
    expect(() => backupFileName(0, '../../x')).toThrow();
    expect(backupTime('isnad-backup-20261231T235958007Z-00ff00ff.isnad.json/..')).toBeNull();
  });

  it('removes all but the newest K, and never a file that is not a backup', () => {
    const names = [1, 2, 3, 4].map((n) => backupFileName(n * HOUR, `0000000${n}`));
    expect(backupsToRemove([...names, 'notes.txt'], 2)).toEqual([names[1], names[0]]);
    expect(backupsToRemove(names, 0)).toEqual(names.slice(0, 3).reverse()); // the newest always stays
  });
});
