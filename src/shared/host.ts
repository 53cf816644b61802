/**
 * The one host contract (DESIGN.md). Every call between the renderer and the Electron main
 * process is named here with a runtime schema for its request and its reply; the web host
 * implements the same `Host` interface with browser APIs.
 */
/** Commands the application menu (or any other host chrome) sends to the renderer. */
export const MENU_COMMANDS = ['open-files', 'open-folder', 'font-bigger', 'font-smaller', 'toggle-direction', 'toggle-language', 'undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** A file the analyst picked; its bytes are read on demand so a big folder streams with progress. */
export interface PickedFile {
  name: string;
  sourceKey: string;
  size: number;
  read(): Promise<Uint8Array>;
}

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: string };

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
} as const;
export type IpcChannel = (typeof IPC)[keyof typeof IPC];

/** The main → renderer event channel carrying `MenuCommand`s. */
export const MENU_EVENT_CHANNEL = 'menu:command';

/** Exactly what the preload script exposes on `window.isnad`; nothing else crosses the bridge. */
export interface IsnadBridge {
  pickFiles(): Promise<HostResult<FileEntry[]>>;
  pickFolder(): Promise<HostResult<FileEntry[]>>;
  readFile(token: string): Promise<HostResult<Uint8Array>>;
  setLanguage(language: 'en' | 'ar'): Promise<HostResult<null>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export const BRIDGE_METHODS = ['pickFiles', 'pickFolder', 'readFile', 'setLanguage', 'onMenuCommand'] as const satisfies readonly (keyof IsnadBridge)[];
export const BRIDGE_GLOBAL = 'isnad';
