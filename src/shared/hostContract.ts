/**
 * The one host contract (docs/architecture.md): every call from the renderer to main, and every event from
 * main to the renderer, is defined here once, with its IPC channel and runtime schemas. Everything
 * else is derived from these two tables: the preload bridge's methods, main's typed handler map
 * and its request checks, the electron host's reply checks, and the `Host` interface (host.ts).
 */
import * as z from 'zod/mini';
import { externalUrlSchema, linkOutcomeSchema } from './externalLink';
import { backupBytesSchema, backupInfoSchema, backupNameSchema } from './backup/backupSchemas';
import { closeRequestIdSchema, exportFileSchema, fileBytesSchema, fileEntrySchema, fileTokenSchema, languageSchema, menuCommandSchema, printableReportSchema, saveOutcomeSchema } from './hostSchemas';

/**
 * `same`: the renderer's `Host` has a method of this name taking these arguments and resolving
 * to this reply; the electron host forwards it as it is. `adapted`: the `Host` offers it in
 * another shape (written in host.ts), which each host implements by hand.
 */
type HostShape = 'same' | 'adapted';

interface CallDefinition {
  channel: string;
  /** The call's arguments, as a tuple: main refuses missing or extra ones. */
  request: z.ZodMiniTuple;
  response: z.ZodMiniType;
  host: HostShape;
}

interface EventDefinition {
  channel: string;
  payload: z.ZodMiniType;
  host: HostShape;
}

/** Renderer → main calls. The bridge method, the Host method and main's handler all take the key's name. */
export const HOST_CALLS = {
  /** Shows a file picker; [] when the analyst cancels. Host: PickedFile[] whose bytes come through readFile. */
  pickFiles: { channel: 'files:pick', request: z.tuple([]), response: z.array(fileEntrySchema), host: 'adapted' },
  /** Shows a folder picker; every file under the chosen folder, or [] on cancel. Host: as pickFiles. */
  pickFolder: { channel: 'folder:pick', request: z.tuple([]), response: z.array(fileEntrySchema), host: 'adapted' },
  /** The bytes of a file main granted (read on demand, so a big folder streams with progress). */
  readFile: { channel: 'file:read', request: z.tuple([fileTokenSchema]), response: fileBytesSchema, host: 'adapted' },
  /** Tells main the UI language so native chrome (menus) can follow it. */
  setLanguage: { channel: 'ui:set-language', request: z.tuple([languageSchema]), response: z.null(), host: 'same' },
  /**
   * Saves an exported file. Electron: a native save dialog, then main writes it (temp file +
   * rename, so a failed or cancelled export leaves no partial file). Web: a browser download.
   */
  saveExport: { channel: 'export:save', request: z.tuple([exportFileSchema]), response: saveOutcomeSchema, host: 'same' },
  /**
   * Turns self-contained report HTML into a PDF. Electron: main prints it in a hidden,
   * script-less, offline window with webContents.printToPDF (A4, backgrounds), asks where to
   * save, writes it. Web: opens the HTML in a new window and calls the browser's print() (the
   * analyst chooses "Save as PDF").
   */
  printReportToPdf: { channel: 'export:print-pdf', request: z.tuple([printableReportSchema]), response: saveOutcomeSchema, host: 'same' },
  /** The renderer's answer to a close request (its id): what it held is written. Host: inside onCloseRequest. */
  readyToClose: { channel: 'window:ready-to-close', request: z.tuple([closeRequestIdSchema]), response: z.null(), host: 'adapted' },
  /**
   * Opens an http(s) link outside Isnad, only once the analyst confirms the exact host. Electron: a
   * native dialog, then the system browser (shell.openExternal). Web: an in-app dialog, then a new
   * tab with noopener and noreferrer.
   */
  openExternal: { channel: 'link:open-external', request: z.tuple([externalUrlSchema]), response: linkOutcomeSchema, host: 'same' },
  /**
   * Automatic backups (issue 14). Electron: main writes the bundle under userData/backups (temp file +
   * rename), keeps the newest ten, lists them and reads one back by name. Web: no folder to keep
   * them in; the web twin reminds the analyst to download a bundle instead (listBackups is []).
   */
  writeBackup: { channel: 'backup:write', request: z.tuple([backupBytesSchema]), response: backupInfoSchema, host: 'same' },
  listBackups: { channel: 'backup:list', request: z.tuple([]), response: z.array(backupInfoSchema), host: 'same' },
  readBackup: { channel: 'backup:read', request: z.tuple([backupNameSchema]), response: fileBytesSchema, host: 'same' },
  /**
   * The library's files cannot be read (OpenFailureScreen, 'unreadable'). Electron: main sets the
   * damaged store aside at the next start, never deleting it, and restarts (main/damagedLibrary.ts);
   * the page then offers the last backup. Web: refused (a site's storage is the browser's to clear).
   */
  setLibraryAside: { channel: 'library:set-aside', request: z.tuple([]), response: z.null(), host: 'same' },
} as const satisfies Record<string, CallDefinition>;

