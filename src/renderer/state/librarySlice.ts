/** UI state of the library panel: the title filter and whether files are being dragged over the window. */
import type { StateCreator } from 'zustand';

export interface LibrarySlice {
  titleFilter: string;
  dragActive: boolean;
  setTitleFilter(filter: string): void;
  setDragActive(active: boolean): void;
}

export const createLibrarySlice: StateCreator<LibrarySlice> = (set) => ({
  titleFilter: '',
  dragActive: false,
  setTitleFilter: (titleFilter) => set({ titleFilter }),
  setDragActive: (dragActive) => set({ dragActive }),
});
