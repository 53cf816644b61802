/**
 * Electron entry point. Deliberately thin: it wires the tested modules (security, IPC, file
 * grants, menu, export saving and printing) to Electron's singletons and opens the window.
 */
import { app, BrowserWindow, Menu, dialog, ipcMain, session, shell, type MessageBoxOptions, type SaveDialogOptions } from 'electron';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExportFile, MenuCommand, PrintableReport } from '../shared/host';
import { BackupStore } from './backupStore';
import { requestSetAside, setAsideIfRequested, type AsideFs } from './damagedLibrary';
import { CloseGuard } from './closeGuard';
import { openExternalLink } from './externalLinks';
import { FileGrants } from './fileGrants';
import { registerIpcHandlers } from './ipcHandlers';
import { menuTemplate } from './menu';
import { PRINT_PARTITION, printReportToPdf } from './printPdf';
import { saveExportFile, type SaveExportDeps } from './saveExport';
import { sendHostEvent } from './sendHostEvent';
import { hardenSession, hardenWebContents, mainWindowOptions } from './security';
import { claimSingleInstance } from './singleInstance';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'] || undefined;
const rendererFile = join(__dirname, '../renderer/index.html');
const appUrl = devServerUrl ?? pathToFileURL(rendererFile).href;
const grants = new FileGrants();
const closeGuard = new CloseGuard();
let mainWindow: BrowserWindow | null = null;
/** Set when the app is asked to quit: a close held for the renderer cancels the quit, so it is quit again. */
let quitting = false;
/** The interface language the renderer last named: native dialogs (the link confirmation) speak it too. */
let language: 'en' | 'ar' = 'en';

function send(command: MenuCommand): void {
  if (mainWindow) sendHostEvent(mainWindow.webContents, 'menuCommand', command);
}

function setMenu(language: 'en' | 'ar'): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, send, process.platform === 'darwin')));
}

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  closeGuard.guard(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
    if (quitting) app.quit();
  });
  // A page that fails to load would otherwise be an unhandled rejection in main: say what failed.
  const loaded = devServerUrl ? mainWindow.loadURL(devServerUrl) : mainWindow.loadFile(rendererFile);
  loaded.catch((error: unknown) => console.error('Isnad could not load its window:', error));
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

function saveDeps(): SaveExportDeps {
  return {
    // Modal to the app window when there is one, so a second export cannot start meanwhile.
    showSaveDialog: (options: SaveDialogOptions) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    writeFile,
    rename,
    unlink,
    defaultDirectory: app.getPath('documents'),
  };
}

let backupStore: BackupStore | null = null;
/** Made on first use: app.getPath('userData') is only final once the app is ready. */
function backups(): BackupStore {
  backupStore ??= new BackupStore(join(app.getPath('userData'), 'backups'), { mkdir, writeFile, rename, unlink, readdir, readFile, stat });
  return backupStore;
}

const asideFs: AsideFs = { writeFile: (path, data) => writeFile(path, data), readFile: (path, encoding) => readFile(path, encoding), rename, unlink };

function start(): void {
  hardenSession(session.defaultSession, !devServerUrl);
  registerIpcHandlers(
    ipcMain,
    {
      'files:pick': async () => {
        const result = await dialog.showOpenDialog(mainWindow!, { properties: ['openFile', 'multiSelections'] });
        return result.canceled ? [] : grants.grantFiles(result.filePaths);
      },
      'folder:pick': async () => {
        const result = await dialog.showOpenDialog(mainWindow!, { properties: ['openDirectory'] });
        return result.canceled || !result.filePaths[0] ? [] : grants.grantFolder(result.filePaths[0]);
      },
      'file:read': async (token: string) => grants.read(token),
      'ui:set-language': async (named: 'en' | 'ar') => {
        language = named;
        setMenu(named);
        return null;
      },
      'export:save': async (file: ExportFile) => saveExportFile(saveDeps(), file),
      'backup:write': async (bytes: Uint8Array) => backups().write(bytes),
      'backup:list': async () => backups().list(),
      'backup:read': async (name: string) => backups().read(name),
      'library:set-aside': async () => {
        await requestSetAside(app.getPath('userData'), asideFs);
        // After the reply has left: the next start sets the store aside before any page opens it.
        setImmediate(() => {
          app.relaunch();
          app.exit(0);
        });
        return null;
      },
      'window:ready-to-close': async (requestId: number) => {
        closeGuard.ready(requestId);
        return null;
      },
      'link:open-external': async (url: string) =>
        openExternalLink(
          {
            showMessageBox: (options: MessageBoxOptions) => (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)),
            openExternal: (href) => shell.openExternal(href),
            language: () => language,
          },
          url,
        ),
      'export:print-pdf': async (report: PrintableReport) =>
        printReportToPdf(
          {
            createWindow: (options) => new BrowserWindow(options),
            session: session.fromPartition(PRINT_PARTITION),
            tempRoot: app.getPath('temp'),
            save: saveDeps(),
          },
          report,
        ),
    },
    () => appUrl,
  );
  setMenu('en');
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

// A second start quits here (and the running copy comes to the front): nothing below is wired for it.
if (claimSingleInstance(app, () => mainWindow)) {
  // Without the catch a failed start (say, a handler registered twice) would be an unhandled
  // rejection and leave a running process with no window.
  app
    .whenReady()
    // A damaged library the analyst asked to set aside goes before any window opens storage.
    .then(() => setAsideIfRequested(app.getPath('userData'), asideFs))
    .then(start)
    .catch((error: unknown) => {
      console.error('Isnad could not start:', error);
      app.exit(1);
    });
}

app.on('before-quit', () => (quitting = true));

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
