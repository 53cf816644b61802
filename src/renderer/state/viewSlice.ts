/**
 * Which view fills the workspace beside the library (issue 13): the reader, the entities view (with
 * one entity's page open or not), or the claims view.
 */
import type { StateCreator } from 'zustand';

export type WorkspaceView = 'reader' | 'entities' | 'claims';

export interface ViewSlice {
  view: WorkspaceView;
  /** The entity whose page the entities view shows, or null for the list of every entity. */
  entityPageId: string | null;
  showView(view: WorkspaceView): void;
  openEntityPage(entityId: string | null): void;
}

export const createViewSlice: StateCreator<ViewSlice> = (set) => ({
  view: 'reader',
  entityPageId: null,
  showView: (view) => set({ view }),
  openEntityPage: (entityPageId) => set({ view: 'entities', entityPageId }),
});
