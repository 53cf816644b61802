/** UI state of annotating: what is selected, the open palette or pick list, the panel filters. */
import type { StateCreator } from 'zustand';
import type { ClaimStatus } from '../../shared/annotation/annotation';

export interface Point {
  x: number;
  y: number;
}

/** Why a tag was not stored: the write failed (with its reason), or the span already has that tag. */
export type AnnotateNotice = { kind: 'write-failed'; reason: string } | { kind: 'already-tagged'; tagId: string };

export interface AnnotateSlice {
  selectedAnnotationId: string | null;
  /** A snapped span waiting for a tag, and where to show the palette. */
  pendingSpan: { start: number; end: number; at: Point } | null;
  /** Several annotations under one click: the analyst picks one. */
  pickList: { ids: string[]; at: Point } | null;
  /** When set, the next Person/Organisation chosen becomes this claim's claimant. */
  linkingClaimId: string | null;
  hover: { ids: string[]; at: Point } | null;
  flash: { start: number; end: number; key: number } | null;
  tagFilter: string[];
  statusFilter: ClaimStatus | 'all';
  /** Bumped to ask the article note to unfold and take the focus (the N key). */
  articleNoteRequest: number;
  /** A message for the analyst about an annotation change that could not be made. */
  notice: AnnotateNotice | null;
  setNotice(notice: AnnotateNotice | null): void;
  /**
   * The reader's caret: a text offset of the open article, painted in the reader and moved by the
   * keyboard. Kept when the DOM selection leaves the article (Escape, a tag, a click in the panel),
   * so the next selection starts here. Null until the analyst first places it.
   */
  caret: number | null;
  setCaret(caret: number | null): void;
  /** The keyboard resizes the selected annotation (R): Shift+arrows move its end, Alt+Shift+arrows its start. */
  resizeMode: boolean;
  setResizeMode(on: boolean): void;
  /** A resize handle is being dragged: clicks in the reader are not selections meanwhile. */
  resizing: boolean;
  setResizing(resizing: boolean): void;
  requestArticleNote(): void;
  selectAnnotation(id: string | null): void;
  openPalette(span: { start: number; end: number }, at: Point): void;
  closePalette(): void;
  openPickList(ids: string[], at: Point): void;
  closePickList(): void;
  setLinkingClaim(id: string | null): void;
  setHover(hover: AnnotateSlice['hover']): void;
  flashSpan(span: { start: number; end: number }): void;
  toggleTagFilter(tagId: string): void;
  setStatusFilter(status: AnnotateSlice['statusFilter']): void;
}

export const createAnnotateSlice: StateCreator<AnnotateSlice> = (set, get) => ({
  selectedAnnotationId: null,
  pendingSpan: null,
  pickList: null,
  linkingClaimId: null,
  hover: null,
  flash: null,
  tagFilter: [],
  statusFilter: 'all',
  articleNoteRequest: 0,
  notice: null,
  setNotice: (notice) => set({ notice }),
  caret: null,
  setCaret: (caret) => set({ caret }),
  resizeMode: false,
  // Only a selected annotation can be resized.
  setResizeMode: (on) => set((s) => ({ resizeMode: on && s.selectedAnnotationId !== null })),
  resizing: false,
  setResizing: (resizing) => set({ resizing }),
  requestArticleNote: () => set((s) => ({ articleNoteRequest: s.articleNoteRequest + 1 })),
  // Selecting another annotation ends claimant linking, so a later Person tag is not linked by
  // surprise, and ends keyboard resizing, so the keys never resize an annotation not chosen for it.
  selectAnnotation: (id) =>
    set((s) => ({
      selectedAnnotationId: id,
      pendingSpan: null,
      pickList: null,
      linkingClaimId: id !== null && id !== s.linkingClaimId ? null : s.linkingClaimId,
      resizeMode: id !== null && id === s.selectedAnnotationId && s.resizeMode,
    })),
  openPalette: (span, at) => set({ pendingSpan: { ...span, at }, pickList: null, selectedAnnotationId: null, resizeMode: false }),
  closePalette: () => set({ pendingSpan: null }),
  openPickList: (ids, at) => set({ pickList: { ids, at }, pendingSpan: null }),
  closePickList: () => set({ pickList: null }),
  setLinkingClaim: (linkingClaimId) => set({ linkingClaimId }),
  setHover: (hover) => set({ hover }),
  flashSpan: (span) => set({ flash: { ...span, key: (get().flash?.key ?? 0) + 1 } }),
  toggleTagFilter: (tagId) => set((s) => ({ tagFilter: s.tagFilter.includes(tagId) ? s.tagFilter.filter((t) => t !== tagId) : [...s.tagFilter, tagId] })),
  setStatusFilter: (statusFilter) => set({ statusFilter }),
});
