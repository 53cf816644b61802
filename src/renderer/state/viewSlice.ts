/**
 * Which view fills the workspace beside the library (issue 13): the reader, the entities view (with
 * one entity's page open or not), or the claims view.
 */
import type { StateCreator } from 'zustand';

export type WorkspaceView = 'reader' | 'entities' | 'claims';

/** An annotation to show in the reader once its article is open there: selected, scrolled to and flashed. */
export interface RevealRequest {
  articleId: string;
  annotationId: string;
  start: number;
  end: number;
}

export interface ViewSlice {
  view: WorkspaceView;
  /** The entity whose page the entities view shows, or null for the list of every entity. */
  entityPageId: string | null;
  /** Waiting for the reader to open `articleId` (ui/revealInReader.ts); the reader takes it and clears it. */
  revealRequest: RevealRequest | null;
  showView(view: WorkspaceView): void;
  /** Back to the reader, with an annotation to show there. */
  openInReader(request: RevealRequest): void;
  clearRevealRequest(): void;
  openEntityPage(entityId: string | null): void;
}

export const createViewSlice: StateCreator<ViewSlice> = (set) => ({
  view: 'reader',
  entityPageId: null,
  revealRequest: null,
  showView: (view) => set({ view }),
  openInReader: (revealRequest) => set({ view: 'reader', revealRequest }),
  clearRevealRequest: () => set({ revealRequest: null }),
  openEntityPage: (entityPageId) => set({ view: 'entities', entityPageId }),
});
