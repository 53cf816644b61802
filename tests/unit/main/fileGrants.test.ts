import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileGrants } from '../../../src/main/fileGrants';
import { MAX_FILE_BYTES } from '../../../src/shared/text/decode';
import { MAX_DATA_FILE_BYTES } from '../../../src/shared/interchange/dataFileLimit';

// Spy on readFile (keeping its real behaviour) to prove an oversized file is never read.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isnad-grants-'));
});

afterEach(async () => {
  vi.mocked(readFile).mockClear();
  await rm(dir, { recursive: true, force: true });
});

async function put(relativePath: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, relativePath);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

describe('FileGrants.grantFiles', () => {
  it('grants each file with a fresh uuid token, its name and size', async () => {
    const a = await put('a.txt', 'مرحبا');
    const b = await put('b.txt', 'hello');
    const grants = new FileGrants();
    const entries = await grants.grantFiles([a, b]);
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.name)).toEqual(['a.txt', 'b.txt']);
    expect(entries.map((e) => e.size)).toEqual([Buffer.byteLength('مرحبا'), 5]);
    expect(entries.map((e) => e.sourceKey)).toEqual([a, b]);
    for (const entry of entries) {
      expect(entry.token).toMatch(UUID);
      expect(grants.has(entry.token)).toBe(true);
    }
    expect(entries[0]!.token).not.toBe(entries[1]!.token);
  });

  it('skips a directory passed as a file', async () => {
    const a = await put('a.txt', 'x');
    await mkdir(join(dir, 'sub'));
    const entries = await new FileGrants().grantFiles([a, join(dir, 'sub')]);
    expect(entries.map((e) => e.name)).toEqual(['a.txt']);
  });
});

describe('FileGrants.grantFolder', () => {
  it('walks subfolders, skips hidden files and folders, and sorts by path', async () => {
    await put('root/b.txt', 'bb');
    await put('root/a.txt', 'a');
    await put('root/sub/c.txt', 'ccc');
    await put('root/sub/deeper/d.txt', 'dddd');
    await put('root/.hidden.txt', 'secret');
    await put('root/.git/config', 'secret');
    await put('root/sub/.DS_Store', 'secret');
    const root = join(dir, 'root');
    const grants = new FileGrants();
    const entries = await grants.grantFolder(root);

    expect(entries.map((e) => e.sourceKey)).toEqual(['root/a.txt', 'root/b.txt', 'root/sub/c.txt', 'root/sub/deeper/d.txt']);
    expect(entries.map((e) => e.name)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    expect(entries.map((e) => e.size)).toEqual([1, 2, 3, 4]);
    for (const entry of entries) expect(entry.token).toMatch(UUID);
    expect(new Set(entries.map((e) => e.token)).size).toBe(4);
  });

  it('names sourceKeys after the chosen folder', async () => {
    await put('مقالات/خبر.txt', 'x');
    const entries = await new FileGrants().grantFolder(join(dir, 'مقالات'));
    expect(entries.map((e) => e.sourceKey)).toEqual(['مقالات/خبر.txt']);
  });

  it('returns [] for an empty folder', async () => {
    await mkdir(join(dir, 'empty'));
    expect(await new FileGrants().grantFolder(join(dir, 'empty'))).toEqual([]);
  });
});

describe('FileGrants.read', () => {
  it('returns the exact bytes of a granted file as a plain Uint8Array', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xd9, 0x85, 0x00, 0xff, 0x0a]);
    const path = await put('bytes.bin', bytes);
    const grants = new FileGrants();
    const [entry] = await grants.grantFiles([path]);
    const read = await grants.read(entry!.token);
    expect(read).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(read)).toBe(false);
    expect([...read]).toEqual([...bytes]);
    expect(read.byteOffset).toBe(0);
    expect(read.buffer.byteLength).toBe(bytes.length);
  });

  it('reads files granted through a folder', async () => {
    await put('f/sub/x.txt', 'inside');
    const grants = new FileGrants();
    const [entry] = await grants.grantFolder(join(dir, 'f'));
    expect(new TextDecoder().decode(await grants.read(entry!.token))).toBe('inside');
  });

  it('rejects an unknown token, even a well-formed one', async () => {
    const grants = new FileGrants();
    await expect(grants.read('3f2b8c1e-9a4d-4b6e-8f0a-1c2d3e4f5a6b')).rejects.toThrow('not chosen');
    await expect(grants.read(join(dir, 'a.txt'))).rejects.toThrow();
  });

  it('does not honour another instance’s tokens', async () => {
    const path = await put('a.txt', 'x');
    const [entry] = await new FileGrants().grantFiles([path]);
    await expect(new FileGrants().read(entry!.token)).rejects.toThrow();
  });

  it('refuses a file over 20 MB with "too-large" without reading it', async () => {
    const path = await put('huge.txt', '');
    await truncate(path, MAX_FILE_BYTES + 1);
    const grants = new FileGrants();
    const [entry] = await grants.grantFiles([path]);
    expect(entry!.size).toBe(20 * 1024 * 1024 + 1);
    vi.mocked(readFile).mockClear();
    // Compare a short outcome string so a regression does not print 20 MB of bytes.
    const outcome = await grants.read(entry!.token).then(
      (bytes) => `resolved with ${bytes.byteLength} bytes`,
      (error: Error) => error.message,
    );
    expect(outcome).toBe('too-large');
    expect(readFile).not.toHaveBeenCalled();
  });

  it('reads a project bundle over 20 MB (data files have their own, larger limit)', async () => {
    const path = await put('team.isnad.json', '');
    await truncate(path, MAX_FILE_BYTES + 1);
    const grants = new FileGrants();
    const [entry] = await grants.grantFiles([path]);
    expect((await grants.read(entry!.token)).byteLength).toBe(MAX_FILE_BYTES + 1);
    const huge = await put('huge.isnad.json', '');
    await truncate(huge, MAX_DATA_FILE_BYTES + 1);
    const [big] = await grants.grantFiles([huge]);
    await expect(grants.read(big!.token)).rejects.toThrow('too-large');
  });

  it('still reads a file of exactly 20 MB', async () => {
    const path = await put('limit.txt', '');
    await truncate(path, MAX_FILE_BYTES);
    const grants = new FileGrants();
    const [entry] = await grants.grantFiles([path]);
    vi.mocked(readFile).mockClear();
    expect((await grants.read(entry!.token)).byteLength).toBe(MAX_FILE_BYTES);
    expect(readFile).toHaveBeenCalledOnce();
  });
});
