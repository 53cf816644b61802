/**
 * Saves an exported report file where the analyst chooses. The bytes go to a temporary
 * `<target>.<random>.part` beside the target and are renamed over it only once complete, so a
 * failed export never leaves a truncated report (or a half-overwritten older one) behind.
 * Electron and the file system come in as `deps` so tests run with a fake dialog and real files.
 */
import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import type { FileFilter, SaveDialogOptions } from 'electron';
import type { ExportFile, SaveOutcome } from '../shared/host';

export interface SaveExportDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(path: string, data: Uint8Array, options: { flag: string; flush: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Folder the dialog opens in (Electron: Documents); without it the platform picks. */
  defaultDirectory?: string;
}

/** The save dialog's file type for each exported format. Names stay English: they are format names. */
const FILTERS: Record<string, FileFilter> = {
  'text/html': { name: 'HTML', extensions: ['html', 'htm'] },
  'application/pdf': { name: 'PDF', extensions: ['pdf'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { name: 'Word (DOCX)', extensions: ['docx'] },
  // Data exports (issue 12). The bundle's ".isnad.json" ends in .json, which is what the filter sees.
  'application/json': { name: 'Isnad project bundle', extensions: ['json'] },
  'application/ld+json': { name: 'W3C Web Annotation (JSON-LD)', extensions: ['jsonld', 'json'] },
  'application/zip': { name: 'brat standoff (zip)', extensions: ['zip'] },
  'application/x-refi-qda+zip': { name: 'REFI-QDA project', extensions: ['qdpx'] },
  'text/csv': { name: 'CSV', extensions: ['csv'] },
  'application/x-ndjson': { name: 'JSON Lines', extensions: ['jsonl'] },
};

export function saveDialogOptions(file: Pick<ExportFile, 'suggestedName' | 'mimeType'>, defaultDirectory?: string): SaveDialogOptions {
  const filter = FILTERS[file.mimeType];
  if (!filter) throw new Error(`Cannot export a file of type ${file.mimeType}.`);
  return {
    // basename: the schema already refuses separators; this keeps the dialog in its folder even if
    // a caller in main skipped the schema.
    defaultPath: defaultDirectory ? join(defaultDirectory, basename(file.suggestedName)) : basename(file.suggestedName),
    filters: [filter],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

export async function saveExportFile(deps: SaveExportDeps, file: ExportFile): Promise<SaveOutcome> {
  const choice = await deps.showSaveDialog(saveDialogOptions(file, deps.defaultDirectory));
  if (choice.canceled || !choice.filePath) return { kind: 'cancelled' };
  // Exactly the path the analyst confirmed: no extension is appended, because that would write
  // a file the dialog never asked about overwriting.
  const target = choice.filePath;
  const part = `${target}.${randomBytes(6).toString('hex')}.part`;
  const fail = async (error: unknown, removePart: boolean): Promise<never> => {
    if (removePart) await deps.unlink(part).catch(() => undefined); // it may never have been created
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not write ${basename(target)}: ${reason}`);
  };
  try {
    // 'wx': the temp name must be new, so a file that happens to have it is never clobbered;
    // flush: the bytes are on disk before the rename makes them the report.
    await deps.writeFile(part, file.bytes, { flag: 'wx', flush: true });
  } catch (error) {
    // EEXIST means the .part file is not ours: leave it alone.
    return fail(error, (error as NodeJS.ErrnoException | null)?.code !== 'EEXIST');
  }
  try {
    await deps.rename(part, target);
  } catch (error) {
    return fail(error, true);
  }
  return { kind: 'saved', location: target };
}
