/** UI state of a running or finished import: progress, cancel handle and the last report. */
import type { StateCreator } from 'zustand';
import type { ImportReport } from './importReport';

export interface ImportSlice {
  importProgress: { done: number; total: number } | null;
  importAbort: AbortController | null;
  importReport: ImportReport | null;
  startImport: (total: number) => AbortController;
  setImportProgress: (done: number, total: number) => void;
  finishImport: (report: ImportReport) => void;
  cancelImport: () => void;
  dismissImportReport: () => void;
}

export const createImportSlice: StateCreator<ImportSlice> = (set, get) => ({
  importProgress: null,
  importAbort: null,
  importReport: null,
  startImport(total) {
    const abort = new AbortController();
    set({ importProgress: { done: 0, total }, importAbort: abort, importReport: null });
    return abort;
  },
  setImportProgress: (done, total) => set({ importProgress: { done, total } }),
  finishImport: (report) => set({ importProgress: null, importAbort: null, importReport: report }),
  cancelImport: () => get().importAbort?.abort(),
  dismissImportReport: () => set({ importReport: null }),
});
