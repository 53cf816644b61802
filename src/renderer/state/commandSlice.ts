/** UI state of the command palette (Ctrl+K): open or not, and the contexts it lists the commands of. */
import type { StateCreator } from 'zustand';
import type { CommandContext } from '../../shared/commands/commandTable';

export interface CommandSlice {
  /** The contexts where the focus was when the palette opened; null while it is closed. */
  commandContexts: CommandContext[] | null;
  openCommands: (contexts: CommandContext[]) => void;
  closeCommands: () => void;
}

export const createCommandSlice: StateCreator<CommandSlice> = (set) => ({
  commandContexts: null,
  openCommands: (commandContexts) => set({ commandContexts }),
  closeCommands: () => set({ commandContexts: null }),
});
