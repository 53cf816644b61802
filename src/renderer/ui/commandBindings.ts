/**
 * The renderer's half of the command table: which handler runs each command id. The part of the
 * app that owns an action binds it while it is on screen (the shell its commands, the reader its
 * keys, a list its moves), so a command is available exactly when something can carry it out.
 * It sits in ui/ so features and the editor bind their commands without reaching up into app/,
 * which runs them (app/commands: the key dispatcher, the menu, the toolbar and the palette).
 */
import { useEffect } from 'react';
import type { CommandId } from '../../shared/commands/commandTable';
import type { KeyLike } from '../../shared/commands/keyChords';

/** How a command was asked for: by a key (its event), or by the menu, the toolbar or the palette (no event). */
export interface Invocation {
  event: KeyLike | null;
}

export interface CommandBinding {
  /** Carries the command out. Returning false means it did not apply after all: the key goes on to the next command. */
  run(invocation: Invocation): unknown;
  /** Whether it applies now (an annotation is selected, an import runs…); the palette lists only those. Default: always. */
  enabled?(): boolean;
}

export type CommandBindings = Partial<Record<CommandId, CommandBinding>>;

/** Bound handlers per id; the latest binding wins, and the one before comes back when it is unbound. */
const bound = new Map<CommandId, CommandBinding[]>();

export function bindCommands(bindings: CommandBindings): () => void {
  const entries = Object.entries(bindings) as [CommandId, CommandBinding][];
  for (const [id, binding] of entries) bound.set(id, [...(bound.get(id) ?? []), binding]);
  return () => {
    for (const [id, binding] of entries) {
      const rest = (bound.get(id) ?? []).filter((b) => b !== binding);
      if (rest.length) bound.set(id, rest);
      else bound.delete(id);
    }
  };
}

export function bindingOf(id: CommandId): CommandBinding | undefined {
  return bound.get(id)?.at(-1);
}

/** A command that needs its key (a direction, a digit): asked for without one (menu, palette), it does not apply. */
export function keyed(run: (event: KeyLike) => unknown): CommandBinding {
  return { run: ({ event }) => (event ? run(event) : false) };
}

/** Binds `bindings` while the calling component is mounted (and again when `deps` change). */
export function useCommandBindings(bindings: () => CommandBindings, deps: readonly unknown[]): void {
  // The caller names the dependencies (as for useEffect); the bindings function is new every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => bindCommands(bindings()), deps);
}
