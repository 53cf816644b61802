/**
 * The web twin's side of automatic backups: a browser page has no folder of its own to keep files
 * in, so it keeps none (the app reminds the analyst to download a bundle instead, features/backup).
 */
import type { Host } from '../../shared/host';

const NO_FOLDER = 'The browser version keeps no backup folder: download a project bundle instead.';

export const webBackups: Pick<Host, 'writeBackup' | 'listBackups' | 'readBackup' | 'setLibraryAside'> = {
  writeBackup: () => Promise.reject(new Error(NO_FOLDER)),
  listBackups: async () => [],
  setLibraryAside: () => Promise.reject(new Error(NO_FOLDER)),
  readBackup: () => Promise.reject(new Error(NO_FOLDER)),
};
