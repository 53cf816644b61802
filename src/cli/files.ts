/** The command line's file work: reading inputs (a file or a folder), writing outputs safely. */
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { ExportedFile, ImportSource } from '../shared/interchange/interchange';

/** A file, or every file under a folder (hidden ones skipped), as import sources named by their relative path. */
export async function readSources(paths: readonly string[]): Promise<ImportSource[]> {
  const sources: ImportSource[] = [];
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) {
      const walk = async (dir: string): Promise<void> => {
        for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
          if (entry.name.startsWith('.')) continue;
          const full = join(dir, entry.name);
          if (entry.isDirectory()) await walk(full);
          else if (entry.isFile()) sources.push({ path: relative(path, full).split(sep).join('/'), bytes: await readFile(full) });
        }
      };
      await walk(path);
    } else sources.push({ path: basename(path), bytes: await readFile(path) });
  }
  return sources;
}

/**
 * Writes each exported file under `outDir`. Paths come from our own exporters, but are checked
 * anyway: a path that would leave the folder is refused rather than written.
 */
export async function writeExport(outDir: string, files: readonly ExportedFile[]): Promise<string[]> {
  const root = resolve(outDir);
  const written: string[] = [];
  for (const file of files) {
    const target = resolve(root, file.path);
    if (!target.startsWith(root + sep)) throw new Error(`refusing to write outside ${outDir}: ${file.path}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
    written.push(target);
  }
  return written;
}

/** Replaces `path` only once the new content is wholly on disk (a crash leaves the old bundle, never half of one). */
export async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const part = `${path}.${process.pid}.part`;
  await writeFile(part, content, { flush: true });
  await rename(part, path);
}
