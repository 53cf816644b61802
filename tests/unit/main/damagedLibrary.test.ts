import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestSetAside, setAsideIfRequested } from '../../../src/main/damagedLibrary';

const fs = { writeFile: (p: string, d: string) => writeFile(p, d), readFile: (p: string, e: 'utf8') => readFile(p, e), rename, unlink };

function userData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-aside-'));
  mkdirSync(join(dir, 'IndexedDB', 'file__0.indexeddb.leveldb'), { recursive: true });
  writeFileSync(join(dir, 'IndexedDB', 'file__0.indexeddb.leveldb', 'CURRENT'), 'MANIFEST-000001\n');
  return dir;
}

describe('setting a damaged library aside (main)', () => {
  it('does nothing at a start nobody asked for', async () => {
    const dir = userData();
    expect(await setAsideIfRequested(dir, fs)).toBeNull();
    expect(readdirSync(dir)).toEqual(['IndexedDB']);
  });

  it('moves the whole store aside at the next start, keeps every file, and forgets the request', async () => {
    const dir = userData();
    await requestSetAside(dir, fs, Date.UTC(2026, 10, 23, 8, 30));
    expect(readdirSync(join(dir, 'IndexedDB'))).toEqual(['file__0.indexeddb.leveldb']); // nothing moves while the app runs
    const moved = await setAsideIfRequested(dir, fs, Date.UTC(2026, 10, 23, 8, 31));
    expect(moved).toBe('IndexedDB-set-aside-20261123T083100000Z');
    expect(readdirSync(dir).sort()).toEqual([moved]);
    expect(readFileSync(join(dir, moved!, 'file__0.indexeddb.leveldb', 'CURRENT'), 'utf8')).toBe('MANIFEST-000001\n');
    expect(await setAsideIfRequested(dir, fs)).toBeNull(); // done once
  });

  it('finishes a request when there is no store, and keeps it when the move fails so the next start tries again', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'isnad-aside-'));
    await requestSetAside(empty, fs);
    expect(await setAsideIfRequested(empty, fs)).toBeNull();
    expect(readdirSync(empty)).toEqual([]);

    const dir = userData();
    await requestSetAside(dir, fs);
    const failing = { ...fs, rename: () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' })) };
    await expect(setAsideIfRequested(dir, failing)).rejects.toThrow('busy');
    expect(readdirSync(dir).sort()).toEqual(['IndexedDB', 'set-library-aside.request']);
  });
});
