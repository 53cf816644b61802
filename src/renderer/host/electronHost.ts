/** The host as the desktop app provides it: every call goes through the preload's `window.isnad`. */
import type { FileEntry, Host, HostResult, IsnadBridge, PickedFile } from '../../shared/host';

function unwrap<T>(result: HostResult<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export function createElectronHost(bridge: IsnadBridge): Host {
  const toPicked = (entry: FileEntry): PickedFile => ({
    name: entry.name,
    sourceKey: entry.sourceKey,
    size: entry.size,
    read: async () => unwrap(await bridge.readFile(entry.token)),
  });
  return {
    kind: 'electron',
    pickFiles: async () => unwrap(await bridge.pickFiles()).map(toPicked),
    pickFolder: async () => unwrap(await bridge.pickFolder()).map(toPicked),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    setLanguage: async (language) => void unwrap(await bridge.setLanguage(language)),
    saveExport: async (file) => unwrap(await bridge.saveExport(file)),
    printReportToPdf: async (report) => unwrap(await bridge.printReportToPdf(report)),
    onCloseRequest: (flush) =>
      bridge.onCloseRequest((requestId) => {
        // Answer even if writing failed: the window must still close (main also stops waiting after a while).
        void flush()
          .catch((error: unknown) => console.warn('before close', error))
          .finally(() => void bridge.readyToClose(requestId));
      }),
  };
}
