/** UI state of exporting: the dialog, a running export's progress and cancel, and its outcome. */
import type { StateCreator } from 'zustand';

export interface ExportProgress {
  phase: 'reading' | 'building' | 'saving';
  done: number;
  total: number;
}

export interface ExportSlice {
  exportDialogOpen: boolean;
  exportProgress: ExportProgress | null;
  /** Stops the running export; set while one runs. */
  exportCancel: (() => void) | null;
  exportMessage: { kind: 'done' | 'failed' | 'cancelled'; text: string } | null;
  openExportDialog: () => void;
  closeExportDialog: () => void;
  startExport: (cancel: () => void) => void;
  setExportProgress: (progress: ExportProgress) => void;
  finishExport: (message: ExportSlice['exportMessage']) => void;
  cancelExport: () => void;
}

export const createExportSlice: StateCreator<ExportSlice> = (set, get) => ({
  exportDialogOpen: false,
  exportProgress: null,
  exportCancel: null,
  exportMessage: null,
  openExportDialog: () => set({ exportDialogOpen: true, exportMessage: null }),
  // A running export goes on when the dialog closes; its progress shows in the dialog only, so
  // closing is refused while it runs (Escape cancels it first).
  closeExportDialog: () => {
    if (!get().exportCancel) set({ exportDialogOpen: false });
  },
  startExport: (cancel) => set({ exportCancel: cancel, exportProgress: { phase: 'reading', done: 0, total: 0 }, exportMessage: null }),
  setExportProgress: (exportProgress) => set({ exportProgress }),
  finishExport: (exportMessage) => set({ exportCancel: null, exportProgress: null, exportMessage }),
  cancelExport: () => get().exportCancel?.(),
});
