/**
 * Browser File objects as `PickedFile`s. Used by the web host's pickers and, in both hosts, by
 * drag and drop (a dropped File is a browser object in Electron too).
 */
import type { PickedFile } from '../../shared/host';

export function pickedFromFile(file: File, relativePath?: string): PickedFile {
  const sourceKey = relativePath || (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
  return {
    name: file.name,
    sourceKey,
    size: file.size,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  };
}

const isHidden = (name: string) => name.startsWith('.');

function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries returns at most ~100 entries per call; keep calling until it returns none.
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function collectEntry(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (isHidden(entry.name)) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push(pickedFromFile(file, entry.fullPath.replace(/^\//, '')));
  } else if (entry.isDirectory) {
    const children = await readAllEntries((entry as FileSystemDirectoryEntry).createReader());
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) await collectEntry(child, out);
  }
}

/** Every file in a drop, folders walked recursively (hidden files skipped). */
export async function pickedFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.every((entry) => entry !== null)) {
    const out: PickedFile[] = [];
    for (const entry of entries) await collectEntry(entry, out);
    return out;
  }
  return Array.from(data.files, (file) => pickedFromFile(file));
}
