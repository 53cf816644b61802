/**
 * The automatic backups' folder (issue 14): `<userData>/backups`, one project bundle per backup.
 * Each is written to a `.part` file and renamed into place only once complete and flushed, so a
 * crash or a full disk mid-write never leaves a truncated backup that looks whole; after each new
 * one, all but the newest BACKUPS_KEPT are removed. Names are made here and checked on every read,
 * so the renderer can name a backup but never a path. The file system comes in as `deps` so tests
 * run on a temp folder.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { backupFileName, backupsToRemove, backupTime, BACKUP_NAME, BACKUPS_KEPT, newestFirst } from '../shared/backup/backupSchedule';
import type { BackupInfo } from '../shared/backup/backupSchemas';

export interface BackupFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, data: Uint8Array, options: { flag: string; flush: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ size: number }>;
}

export class BackupStore {
  constructor(
    private readonly dir: string,
    private readonly fs: BackupFs,
    private readonly keep = BACKUPS_KEPT,
    private readonly now = () => Date.now(),
  ) {}

  async write(bytes: Uint8Array): Promise<BackupInfo> {
    await this.fs.mkdir(this.dir, { recursive: true });
    const savedAt = this.now();
    const name = backupFileName(savedAt, randomBytes(4).toString('hex'));
    const target = join(this.dir, name);
    const part = `${target}.part`;
    try {
      // 'wx': never over an existing file; flush: on disk before the rename makes it a backup.
      await this.fs.writeFile(part, bytes, { flag: 'wx', flush: true });
      await this.fs.rename(part, target);
    } catch (error) {
      await this.fs.unlink(part).catch(() => undefined); // it may never have been created
      throw new Error(`Could not write the backup: ${error instanceof Error ? error.message : String(error)}`);
    }
    // Pruning comes after the new backup is in place, so there is never a moment with fewer.
    for (const old of backupsToRemove(await this.names(), this.keep)) await this.fs.unlink(join(this.dir, old)).catch(() => undefined);
    return { name, savedAt, size: bytes.byteLength };
  }

  /** The backups, newest first; other files in the folder (a `.part` left by a crash) are not listed. */
  async list(): Promise<BackupInfo[]> {
    const names = newestFirst(await this.names());
    return Promise.all(names.map(async (name) => ({ name, savedAt: backupTime(name)!, size: (await this.fs.stat(join(this.dir, name))).size })));
  }

  async read(name: string): Promise<Uint8Array> {
    // The IPC schema has already checked the name; checked again so no caller in main can pass a path.
    if (!BACKUP_NAME.test(name)) throw new Error('Not a backup name.');
    return this.fs.readFile(join(this.dir, name));
  }

  private async names(): Promise<string[]> {
    try {
      return await this.fs.readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return []; // no backup written yet
      throw error;
    }
  }
}
