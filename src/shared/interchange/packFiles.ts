/**
 * An export as the one file the app saves: a single file as it is, several (a brat folder) as a
 * zip holding them under one folder named after the export. The command line writes the files
 * themselves instead.
 */
import { zipSync, type Zippable } from 'fflate';
import type { ExportedFile } from './interchange';

const bytesOf = (content: string | Uint8Array) => (typeof content === 'string' ? new TextEncoder().encode(content) : content);

export function packFiles(files: readonly ExportedFile[]): Uint8Array {
  if (files.length === 1) return bytesOf(files[0]!.content);
  const tree: Zippable = {};
  for (const file of files) tree[file.path] = bytesOf(file.content);
  return zipSync(tree, { level: 6 });
}
