/**
 * Which view fills the workspace beside the library (issue 13): the reader, the entities view (with
 * one entity's page open or not), or the claims view; and whether "find all mentions" suggestions are
 * shown over the reader (their own key context: commandContexts.ts).
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
  /** Suggestions are on screen and take their keys (accept, reject, next). */
  suggestionsShown: boolean;
  entityList: EntityListState;
  setEntityList(patch: Partial<EntityListState>): void;
  /** Asked for by a view that jumps to a mention (features/reader takes it once the article shows). */
  reveal: RevealRequest | null;
  showView(view: WorkspaceView): void;
  openEntityPage(entityId: string | null): void;
  /** Back to the reader, where `reveal` is selected and flashed once its article is open. */
  revealInReader(reveal: RevealRequest): void;
  clearReveal(): void;
  setSuggestionsShown(shown: boolean): void;
}

export const createViewSlice: StateCreator<ViewSlice> = (set) => ({
  view: 'reader',
  entityPageId: null,
  suggestionsShown: false,
  reveal: null,
  entityList: { filter: '', type: 'all', sort: 'name', descending: false, activeId: null },
  setEntityList: (patch) => set((s) => ({ entityList: { ...s.entityList, ...patch } })),
  showView: (view) => set({ view }),
  openEntityPage: (entityPageId) => set({ view: 'entities', entityPageId }),
  setSuggestionsShown: (suggestionsShown) => set({ suggestionsShown }),
  revealInReader: (reveal) => set({ view: 'reader', reveal }),
  clearReveal: () => set({ reveal: null }),
});
