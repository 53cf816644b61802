/** UI state of a data import (issue 12): running (with its file), refused, or its merge report. */
import type { StateCreator } from 'zustand';
import type { MergeReport } from '../../shared/interchange/merge/mergeReport';

export type DataImportState = { phase: 'running'; name: string } | { phase: 'failed'; text: string } | { phase: 'done'; report: MergeReport };

export interface DataImportSlice {
  dataImport: DataImportState | null;
  setDataImport: (state: DataImportState | null) => void;
}

export const createDataImportSlice: StateCreator<DataImportSlice> = (set) => ({
  dataImport: null,
  setDataImport: (dataImport) => set({ dataImport }),
});
