/**
 * Which view fills the workspace beside the library (issue 13): the reader, the entities view (with
 * one entity's page open or not), or the claims view; and whether "find all mentions" suggestions are
 * shown over the reader (their own key context: commandContexts.ts).
 */
import type { StateCreator } from 'zustand';

export type WorkspaceView = 'reader' | 'entities' | 'claims';

export interface ViewSlice {
  view: WorkspaceView;
  /** The entity whose page the entities view shows, or null for the list of every entity. */
  entityPageId: string | null;
  /** Suggestions are on screen and take their keys (accept, reject, next). */
  suggestionsShown: boolean;
  showView(view: WorkspaceView): void;
  openEntityPage(entityId: string | null): void;
  setSuggestionsShown(shown: boolean): void;
}

export const createViewSlice: StateCreator<ViewSlice> = (set) => ({
  view: 'reader',
  entityPageId: null,
  suggestionsShown: false,
  showView: (view) => set({ view }),
  openEntityPage: (entityPageId) => set({ view: 'entities', entityPageId }),
  setSuggestionsShown: (suggestionsShown) => set({ suggestionsShown }),
});