/** Main → renderer events. The bridge and the Host subscribe with `on` + the key's name (`onMenuCommand`). */
export const HOST_EVENTS = {
  /** A menu command (or one from other host chrome). */
  menuCommand: { channel: 'menu:command', payload: menuCommandSchema, host: 'same' },
  /**
   * Main holds the window's close and asks the renderer to write what is pending; the renderer
   * answers with readyToClose(id). Host: onCloseRequest(flush), which answers once flush settles.
   */
  closeRequest: { channel: 'window:close-request', payload: closeRequestIdSchema, host: 'adapted' },
} as const satisfies Record<string, EventDefinition>;

/** The global under which the preload exposes the bridge (`window.isnad`). */
export const BRIDGE_GLOBAL = 'isnad';

// ---- Derived types -------------------------------------------------------------------------

type Calls = typeof HOST_CALLS;
type Events = typeof HOST_EVENTS;
export type HostCallName = keyof Calls;
export type HostEventName = keyof Events;
export type IpcChannel = Calls[HostCallName]['channel'];
/** The arguments as the renderer passes them (schema input). */
export type CallArgs<N extends HostCallName> = z.input<Calls[N]['request']>;
/** The arguments as main's handler receives them, parsed. */
export type ParsedArgs<N extends HostCallName> = z.output<Calls[N]['request']>;
/** The reply: what main's handler must resolve to, and what the renderer gets once it is checked. */
export type CallReply<N extends HostCallName> = z.output<Calls[N]['response']>;
export type EventPayload<E extends HostEventName> = z.output<Events[E]['payload']>;
export type ListenerName<E extends HostEventName> = `on${Capitalize<E>}`;
export type Subscribe<E extends HostEventName> = (listener: (payload: EventPayload<E>) => void) => () => void;

/** Every reply crossing IPC; main never lets a raw error cross. */
export type HostResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Exactly what the preload exposes on `window.isnad`: one method per call and one subscription per
 * event, nothing else. A call resolves to what main sent, unchecked (`unknown`): the renderer
 * checks it against the reply schema before use.
 */
export type IsnadBridge = { readonly [N in HostCallName]: (...args: CallArgs<N>) => Promise<unknown> } & {
  readonly [E in HostEventName as ListenerName<E>]: Subscribe<E>;
};

/** The calls and events the `Host` has as they are (see HostShape). */
export type SameCallName = { [N in HostCallName]: Calls[N]['host'] extends 'same' ? N : never }[HostCallName];
export type SameEventName = { [E in HostEventName]: Events[E]['host'] extends 'same' ? E : never }[HostEventName];

// ---- Derived values ------------------------------------------------------------------------

export const HOST_CALL_NAMES = Object.keys(HOST_CALLS) as HostCallName[];
export const HOST_EVENT_NAMES = Object.keys(HOST_EVENTS) as HostEventName[];
export const SAME_CALL_NAMES = HOST_CALL_NAMES.filter((name) => HOST_CALLS[name].host === 'same') as SameCallName[];
export const SAME_EVENT_NAMES = HOST_EVENT_NAMES.filter((name) => HOST_EVENTS[name].host === 'same') as SameEventName[];

export function listenerName<E extends HostEventName>(event: E): ListenerName<E> {
  return `on${event[0]!.toUpperCase()}${event.slice(1)}` as ListenerName<E>;
}

/** Every method name of the bridge. */
export const BRIDGE_METHODS: readonly (keyof IsnadBridge)[] = [...HOST_CALL_NAMES, ...HOST_EVENT_NAMES.map(listenerName)];

/** Call name → IPC channel. */
export const IPC = Object.fromEntries(HOST_CALL_NAMES.map((name) => [name, HOST_CALLS[name].channel])) as { readonly [N in HostCallName]: Calls[N]['channel'] };

/** IPC channel → the call's definition (main looks calls up by the channel they arrived on). */
export const ipcSchemas = Object.fromEntries(HOST_CALL_NAMES.map((name) => [HOST_CALLS[name].channel, HOST_CALLS[name]])) as {
  readonly [N in HostCallName as Calls[N]['channel']]: Calls[N];
};

export const MENU_EVENT_CHANNEL = HOST_EVENTS.menuCommand.channel;
export const CLOSE_REQUEST_CHANNEL = HOST_EVENTS.closeRequest.channel;

/** A schema's complaint in a line: where (argument number, then field path) and what, for the first few issues. */
export function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, firstIsArgument = false): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String);
    const fields = path.slice(1).join('.');
    const where = !firstIsArgument ? path.join('.') : path.length === 0 ? 'arguments' : `argument ${Number(path[0]) + 1}${fields ? ` (${fields})` : ''}`;
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}
