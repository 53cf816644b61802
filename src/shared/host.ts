/**
 * The one host contract (DESIGN.md). Every call between the renderer and the Electron main
 * process is named here with a runtime schema for its request and its reply; the web host
 * implements the same `Host` interface with browser APIs.
 */
/** Commands the application menu (or any other host chrome) sends to the renderer: ids of the command table (shared/commands). */
export const MENU_COMMANDS = ['open-files', 'open-folder', 'font-bigger', 'font-smaller', 'toggle-direction', 'toggle-language', 'undo', 'redo', 'export', 'command-palette'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** A file the analyst picked; its bytes are read on demand so a big folder streams with progress. */
export interface PickedFile {
  name: string;
  sourceKey: string;
  size: number;
  read(): Promise<Uint8Array>;
}

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The formats a report is exported in; each names the file type the save dialog offers. */
export const EXPORT_MIME_TYPES = ['text/html', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'] as const;
export type ExportMimeType = (typeof EXPORT_MIME_TYPES)[number];

/**
 * An exported file as the renderer built it. `suggestedName` is a bare file name, never a path.
 * `mimeType` is typed `string` so callers need no casts; main refuses anything not in
 * EXPORT_MIME_TYPES, and the web host passes it to the Blob as is.
 */
export interface ExportFile {
  suggestedName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** Self-contained report HTML (styles and font inlined, no scripts) to print as a PDF. */
export interface PrintableReport {
  html: string;
  title: string;
  suggestedName: string;
}

/** What became of an exported file. */
export type SaveOutcome = { kind: 'saved'; location: string } | { kind: 'cancelled' } | { kind: 'handed-to-browser'; name: string };

/** What the renderer may ask of its host. Implemented by `renderer/host/electronHost` and `webHost`. */
export interface Host {
  readonly kind: 'electron' | 'web';
  /** Shows a file picker; resolves to [] when the analyst cancels. */
  pickFiles(): Promise<PickedFile[]>;
  /** Shows a folder picker; resolves to every file under the chosen folder, or [] on cancel. */
  pickFolder(): Promise<PickedFile[]>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Tells the host the UI language so native chrome (menus) can follow it. */
  setLanguage(language: 'en' | 'ar'): Promise<void>;
  /**
   * Saves an exported file. Electron: a native save dialog, then main writes it (temp file +
   * rename, so a failed or cancelled export leaves no partial file). Web: a browser download.
   */
  saveExport(file: ExportFile): Promise<SaveOutcome>;
  /**
   * Turns self-contained report HTML into a PDF. Electron: main prints it in a hidden,
   * script-less, offline window with webContents.printToPDF (A4, backgrounds), asks where to
   * save, writes it. Web: opens the HTML in a new window and calls the browser's print() (the
   * analyst chooses "Save as PDF").
   */
  printReportToPdf(report: PrintableReport): Promise<SaveOutcome>;
  /**
   * Registers what must be written before the window closes (note edits still in the editor).
   * Electron: main holds the window's close, asks, and waits briefly for `flush` to settle. Web:
   * there is no close to hold; the page's own pagehide and beforeunload handlers do it (no-op).
   * Returns the unsubscribe function.
   */
  onCloseRequest(flush: () => Promise<void>): () => void;
}

// ---- IPC between preload and main ---------------------------------------------------------
// Channel names and shapes live here without zod so the sandboxed preload can import them
// with nothing to bundle; `hostSchemas.ts` holds the runtime schemas main validates with.

export interface FileEntry {
  /** Opaque handle main gave out for a file the analyst chose; the renderer never sees a path it could forge. */
  token: string;
  name: string;
  sourceKey: string;
  size: number;
}

export const IPC = {
  pickFiles: 'files:pick',
  pickFolder: 'folder:pick',
  readFile: 'file:read',
  setLanguage: 'ui:set-language',
  saveExport: 'export:save',
  printPdf: 'export:print-pdf',
  /** The renderer's answer to a close request (its id): what it held is written. */
  readyToClose: 'window:ready-to-close',
} as const;
export type IpcChannel = (typeof IPC)[keyof typeof IPC];

/** The main → renderer event channel carrying `MenuCommand`s. */
export const MENU_EVENT_CHANNEL = 'menu:command';

/** The main → renderer event channel asking, before the window closes, to write what is pending; carries a request id. */
export const CLOSE_REQUEST_CHANNEL = 'window:close-request';

/** Exactly what the preload script exposes on `window.isnad`; nothing else crosses the bridge. */
export interface IsnadBridge {
  pickFiles(): Promise<HostResult<FileEntry[]>>;
  pickFolder(): Promise<HostResult<FileEntry[]>>;
  readFile(token: string): Promise<HostResult<Uint8Array>>;
  setLanguage(language: 'en' | 'ar'): Promise<HostResult<null>>;
  saveExport(file: ExportFile): Promise<HostResult<SaveOutcome>>;
  printReportToPdf(report: PrintableReport): Promise<HostResult<SaveOutcome>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onCloseRequest(listener: (requestId: number) => void): () => void;
  readyToClose(requestId: number): Promise<HostResult<null>>;
}

export const BRIDGE_METHODS = [
  'pickFiles',
  'pickFolder',
  'readFile',
  'setLanguage',
  'saveExport',
  'printReportToPdf',
  'onMenuCommand',
  'onCloseRequest',
  'readyToClose',
] as const satisfies readonly (keyof IsnadBridge)[];
export const BRIDGE_GLOBAL = 'isnad';
