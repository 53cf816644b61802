/**
 * Prints the report HTML the renderer built to a PDF, then saves it like any other export.
 *
 * The HTML is analyst content (notes, article text), so it is shown in the most closed window
 * Electron has: hidden, no JavaScript, sandboxed, no preload, in its own in-memory session whose
 * every request is cancelled except the report file itself and `data:` URLs (the report embeds
 * its font as one). It is written to a file rather than loaded as a data: URL because a report
 * can be tens of MB. Electron objects come in as `deps` so tests can pass recording fakes.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions, Session, WebContents } from 'electron';
import type { PrintableReport, SaveOutcome } from '../shared/host';
import { saveExportFile, type SaveExportDeps } from './saveExport';
import { hardenWebContents } from './security';
import { visibleControls } from '../shared/text/visibleControls';

/** No "persist:" prefix: Electron keeps this session in memory only, apart from the app's own. */
export const PRINT_PARTITION = 'isnad-report-print';

// The report's own CSS (@page size and margin boxes) draws the header (the report's title) and the
// footer (page numbers) in the analyst's language and direction; Chromium's displayHeaderFooter
// would add a second, English-only, left-to-right header and footer, so it stays off.
export const PDF_OPTIONS: PrintToPDFOptions = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true };

/** How long loading and printing may take before the export gives up: generous, since a report of
 * thousands of pages takes minutes, but a stuck print must not hang the export (and the queue) forever. */
const DEFAULT_TIMEOUT_MS = 5 * 60_000;

export interface PrintWindow {
  webContents: Pick<WebContents, 'printToPDF' | 'on' | 'setWindowOpenHandler' | 'getURL'>;
  loadFile(path: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
}

export type PrintSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: { onBeforeRequest(listener: RequestListener): void };
};

type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

export interface PrintPdfDeps {
  createWindow(options: BrowserWindowConstructorOptions): PrintWindow;
  /** The session of PRINT_PARTITION (Electron: session.fromPartition(PRINT_PARTITION)). */
  session: PrintSession;
  /** Where the per-print temp folder goes (Electron: app.getPath('temp')). */
  tempRoot: string;
  save: SaveExportDeps;
  timeoutMs?: number;
}

export function printWindowOptions(title: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    // A window title is a name shown by the system: its hidden characters are made visible (issue 14).
    title: visibleControls(title),
    webPreferences: {
      partition: PRINT_PARTITION,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: false,
      navigateOnDragDrop: false,
    },
  };
}

/** Allows only the report file itself and data: URLs; everything else (http, other files, …) is cancelled. */
export function onlyReportRequests(reportPath: string): RequestListener {
  const same = (a: string, b: string) => (process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);
  const allowed = (url: string): boolean => {
    if (url.startsWith('data:')) return true;
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'file:' && same(fileURLToPath(parsed), reportPath);
    } catch {
      return false; // unparsable, or a file URL with a host (a network share)
    }
  };
  return (details, callback) => callback({ cancel: !allowed(details.url) });
}

// One print at a time: the session has a single onBeforeRequest listener, and a second print
// would replace the first one's (and fail it). Exports are rare and human-driven, so waiting is fine.
let printing: Promise<unknown> = Promise.resolve();

export async function printReportToPdf(deps: PrintPdfDeps, report: PrintableReport): Promise<SaveOutcome> {
  const job = printing.then(() => renderPdf(deps, report));
  printing = job.catch(() => undefined);
  const pdf = await job;
  // The window and temp folder are gone by now: nothing lingers while the save dialog is open.
  return saveExportFile(deps.save, { suggestedName: report.suggestedName, mimeType: 'application/pdf', bytes: pdf });
}

async function renderPdf(deps: PrintPdfDeps, report: PrintableReport): Promise<Uint8Array> {
  const dir = await mkdtemp(join(deps.tempRoot, 'isnad-print-')); // 0700: other users cannot read it
  let window: PrintWindow | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const file = join(dir, 'report.html');
    await writeFile(file, report.html, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
    deps.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    deps.session.setPermissionCheckHandler(() => false);
    deps.session.webRequest.onBeforeRequest(onlyReportRequests(file));
    const printWindow = deps.createWindow(printWindowOptions(report.title));
    window = printWindow;
    hardenWebContents(printWindow.webContents); // no window.open, no navigation away
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('it took too long')), deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    });
    const print = (async () => {
      await printWindow.loadFile(file);
      return printWindow.webContents.printToPDF(PDF_OPTIONS);
    })();
    print.catch(() => undefined); // if the timeout wins, a later rejection must not go unhandled
    return await Promise.race([print, timeout]); // a Buffer, which is a Uint8Array: no copy
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not print the report to PDF: ${reason}`);
  } finally {
    clearTimeout(timer);
    if (window && !window.isDestroyed()) window.destroy();
    // maxRetries: on Windows the just-destroyed renderer may hold the file for a moment (EBUSY).
    await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch((error: unknown) => {
      console.warn('Isnad: could not remove the print folder', dir, error);
    });
  }
}
