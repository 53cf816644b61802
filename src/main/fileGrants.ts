/**
 * Files the analyst chose in a native dialog, handed to the renderer as opaque tokens. The
 * renderer can read a granted file and nothing else: it never names a path main would open.
 */
import { randomUUID } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { FileEntry } from '../shared/host';
import { maxReadBytes } from '../shared/interchange/dataFileLimit';

/** A folder walk stops here: an analyst's folder of articles, not a whole disk. */
export const MAX_FOLDER_FILES = 20_000;
const MAX_DEPTH = 12;

export class FileGrants {
  private readonly paths = new Map<string, string>();

  grant(path: string, size: number, sourceKey = path): FileEntry {
    const token = randomUUID();
    this.paths.set(token, path);
    return { token, name: basename(path), sourceKey, size };
  }

  has(token: string): boolean {
    return this.paths.has(token);
  }

  /** Reads a granted file, refusing (without reading) one over the size limit (larger for data files: dataFileLimit.ts). */
  async read(token: string): Promise<Uint8Array> {
    const path = this.paths.get(token);
    if (!path) throw new Error('This file was not chosen by the analyst.');
    const info = await stat(path);
    if (info.size > maxReadBytes(basename(path))) throw new Error('too-large');
    const buffer = await readFile(path);
    // A plain Uint8Array (not a Buffer view on a shared pool) crosses IPC cleanly.
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();
  }

  async grantFiles(paths: readonly string[]): Promise<FileEntry[]> {
    const entries: FileEntry[] = [];
    for (const path of paths) {
      const info = await stat(path);
      if (info.isFile()) entries.push(this.grant(path, info.size));
    }
    return entries;
  }

  /** Every regular file under `root` (hidden files and folders skipped), sorted by path. */
  async grantFolder(root: string): Promise<FileEntry[]> {
    const found: { path: string; size: number }[] = [];
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > MAX_DEPTH || found.length >= MAX_FOLDER_FILES) return;
      const entries = await readdir(dir, { withFileTypes: true });
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path, depth + 1);
        else if (entry.isFile() && found.length < MAX_FOLDER_FILES) found.push({ path, size: (await stat(path)).size });
      }
    };
    await walk(root, 0);
    found.sort((a, b) => a.path.localeCompare(b.path));
    const folderName = basename(root);
    // '/' on every platform, so the same folder gives the same source keys on Windows and Linux.
    return found.map(({ path, size }) => this.grant(path, size, [folderName, ...relative(root, path).split(sep)].join('/')));
  }
}
