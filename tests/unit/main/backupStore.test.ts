import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupStore, type BackupFs } from '../../../src/main/backupStore';

const realFs: BackupFs = { mkdir, writeFile, rename, unlink, readdir, readFile, stat };
const bundle = (n: number) => new TextEncoder().encode(`{"backup":${n}}`);

function store(keep = 3, fs: BackupFs = realFs) {
  const dir = join(mkdtempSync(join(tmpdir(), 'isnad-backups-')), 'backups');
  let clock = Date.UTC(2026, 0, 2, 3, 4, 5, 678);
  return { dir, backups: new BackupStore(dir, fs, keep, () => (clock += 60_000)) };
}

describe('BackupStore', () => {
  it('writes a backup into a folder it creates, and reads the same bytes back by name', async () => {
    const { dir, backups } = store();
    const info = await backups.write(bundle(1));
    expect(info.name).toMatch(/^isnad-backup-20260102T030505678Z-[0-9a-f]{8}\.isnad\.json$/);
    expect(info.size).toBe(bundle(1).byteLength);
    expect(readdirSync(dir)).toEqual([info.name]); // no .part left behind
    expect(new TextDecoder().decode(await backups.read(info.name))).toBe('{"backup":1}');
  });

  it('keeps only the newest K, newest first, and never lists or removes other files', async () => {
    const { dir, backups } = store(3);
    await backups.write(bundle(0));
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(dir, 'isnad-backup-20200101T000000000Z-00000000.isnad.json.part'), '{');
    const written = [];
    for (let n = 1; n <= 5; n++) written.push(await backups.write(bundle(n)));
    const listed = await backups.list();
    expect(listed.map((b) => b.name)).toEqual(
      written
        .slice(-3)
        .reverse()
        .map((b) => b.name),
    );
    expect(listed[0]!.savedAt).toBeGreaterThan(listed[1]!.savedAt);
    expect(readdirSync(dir).sort()).toEqual([...written.slice(-3).map((b) => b.name), 'isnad-backup-20200101T000000000Z-00000000.isnad.json.part', 'notes.txt'].sort());
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('lists nothing before the first backup (no folder yet)', async () => {
    expect(await store().backups.list()).toEqual([]);
  });

  it('refuses to read anything but a backup name, even from inside main', async () => {
    const { backups } = store();
    await backups.write(bundle(1));
    for (const name of ['../Preferences', '/etc/passwd', 'notes.txt', 'isnad-backup-20260102T030605678Z-0123abcd.isnad.json/../../x']) {
      await expect(backups.read(name)).rejects.toThrow('Not a backup name.');
    }
  });

  it('leaves no partial backup and keeps the older ones when a write fails (disk full)', async () => {
    let failWrites = false;
    const fs: BackupFs = {
      ...realFs,
      writeFile: async (path, data, options) => {
        if (!failWrites) return writeFile(path, data, options);
        await writeFile(path, data.slice(0, 3), options); // a partial file, as a full disk leaves
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const { dir, backups } = store(3, fs);
    const first = await backups.write(bundle(1));
    failWrites = true;
    await expect(backups.write(bundle(2))).rejects.toThrow('Could not write the backup: ENOSPC: no space left on device');
    expect(readdirSync(dir)).toEqual([first.name]);
    expect((await backups.list()).map((b) => b.name)).toEqual([first.name]);
  });
});
