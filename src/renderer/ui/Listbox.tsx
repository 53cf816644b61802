/**
 * The one listbox of the app (the article list, the annotation list, the pick list): a focusable
 * list whose active option is named by `aria-activedescendant`, moved with ↑/↓ and Home/End. The
 * keys come through the command table (each list has its own context and rows), so the list binds
 * its two commands while it is on screen instead of listening for keys itself.
 */
import { useRef, type HTMLAttributes, type LiHTMLAttributes, type ReactNode, type Ref } from 'react';
import type { CommandId } from '../../shared/commands/commandTable';
import { keyed, useCommandBindings } from './commandBindings';
import { nextOption } from './listboxMoves';

export interface ListboxProps extends Omit<HTMLAttributes<HTMLUListElement>, 'role' | 'tabIndex' | 'aria-label' | 'aria-activedescendant'> {
  listRef?: Ref<HTMLUListElement>;
  label: string;
  /** The element id of the active option, if one is. */
  activeId: string | undefined;
  /** The list's commands for ↑/↓ and for Home/End. */
  commands: { move: CommandId; ends: CommandId };
  /**
   * The active option's index (-1: none) and the number of options, read when a key arrives: key
   * repeats come faster than renders, so the owner answers from what it last set, not from props.
   */
  position: () => { index: number; count: number };
  /** Makes option `index` the active one. */
  onMove: (index: number) => void;
  /** ↑ on the first option goes to the last and ↓ on the last to the first (default: they stay). */
  wrap?: boolean;
  children: ReactNode;
}

export function Listbox({ listRef, label, activeId, commands, position, onMove, wrap = false, children, ...list }: ListboxProps) {
  // The bindings are made once; they call the owner's latest callbacks.
  const latest = useRef({ position, onMove, wrap });
  latest.current = { position, onMove, wrap };
  useCommandBindings(() => {
    const move = keyed((event) => {
      const { position: at, onMove: moveTo, wrap: wraps } = latest.current;
      const { index, count } = at();
      const next = nextOption(event.key, index, count, wraps);
      if (next !== null) moveTo(next);
    });
    return { [commands.move]: move, [commands.ends]: move };
  }, [commands.move, commands.ends]);
  return (
    <ul ref={listRef} role="listbox" tabIndex={0} aria-label={label} aria-activedescendant={activeId} {...list}>
      {children}
    </ul>
  );
}

/** One option of a `Listbox`: `id` is what the list's `activeId` names when it is the active one. */
export function ListboxOption({ id, selected, children, ...item }: LiHTMLAttributes<HTMLLIElement> & { id: string; selected: boolean; children: ReactNode }) {
  return (
    <li id={id} role="option" aria-selected={selected} {...item}>
      {children}
    </li>
  );
}
