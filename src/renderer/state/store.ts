/**
 * The UI store: transient state only (docs/architecture.md, "Data"). Anything that must survive a reload —
 * articles, settings, the selected article, scroll positions — lives in Dexie instead.
 */
import { create } from 'zustand';
import { createAnnotateSlice, type AnnotateSlice } from './annotateSlice';
import { createClaimsSlice, type ClaimsSlice } from './claimsSlice';
import { createConnectionSlice, type ConnectionSlice } from './connectionSlice';
import { createCommandSlice, type CommandSlice } from './commandSlice';
import { createDataImportSlice, type DataImportSlice } from './dataImportSlice';
import { createExportSlice, type ExportSlice } from './exportSlice';
import { createImportSlice, type ImportSlice } from './importSlice';
import { createLibrarySlice, type LibrarySlice } from './librarySlice';
import { createMentionSlice, type MentionSlice } from './mentionSlice';
import { createSearchSlice, type SearchSlice } from './searchSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type UiState = ImportSlice & LibrarySlice & AnnotateSlice & ExportSlice & CommandSlice & DataImportSlice & ViewSlice & MentionSlice & ClaimsSlice & SearchSlice & ConnectionSlice;

export const useUi = create<UiState>()((...args) => ({
  ...createImportSlice(...args),
  ...createLibrarySlice(...args),
  ...createAnnotateSlice(...args),
  ...createExportSlice(...args),
  ...createCommandSlice(...args),
  ...createDataImportSlice(...args),
  ...createViewSlice(...args),
  ...createMentionSlice(...args),
  ...createClaimsSlice(...args),
  ...createSearchSlice(...args),
  ...createConnectionSlice(...args),
}));
