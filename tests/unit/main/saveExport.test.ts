import { mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveDialogOptions } from 'electron';
import { saveDialogOptions, saveExportFile, type SaveExportDeps } from '../../../src/main/saveExport';
import { EXPORT_MIME_TYPES } from '../../../src/shared/hostSchemas';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isnad-save-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Real file system, a fake dialog that answers `answer`. */
function deps(answer: { canceled: boolean; filePath?: string }, overrides: Partial<SaveExportDeps> = {}) {
  const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => answer);
  return { showSaveDialog, writeFile, rename, unlink, ...overrides } satisfies SaveExportDeps;
}

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31) % 256);

describe('saveExportFile', () => {
  it('writes exactly the bytes to the chosen path and leaves nothing else', async () => {
    const target = join(dir, 'تقرير.pdf');
    const input = bytes(100_000);
    const outcome = await saveExportFile(deps({ canceled: false, filePath: target }), { suggestedName: 'report.pdf', mimeType: 'application/pdf', bytes: input });
    expect(outcome).toEqual({ kind: 'saved', location: target });
    expect(new Uint8Array(await readFile(target))).toEqual(input);
    expect(await readdir(dir)).toEqual(['تقرير.pdf']);
  });

  it('replaces an older file at the target as a whole', async () => {
    const target = join(dir, 'report.html');
    await writeFile(target, 'an older, much longer report '.repeat(100));
    await saveExportFile(deps({ canceled: false, filePath: target }), { suggestedName: 'report.html', mimeType: 'text/html', bytes: new TextEncoder().encode('<p>new</p>') });
    expect(await readFile(target, 'utf8')).toBe('<p>new</p>');
    expect(await readdir(dir)).toEqual(['report.html']);
  });

  it('writes nothing when the analyst cancels', async () => {
    const write = vi.fn(writeFile);
    expect(await saveExportFile(deps({ canceled: true }, { writeFile: write }), { suggestedName: 'r.html', mimeType: 'text/html', bytes: bytes(3) })).toEqual({ kind: 'cancelled' });
    expect(await saveExportFile(deps({ canceled: false }, { writeFile: write }), { suggestedName: 'r.html', mimeType: 'text/html', bytes: bytes(3) })).toEqual({ kind: 'cancelled' });
    expect(write).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('asks with the suggested name in the default folder and the format as the only filter', async () => {
    const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({ canceled: true }));
    await saveExportFile({ ...deps({ canceled: true }), showSaveDialog, defaultDirectory: dir }, { suggestedName: 'Report 2024.docx', mimeType: DOCX, bytes: bytes(1) });
    const options = showSaveDialog.mock.calls[0]![0];
    expect(options.defaultPath).toBe(join(dir, 'Report 2024.docx'));
    expect(options.filters).toEqual([{ name: 'Word (DOCX)', extensions: ['docx'] }]);
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('has a filter for each export format and refuses any other type', () => {
    expect(saveDialogOptions({ suggestedName: 'a.html', mimeType: 'text/html' }).filters).toEqual([{ name: 'HTML', extensions: ['html', 'htm'] }]);
    expect(saveDialogOptions({ suggestedName: 'a.pdf', mimeType: 'application/pdf' })).toMatchObject({ defaultPath: 'a.pdf', filters: [{ extensions: ['pdf'] }] });
    expect(() => saveDialogOptions({ suggestedName: 'a.exe', mimeType: 'application/x-msdownload' })).toThrow(/Cannot export/);
    // Every type the contract lets through has a file type in the save dialog (the data formats of issue 12 too).
    for (const mimeType of EXPORT_MIME_TYPES) expect(saveDialogOptions({ suggestedName: 'x', mimeType }).filters![0]!.extensions.length).toBeGreaterThan(0);
    expect(saveDialogOptions({ suggestedName: 'p.qdpx', mimeType: 'application/x-refi-qda+zip' }).filters).toEqual([{ name: 'REFI-QDA project', extensions: ['qdpx'] }]);
  });

  it('keeps the suggested name inside the default folder even if a path slipped through', () => {
    expect(saveDialogOptions({ suggestedName: '../../etc/passwd', mimeType: 'text/html' }, dir).defaultPath).toBe(join(dir, 'passwd'));
  });

  it('writes beside the target first, then renames over it', async () => {
    const target = join(dir, 'r.pdf');
    const write = vi.fn(writeFile);
    const move = vi.fn(rename);
    await saveExportFile(deps({ canceled: false, filePath: target }, { writeFile: write, rename: move }), { suggestedName: 'r.pdf', mimeType: 'application/pdf', bytes: bytes(10) });
    const part = write.mock.calls[0]![0] as string;
    expect(part).toMatch(new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[0-9a-f]{12}\\.part$`));
    expect(move).toHaveBeenCalledExactlyOnceWith(part, target);
  });

  it('leaves no .part file and no target when the rename fails', async () => {
    const target = join(dir, 'r.pdf');
    const failingRename = vi.fn(async () => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    });
    await expect(saveExportFile(deps({ canceled: false, filePath: target }, { rename: failingRename }), { suggestedName: 'r.pdf', mimeType: 'application/pdf', bytes: bytes(1000) })).rejects.toThrow(
      'Could not write r.pdf: EXDEV: cross-device link not permitted',
    );
    expect(failingRename).toHaveBeenCalledOnce();
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves nothing behind when the write fails half way', async () => {
    const target = join(dir, 'r.html');
    const halfWrite: SaveExportDeps['writeFile'] = async (path, data, options) => {
      await writeFile(path, data.subarray(0, 10), options);
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    await expect(saveExportFile(deps({ canceled: false, filePath: target }, { writeFile: halfWrite }), { suggestedName: 'r.html', mimeType: 'text/html', bytes: bytes(1000) })).rejects.toThrow(
      /^Could not write r\.html: ENOSPC/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails clearly, writing nothing, when the chosen folder has gone', async () => {
    const gone = join(dir, 'removed');
    await expect(saveExportFile(deps({ canceled: false, filePath: join(gone, 'r.pdf') }), { suggestedName: 'r.pdf', mimeType: 'application/pdf', bytes: bytes(5) })).rejects.toThrow(
      /^Could not write r\.pdf: ENOENT/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not delete a .part file it did not create', async () => {
    const target = join(dir, 'r.pdf');
    const clash: SaveExportDeps['writeFile'] = async (path) => {
      await writeFile(path, 'someone else'); // the temp name is taken just before our exclusive create
      throw Object.assign(new Error('EEXIST: file already exists'), { code: 'EEXIST' });
    };
    await expect(saveExportFile(deps({ canceled: false, filePath: target }, { writeFile: clash }), { suggestedName: 'r.pdf', mimeType: 'application/pdf', bytes: bytes(5) })).rejects.toThrow(/EEXIST/);
    const left = await readdir(dir);
    expect(left).toHaveLength(1);
    expect(await readFile(join(dir, left[0]!), 'utf8')).toBe('someone else');
  });
});
