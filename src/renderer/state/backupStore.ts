/**
 * UI state of issue 14's "nothing lost" part, in a store of its own (it is used before the app's
 * main store matters: on the failure screen, and by the banner every failed write raises).
 */
import { create } from 'zustand';
import type { WriteFailureKind } from '../db/writeFailures';

export interface BackupUiState {
  dialogOpen: boolean;
  /** The web twin: a backup is due, remind the analyst to download one. */
  reminder: boolean;
  /** A backup being made (Back up now, or the schedule). */
  working: boolean;
  /** The last backup's failure, said in the dialog and as a notice. */
  backupError: string | null;
  /** A write the browser refused: shown until dismissed (a later one replaces it). */
  storageProblem: { kind: WriteFailureKind; detail: string } | null;
  /** Bumped after each backup, so the dialog re-reads the list. */
  backups: number;
  set(patch: Partial<Omit<BackupUiState, 'set'>>): void;
}

export const useBackupUi = create<BackupUiState>((set) => ({
  dialogOpen: false,
  reminder: false,
  working: false,
  backupError: null,
  storageProblem: null,
  backups: 0,
  set: (patch) => set(patch),
}));
