/**
 * The host as a plain browser provides it (`npm run web`, and how CI tests the renderer):
 * file pickers are hidden `<input type=file>` elements, exports are downloads, PDFs come from the
 * browser's own print dialog; there is no native menu.
 */
import type { ExportFile, Host, PickedFile, PrintableReport, SaveOutcome } from '../../shared/host';
import { checkExternalUrl, type LinkOutcome } from '../../shared/externalLink';
import { pickedFromFile } from './browserFiles';
import { askToOpenLink } from './linkConfirmation';
import { webBackups } from './webBackups';
import { PRINT_READY, type PrintMessage } from './printMessages';

function pick(configure: (input: HTMLInputElement) => void): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    configure(input);
    const finish = (files: PickedFile[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? [])
        .filter((file) => !file.name.startsWith('.'))
        .map((file) => pickedFromFile(file));
      files.sort((a, b) => a.sourceKey.localeCompare(b.sourceKey));
      finish(files);
    });
    input.addEventListener('cancel', () => finish([]));
    document.body.append(input);
    input.click();
  });
}

/** Revoking a download's URL at once can cancel it; a minute is ample for the browser to take the bytes. */
const REVOKE_DOWNLOAD_AFTER_MS = 60_000;
/** How long the print window may take to open before printing gives up. */
const PRINT_LOAD_TIMEOUT_MS = 60_000;

function download(file: ExportFile): SaveOutcome {
  // The cast: TypeScript types a Uint8Array's buffer as ArrayBuffer | SharedArrayBuffer, which
  // Blob refuses; ours are never shared.
  const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DOWNLOAD_AFTER_MS);
  return { kind: 'handed-to-browser', name: file.suggestedName };
}

/**
 * Opens the print window (print.html, same origin), hands it the report once it says it is ready,
 * and lets it print. A blob: URL would be simpler but inherits the app's policy, under which the
 * report's inline styles and embedded font do not apply (see print.html).
 */
function printInNewWindow(report: PrintableReport): Promise<SaveOutcome> {
  const popup = window.open(new URL('print.html', window.location.href).href, '_blank');
  if (!popup) return Promise.reject(new Error('The browser blocked the window the report prints from. Allow pop-ups for this page, then export again.'));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error('The print window did not open in time.')), PRINT_LOAD_TIMEOUT_MS);
    function finish(error?: Error): void {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      if (error) reject(error);
      else resolve({ kind: 'handed-to-browser', name: report.suggestedName });
    }
    function onMessage(event: MessageEvent): void {
      if (event.source !== popup || event.origin !== window.location.origin || event.data !== PRINT_READY) return;
      popup!.postMessage({ reportHtml: report.html } satisfies PrintMessage, window.location.origin);
      finish();
    }
    window.addEventListener('message', onMessage);
  });
}

/**
 * Asks in the app's own dialog, then opens a new tab that gets neither a handle on this page
 * (noopener: no `window.opener`) nor its address (noreferrer). The check repeats the contract's,
 * so the web twin refuses what main would.
 */
async function openExternal(url: string): Promise<LinkOutcome> {
  const checked = checkExternalUrl(url);
  if (!checked.ok) throw new Error(`Refused: not an http(s) address without credentials (${checked.problem}).`);
  if (!(await askToOpenLink(checked.href, checked.host))) return 'cancelled';
  window.open(checked.href, '_blank', 'noopener,noreferrer');
  return 'opened';
}

export function createWebHost(): Host {
  return {
    kind: 'web',
    pickFiles: () => pick((input) => (input.multiple = true)),
    pickFolder: () =>
      pick((input) => {
        input.multiple = true;
        input.webkitdirectory = true;
      }),
    onMenuCommand: () => () => undefined,
    // No native chrome to translate.
    setLanguage: async () => null,
    saveExport: async (file) => download(file),
    printReportToPdf: (report) => printInNewWindow(report),
    openExternal,
    // No window close to hold: NoteSaver's pagehide/beforeunload handlers cover a closing tab.
    onCloseRequest: () => () => undefined,
    ...webBackups,
  };
}
