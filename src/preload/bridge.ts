/**
 * Builds the object the preload exposes as `window.isnad`: exactly the typed host API of
 * `IsnadBridge`. No generic invoke, no ipcRenderer, no process: the renderer cannot reach a
 * channel the contract does not name.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  CLOSE_REQUEST_CHANNEL,
  IPC,
  MENU_COMMANDS,
  MENU_EVENT_CHANNEL,
  type ExportFile,
  type FileEntry,
  type HostResult,
  type IsnadBridge,
  type MenuCommand,
  type PrintableReport,
  type SaveOutcome,
} from '../shared/host';

type IpcLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function buildBridge(ipc: IpcLike): IsnadBridge {
  const call = <T>(channel: string, ...args: unknown[]) => ipc.invoke(channel, ...args) as Promise<HostResult<T>>;
  return Object.freeze({
    pickFiles: () => call<FileEntry[]>(IPC.pickFiles),
    pickFolder: () => call<FileEntry[]>(IPC.pickFolder),
    readFile: (token: string) => call<Uint8Array>(IPC.readFile, token),
    setLanguage: (language: 'en' | 'ar') => call<null>(IPC.setLanguage, language),
    saveExport: (file: ExportFile) => call<SaveOutcome>(IPC.saveExport, file),
    printReportToPdf: (report: PrintableReport) => call<SaveOutcome>(IPC.printPdf, report),
    onMenuCommand(listener: (command: MenuCommand) => void) {
      const wrapped = (_event: IpcRendererEvent, command: unknown) => {
        if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) listener(command as MenuCommand);
      };
      ipc.on(MENU_EVENT_CHANNEL, wrapped);
      return () => void ipc.removeListener(MENU_EVENT_CHANNEL, wrapped);
    },
    onCloseRequest(listener: (requestId: number) => void) {
      const wrapped = (_event: IpcRendererEvent, requestId: unknown) => {
        if (Number.isSafeInteger(requestId) && (requestId as number) > 0) listener(requestId as number);
      };
      ipc.on(CLOSE_REQUEST_CHANNEL, wrapped);
      return () => void ipc.removeListener(CLOSE_REQUEST_CHANNEL, wrapped);
    },
    readyToClose: (requestId: number) => call<null>(IPC.readyToClose, requestId),
  });
}
