/** Whether this window still holds the database (connectionEvents.ts): another window's upgrade closes it. */
import type { StateCreator } from 'zustand';

export interface ConnectionSlice {
  /** Set when another window upgraded (or deleted) the database: this one has stopped using it. */
  closedByOtherWindow: boolean;
  setClosedByOtherWindow(): void;
}

export const createConnectionSlice: StateCreator<ConnectionSlice> = (set) => ({
  closedByOtherWindow: false,
  setClosedByOtherWindow: () => set({ closedByOtherWindow: true }),
});
