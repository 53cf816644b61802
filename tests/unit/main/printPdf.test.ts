import { mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions, SaveDialogOptions } from 'electron';
import { onlyReportRequests, PDF_OPTIONS, PRINT_PARTITION, printReportToPdf, type PrintPdfDeps, type PrintWindow } from '../../../src/main/printPdf';

const PDF_BYTES = Buffer.from('%PDF-1.7 fake');
const REPORT = {
  html: '<!doctype html><html dir="rtl"><head><title>تقرير</title><style>@font-face{src:url(data:font/woff2;base64,AAAA)}</style></head><body><p>نص — text</p></body></html>',
  title: 'تقرير الأسبوع',
  suggestedName: 'تقرير.pdf',
};

let tempRoot: string;
let outDir: string;
beforeEach(async () => {
  tempRoot = await mkdtemp(join(tmpdir(), 'isnad-print-root-'));
  outDir = await mkdtemp(join(tmpdir(), 'isnad-print-out-'));
});
afterEach(async () => {
  await rm(tempRoot, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
type NavListener = (event: { preventDefault: () => void }, url?: string) => void;

/** A recording BrowserWindow factory; `loadFile` reads the file as it is at load time. */
function setup(options: { print?: () => Promise<Buffer>; load?: (path: string) => Promise<void>; dialog?: { canceled: boolean; filePath?: string } } = {}) {
  const record = {
    windows: [] as {
      options: BrowserWindowConstructorOptions;
      loaded: { path: string; html: string }[];
      destroyed: boolean;
      printOptions: unknown[];
      listeners: Map<string, NavListener>;
      openHandler?: () => { action: string };
    }[],
    requestListener: undefined as RequestListener | undefined,
    listenerAtLoad: undefined as RequestListener | undefined,
    permissionRequest: undefined as ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined,
    permissionCheck: undefined as (() => boolean) | undefined,
  };
  const createWindow = vi.fn((windowOptions: BrowserWindowConstructorOptions): PrintWindow => {
    const entry = {
      options: windowOptions,
      loaded: [] as { path: string; html: string }[],
      destroyed: false,
      printOptions: [] as unknown[],
      listeners: new Map<string, NavListener>(),
      openHandler: undefined as (() => { action: string }) | undefined,
    };
    record.windows.push(entry);
    const webContents = {
      on: (name: string, listener: NavListener) => void entry.listeners.set(name, listener),
      setWindowOpenHandler: (handler: () => { action: string }) => void (entry.openHandler = handler),
      getURL: () => (entry.loaded[0] ? pathToFileURL(entry.loaded[0].path).href : ''),
      printToPDF: async (printOptions: unknown) => {
        entry.printOptions.push(printOptions);
        return options.print ? options.print() : PDF_BYTES;
      },
    };
    return {
      webContents: webContents as unknown as PrintWindow['webContents'],
      loadFile: async (path: string) => {
        record.listenerAtLoad = record.requestListener;
        entry.loaded.push({ path, html: await readFile(path, 'utf8') });
        if (options.load) await options.load(path);
      },
      isDestroyed: () => entry.destroyed,
      destroy: () => void (entry.destroyed = true),
    };
  });
  const session = {
    setPermissionRequestHandler: (handler: typeof record.permissionRequest) => void (record.permissionRequest = handler),
    setPermissionCheckHandler: (handler: typeof record.permissionCheck) => void (record.permissionCheck = handler),
    webRequest: { onBeforeRequest: (listener: RequestListener) => void (record.requestListener = listener) },
  };
  const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => options.dialog ?? { canceled: false, filePath: join(outDir, 'out.pdf') });
  const deps = {
    createWindow,
    session: session as unknown as PrintPdfDeps['session'],
    tempRoot,
    save: { showSaveDialog, writeFile, rename, unlink },
    timeoutMs: 2_000,
  } satisfies PrintPdfDeps;
  return { deps, record, showSaveDialog };
}

const ask = (listener: RequestListener, url: string) => {
  let response: { cancel: boolean } | undefined;
  listener({ url }, (r) => (response = r));
  return response;
};

describe('printReportToPdf', () => {
  it('shows a bidi override in the print window’s title as a visible token (issue 14)', async () => {
    const { deps, record } = setup();
    await printReportToPdf(deps, { ...REPORT, title: 'invoice\u202Efdp.txt' });
    expect(record.windows[0]!.options.title).toBe('invoice⟨RLO⟩fdp.txt');
  });

  it('prints in a hidden, script-less, sandboxed window of its own in-memory session', async () => {
    const { deps, record } = setup();
    await printReportToPdf(deps, REPORT);
    const options = record.windows[0]!.options;
    expect(options.show).toBe(false);
    expect(options.title).toBe(REPORT.title);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      partition: PRINT_PARTITION,
    });
    expect(options.webPreferences!.preload).toBeUndefined();
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('loads a file holding exactly the report HTML, then prints it A4 with backgrounds and no browser header', async () => {
    const { deps, record } = setup();
    await printReportToPdf(deps, REPORT);
    const window = record.windows[0]!;
    expect(window.loaded).toHaveLength(1);
    expect(window.loaded[0]!.html).toBe(REPORT.html);
    expect(window.loaded[0]!.path.startsWith(tempRoot)).toBe(true);
    expect(window.printOptions).toEqual([PDF_OPTIONS]);
    expect(PDF_OPTIONS).toMatchObject({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(PDF_OPTIONS.displayHeaderFooter).toBeFalsy();
  });

  it('saves the PDF where the analyst chose, and cleans up', async () => {
    const { deps, record, showSaveDialog } = setup();
    const outcome = await printReportToPdf(deps, REPORT);
    expect(outcome).toEqual({ kind: 'saved', location: join(outDir, 'out.pdf') });
    expect(await readFile(join(outDir, 'out.pdf'))).toEqual(PDF_BYTES);
    expect(showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: REPORT.suggestedName, filters: [{ extensions: ['pdf'] }] });
    expect(record.windows[0]!.destroyed).toBe(true);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('installs the request filter before loading; it lets through only the report file and data: URLs', async () => {
    const { deps, record } = setup();
    await printReportToPdf(deps, REPORT);
    const listener = record.listenerAtLoad!;
    expect(listener).toBeTypeOf('function');
    const reportUrl = pathToFileURL(record.windows[0]!.loaded[0]!.path).href;
    expect(ask(listener, reportUrl)).toEqual({ cancel: false });
    expect(ask(listener, 'data:font/woff2;base64,AAAA')).toEqual({ cancel: false });
    for (const url of [
      'https://example.com/track.png',
      'http://127.0.0.1:4178/',
      'ws://localhost/',
      'file:///etc/passwd',
      pathToFileURL(join(tempRoot, 'other.html')).href,
      `${reportUrl}/../secret.txt`,
      'file://server/share/report.html',
      'blob:null/1234',
      'chrome://settings',
      'not a url',
    ]) {
      expect(ask(listener, url), url).toEqual({ cancel: true });
    }
  });

  it('refuses every permission and keeps the window from opening windows or navigating', async () => {
    const { deps, record } = setup();
    await printReportToPdf(deps, REPORT);
    const granted = vi.fn();
    record.permissionRequest!({}, 'media', granted);
    expect(granted).toHaveBeenCalledExactlyOnceWith(false);
    expect(record.permissionCheck!()).toBe(false);
    const window = record.windows[0]!;
    expect(window.openHandler!()).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    window.listeners.get('will-navigate')!(event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('destroys the window, removes the temp folder and writes nothing when printing fails', async () => {
    const { deps, record, showSaveDialog } = setup({
      print: async () => {
        throw new Error('Printing failed');
      },
    });
    await expect(printReportToPdf(deps, REPORT)).rejects.toThrow('Could not print the report to PDF: Printing failed');
    expect(record.windows[0]!.destroyed).toBe(true);
    expect(await readdir(tempRoot)).toEqual([]);
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(await readdir(outDir)).toEqual([]);
  });

  it('cleans up the same way when loading fails', async () => {
    const { deps, record } = setup({
      load: async () => {
        throw new Error("ERR_BLOCKED_BY_CLIENT (-20) loading 'file:///x'");
      },
    });
    await expect(printReportToPdf(deps, REPORT)).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
    expect(record.windows[0]!.destroyed).toBe(true);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('gives up on a print that never finishes, and cleans up', async () => {
    const { deps, record } = setup({ load: () => new Promise<void>(() => undefined) });
    await expect(printReportToPdf({ ...deps, timeoutMs: 30 }, REPORT)).rejects.toThrow('Could not print the report to PDF: it took too long');
    expect(record.windows[0]!.destroyed).toBe(true);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('returns cancelled and writes nothing when the analyst cancels the save dialog', async () => {
    const { deps, record } = setup({ dialog: { canceled: true } });
    expect(await printReportToPdf(deps, REPORT)).toEqual({ kind: 'cancelled' });
    expect(record.windows[0]!.destroyed).toBe(true);
    expect(await readdir(tempRoot)).toEqual([]);
    expect(await readdir(outDir)).toEqual([]);
  });

  it('prints one report at a time', async () => {
    let release!: () => void;
    const firstLoad = new Promise<void>((resolve) => (release = resolve));
    const { deps, record } = setup({ load: (path) => (record.windows.length === 1 && path ? firstLoad : Promise.resolve()) });
    const first = printReportToPdf(deps, REPORT);
    const second = printReportToPdf(deps, { ...REPORT, html: '<p>second</p>' });
    await vi.waitFor(() => expect(record.windows).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(record.windows).toHaveLength(1); // the second waits for the first window
    release();
    await first;
    await second;
    expect(record.windows.map((w) => w.loaded[0]!.html)).toEqual([REPORT.html, '<p>second</p>']);
  });
});

describe('onlyReportRequests', () => {
  it('matches the report path exactly, not a prefix', () => {
    const path = join(tempRoot, 'report.html');
    const listener = onlyReportRequests(path);
    expect(ask(listener, pathToFileURL(path).href)).toEqual({ cancel: false });
    expect(ask(listener, pathToFileURL(`${path}x`).href)).toEqual({ cancel: true });
    expect(ask(listener, pathToFileURL(join(tempRoot, 'report')).href)).toEqual({ cancel: true });
  });
});
