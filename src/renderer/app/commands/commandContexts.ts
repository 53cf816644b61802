/**
 * Which commands a key press may run: the contexts that apply where it was pressed, most specific
 * first, and the table's rows in them whose keys match. Pure, so the choice is unit-tested; the
 * dispatcher (keyDispatcher.ts) reads the scene from the page and runs the first row that applies.
 */
import { commandsIn, type Command, type CommandContext } from '../../../shared/commands/commandTable';
import { chordMatches, type KeyLike } from '../../../shared/commands/keyChords';

/** Where the focus is, for the keys: a list or field with keys of its own, or the reader (anywhere else on the page). */
export type FocusArea = 'reader' | 'panel' | 'filter' | 'library' | 'search' | 'entities' | 'claims' | 'claimLink' | 'completion' | 'pick' | 'aside';

export interface KeyScene {
  /** The open modal dialog's context; 'other' for a dialog without commands (its keys are its own). */
  dialog: 'commandPalette' | 'exportDialog' | 'other' | null;
  area: FocusArea;
  /** The key goes into a text field, a select or the note editor. */
  typing: boolean;
  /** Resize mode is on for a selected annotation. */
  resizing: boolean;
  /** A selection waits for a tag (the tag palette is open). */
  tagPalette: boolean;
  /** A claim's claimant is being linked. */
  linking: boolean;
  /** "Find all mentions" suggestions are shown over the reader (issue 13). */
  suggesting: boolean;
}

/**
 * The contexts for a key, most specific first. A modal dialog has the keys to itself. Otherwise the
 * pick list when it has the focus; then the states over the reader, which apply wherever the focus
 * is (a selection waiting for a tag takes 1–9 even from the article list); then the area with the
 * focus; then global. The annotation panel's and library's buttons and headings ('aside') have no
 * keys of their own: there only the states and global apply.
 */
export function contextsFor(scene: KeyScene): CommandContext[] {
  if (scene.dialog) return scene.dialog === 'other' ? [] : [scene.dialog];
  const contexts: CommandContext[] = [];
  if (scene.area === 'pick') contexts.push('pick');
  if (scene.resizing) contexts.push('resize');
  if (scene.tagPalette) contexts.push('palette');
  if (scene.linking) contexts.push('linking');
  if (scene.suggesting) contexts.push('suggestions');
  if (scene.area !== 'pick' && scene.area !== 'aside') contexts.push(scene.area);
  contexts.push('global');
  return contexts;
}

/** The rows a key press matches in these contexts, in the order they are tried; while typing, only rows meant for fields. */
export function commandsForKey(event: KeyLike, contexts: readonly CommandContext[], typing: boolean): Command[] {
  const found: Command[] = [];
  for (const context of contexts) {
    for (const row of commandsIn(context)) {
      if (found.includes(row) || (typing && !row.inFields)) continue;
      if (row.keys.some((chord) => chordMatches(chord, event))) found.push(row);
    }
  }
  return found;
}

/** The rows the command palette offers in these contexts (each once, in context order). */
export function paletteCommands(contexts: readonly CommandContext[]): Command[] {
  const found: Command[] = [];
  for (const context of contexts) for (const row of commandsIn(context)) if (row.palette !== false && !found.includes(row)) found.push(row);
  return found;
}
