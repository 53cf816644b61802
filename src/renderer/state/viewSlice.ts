/**
 * Which view fills the workspace beside the library (issue 13): the reader, the entities view (with
 * one entity's page open or not), or the claims view.
 */
import type { StateCreator } from 'zustand';

export type WorkspaceView = 'reader' | 'entities' | 'claims';

/** How the entities view lists them: filtered by text and type, sorted by a column; its active row. */
export interface EntityListState {
  filter: string;
  type: 'person' | 'organisation' | 'place' | 'event' | 'all';
  sort: 'name' | 'type' | 'mentions' | 'articles';
  descending: boolean;
  /** The active row's entity (kept while its page is open, so the list comes back where it was). */
  activeId: string | null;
}

/** An annotation to select and flash in the reader once its article is open there. */
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
  /** Back in the reader from another view: its scroll area takes the focus once the article is on screen. */
  readerFocusPending: boolean;
  entityList: EntityListState;
  setEntityList(patch: Partial<EntityListState>): void;
  showView(view: WorkspaceView): void;
  /** Back to the reader, with an annotation to show there. */
  openInReader(request: RevealRequest): void;
  clearRevealRequest(): void;
  clearReaderFocus(): void;
  openEntityPage(entityId: string | null): void;
}

export const createViewSlice: StateCreator<ViewSlice> = (set) => ({
  view: 'reader',
  entityPageId: null,
  revealRequest: null,
  readerFocusPending: false,
  showView: (view) => set((s) => ({ view, readerFocusPending: view === 'reader' && s.view !== 'reader' })),
  openInReader: (revealRequest) => set((s) => ({ view: 'reader', revealRequest, readerFocusPending: s.view !== 'reader' })),
  clearRevealRequest: () => set({ revealRequest: null }),
  clearReaderFocus: () => set({ readerFocusPending: false }),
  openEntityPage: (entityPageId) => set({ view: 'entities', entityPageId }),
  entityList: { filter: '', type: 'all', sort: 'name', descending: false, activeId: null },
  setEntityList: (patch) => set((s) => ({ entityList: { ...s.entityList, ...patch } })),
});
