/**
 * What the renderer may ask of its host: the `Host` interface, implemented by
 * `renderer/host/electronHost` (through the preload bridge) and `renderer/host/webHost` (browser
 * APIs). It is derived from the one contract in `hostContract.ts`: every call and event marked
 * `same` there is a Host method with the contract's types; the few written out below are the
 * `adapted` ones, which the renderer sees in a friendlier shape than the IPC call.
 */
import type { CallArgs, CallReply, ListenerName, SameCallName, SameEventName, Subscribe } from './hostContract';

export { BRIDGE_GLOBAL, BRIDGE_METHODS, CLOSE_REQUEST_CHANNEL, IPC, MENU_EVENT_CHANNEL } from './hostContract';
export type { HostResult, IpcChannel, IsnadBridge } from './hostContract';
export { EXPORT_MIME_TYPES, MENU_COMMANDS } from './hostSchemas';
export type { ExportFile, ExportMimeType, FileEntry, MenuCommand, PrintableReport, SaveOutcome } from './hostSchemas';

/** A file the analyst picked; its bytes are read on demand so a big folder streams with progress. */
export interface PickedFile {
  name: string;
  sourceKey: string;
  size: number;
  read(): Promise<Uint8Array>;
}

/** The Host methods that are the contract's calls and events as they are. */
export type SameHostMethods = { [N in SameCallName]: (...args: CallArgs<N>) => Promise<CallReply<N>> } & {
  [E in SameEventName as ListenerName<E>]: Subscribe<E>;
};

export interface Host extends SameHostMethods {
  readonly kind: 'electron' | 'web';
  /** Shows a file picker; resolves to [] when the analyst cancels. */
  pickFiles(): Promise<PickedFile[]>;
  /** Shows a folder picker; resolves to every file under the chosen folder, or [] on cancel. */
  pickFolder(): Promise<PickedFile[]>;
  /**
   * Registers what must be written before the window closes (note edits still in the editor).
   * Electron: main holds the window's close, asks, and waits briefly for `flush` to settle. Web:
   * there is no close to hold; the page's own pagehide and beforeunload handlers do it (no-op).
   * Returns the unsubscribe function.
   */
  onCloseRequest(flush: () => Promise<void>): () => void;
}
