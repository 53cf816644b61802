/** UI state of the library panel: the title filter, ticked articles and whether files are dragged over the window. */
import type { StateCreator } from 'zustand';

export interface LibrarySlice {
  titleFilter: string;
  dragActive: boolean;
  /** Articles ticked for export (Space, Ctrl+click, Shift+click), in the order they were ticked. */
  ticked: string[];
  /** Where a Shift+click range starts: the last article ticked or unticked on its own. */
  tickAnchor: string | null;
  setTitleFilter: (filter: string) => void;
  setDragActive: (active: boolean) => void;
  toggleTick: (id: string) => void;
  /** Ticks every article from the anchor to `id` in `shownOrder` (the list as shown). */
  tickRange: (id: string, shownOrder: readonly string[]) => void;
  clearTicks: () => void;
}

export const createLibrarySlice: StateCreator<LibrarySlice> = (set, get) => ({
  titleFilter: '',
  dragActive: false,
  ticked: [],
  tickAnchor: null,
  setTitleFilter: (titleFilter) => set({ titleFilter }),
  setDragActive: (dragActive) => set({ dragActive }),
  toggleTick: (id) => set((s) => ({ ticked: s.ticked.includes(id) ? s.ticked.filter((t) => t !== id) : [...s.ticked, id], tickAnchor: id })),
  tickRange: (id, shownOrder) => {
    const { tickAnchor, ticked } = get();
    const from = tickAnchor ? shownOrder.indexOf(tickAnchor) : -1;
    const to = shownOrder.indexOf(id);
    if (to === -1) return;
    const [a, b] = from === -1 ? [to, to] : [Math.min(from, to), Math.max(from, to)];
    const range = shownOrder.slice(a, b + 1);
    set({ ticked: [...ticked, ...range.filter((r) => !ticked.includes(r))], tickAnchor: tickAnchor ?? id });
  },
  clearTicks: () => set({ ticked: [], tickAnchor: null }),
});
