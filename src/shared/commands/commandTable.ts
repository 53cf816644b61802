/**
 * Every action the analyst can take by key, as one table of data (issue 10): its name, the context it
 * applies in, its keys, its label in both languages (message keys) and where else it shows — the
 * application menu, the toolbar, the shortcut bar. The command palette (Ctrl+K) lists the rows of the
 * current context, and the README's key table is generated from these rows.
 *
 * Pure data and pure functions: the Electron main process reads it for the menu's labels and
 * accelerators; the renderer binds each id to a handler (renderer/app/commands) and runs one keydown
 * dispatcher over it. A new feature adds rows here and binds their ids, not another listener.
 */
import { MENU_COMMANDS, type MenuCommand } from '../host';
import type { MessageKey } from '../i18n/messages';
import { chordText, withShift, type KeyChord } from './keyChords';

/**
 * Where a command applies. The dispatcher (renderer/app/commands/commandContexts.ts) picks them for a
 * key: an open dialog's own context alone; otherwise the pick list if it has the focus, the states
 * layered over the reader (resize mode, the tag palette, linking a claimant), then the area with the
 * focus (reader, annotation list, library filter, article list), then global.
 */
export const COMMAND_CONTEXTS = [
  'commandPalette',
  'exportDialog',
  'pick',
  'completion',
  'resize',
  'palette',
  'linking',
  'suggestions',
  'reader',
  'panel',
  'filter',
  'library',
  'search',
  'entities',
  'claims',
  'claimLink',
  'global',
] as const;
export type CommandContext = (typeof COMMAND_CONTEXTS)[number];

export type MenuName = 'file' | 'edit' | 'view';

export interface CommandRow {
  id: string;
  contexts: readonly CommandContext[];
  keys: readonly KeyChord[];
  /** The keys as people read them, where the chords alone would say too much ("1–9", "←/→"); else from the first chord. */
  shown?: string;
  /** What the command does, in the menu, the palette, tooltips and the README (`t(label)`). */
  label: MessageKey;
  /** In the application menu: which one, and its group there (groups are separated). */
  menu?: { name: MenuName; group: number };
  /** Has a toolbar button: among the actions, or in the view group at the end (text size, language). */
  toolbar?: 'actions' | 'view';
  /** In the shortcut bar, with a short label (and other keys to show, when the row's are not the point). */
  hint?: { label?: MessageKey; shown?: string };
  /** Not in the command palette: it needs its key (a direction, a digit) or belongs to a list or dialog. */
  palette?: false;
  /** Also runs while typing in a text field, the note editor or a select (Ctrl shortcuts, Escape). */
  inFields?: true;
}

const ctrl = (code: string, extra: Omit<KeyChord, 'code' | 'ctrl'> = {}): KeyChord => ({ code, ctrl: true, ...extra });
const letter = (l: string): KeyChord => ({ code: `Key${l}` });
const keys = (...names: string[]): KeyChord[] => names.map((key) => ({ key }));
const DIGITS = keys('1', '2', '3', '4', '5', '6', '7', '8', '9');
const LEFT_RIGHT = keys('ArrowLeft', 'ArrowRight');
const UP_DOWN = keys('ArrowUp', 'ArrowDown');
const withMods = (chords: readonly KeyChord[], mods: Omit<KeyChord, 'code' | 'key'>) => chords.map((c) => ({ ...c, ...mods }));

export const COMMAND_TABLE = [
  // ---- anywhere
  {
    id: 'command-palette',
    contexts: ['global'],
    keys: [ctrl('KeyK')],
    label: 'command.command-palette',
    menu: { name: 'view', group: 1 },
    hint: { label: 'shortcuts.commands' },
    palette: false,
    inFields: true,
  },
  { id: 'open-files', contexts: ['global'], keys: [ctrl('KeyO')], label: 'toolbar.openFiles', menu: { name: 'file', group: 0 }, toolbar: 'actions', hint: {}, inFields: true },
  { id: 'open-folder', contexts: ['global'], keys: [ctrl('KeyO', { shift: true })], label: 'toolbar.openFolder', menu: { name: 'file', group: 0 }, toolbar: 'actions', hint: {}, inFields: true },
  // Not in fields: there Ctrl+I is the note editor's italic.
  { id: 'import-data', contexts: ['global'], keys: [ctrl('KeyI')], label: 'menu.importData', menu: { name: 'file', group: 1 }, toolbar: 'actions' },
  { id: 'export', contexts: ['global'], keys: [ctrl('KeyE')], label: 'menu.export', menu: { name: 'file', group: 1 }, toolbar: 'actions', inFields: true },
  // Issue 14: the automatic backup schedule (and Back up now).
  { id: 'backup-settings', contexts: ['global'], keys: [ctrl('KeyB', { shift: true })], label: 'command.backup-settings', inFields: true },
  // Not in fields: there Ctrl+Z undoes the typing.
  { id: 'undo', contexts: ['global'], keys: [ctrl('KeyZ')], label: 'annotate.undo', menu: { name: 'edit', group: 0 }, toolbar: 'actions', hint: {} },
  {
    id: 'redo',
    contexts: ['global'],
    keys: [ctrl('KeyZ', { shift: true }), ctrl('KeyY')],
    shown: 'Ctrl+Shift+Z / Ctrl+Y',
    label: 'annotate.redo',
    menu: { name: 'edit', group: 0 },
    toolbar: 'actions',
  },
  {
    id: 'font-bigger',
    contexts: ['global'],
    keys: [ctrl('Equal'), ctrl('Equal', { shift: true }), ctrl('NumpadAdd')],
    label: 'toolbar.fontBigger',
    menu: { name: 'view', group: 0 },
    toolbar: 'view',
    hint: { label: 'shortcuts.textSize', shown: 'Ctrl+= / Ctrl+-' },
    inFields: true,
  },
  {
    id: 'font-smaller',
    contexts: ['global'],
    keys: [ctrl('Minus'), ctrl('Minus', { shift: true }), ctrl('NumpadSubtract')],
    label: 'toolbar.fontSmaller',
    menu: { name: 'view', group: 0 },
    toolbar: 'view',
    inFields: true,
  },
  { id: 'toggle-direction', contexts: ['global'], keys: [ctrl('KeyX', { shift: true })], label: 'menu.toggleDirection', menu: { name: 'view', group: 0 }, hint: {}, inFields: true },
  { id: 'toggle-language', contexts: ['global'], keys: [ctrl('KeyL', { shift: true })], label: 'menu.toggleLanguage', menu: { name: 'view', group: 0 }, toolbar: 'view', hint: {}, inFields: true },
  { id: 'focus-filter', contexts: ['global'], keys: keys('/'), label: 'command.focus-filter', hint: { label: 'shortcuts.filter' } },
  { id: 'cancel-import', contexts: ['global'], keys: keys('Escape'), label: 'command.cancel-import' },

  // ---- the library: its filter and its list of articles
  { id: 'filter-to-list', contexts: ['filter'], keys: keys('ArrowDown'), label: 'command.filter-to-list', palette: false, inFields: true },
  { id: 'filter-clear', contexts: ['filter'], keys: keys('Escape'), label: 'command.filter-clear', palette: false, inFields: true },
  { id: 'library-move', contexts: ['library'], keys: UP_DOWN, shown: '↑/↓', label: 'command.library-move', hint: { label: 'shortcuts.articles' }, palette: false },
  { id: 'library-ends', contexts: ['library'], keys: keys('Home', 'End'), shown: 'Home/End', label: 'command.library-ends', palette: false },
  { id: 'library-tick', contexts: ['library'], keys: keys(' '), label: 'command.library-tick' },

  // ---- the reader: the caret (Shift extends the selection from it), selecting and the selected annotation
  { id: 'caret-letter', contexts: ['reader'], keys: withShift(LEFT_RIGHT), shown: '←/→', label: 'command.caret-letter', hint: { label: 'shortcuts.select', shown: 'Shift+←/→' }, palette: false },
  { id: 'caret-word', contexts: ['reader'], keys: withShift(withMods(LEFT_RIGHT, { ctrl: true })), shown: 'Ctrl+←/→', label: 'command.caret-word', palette: false },
  { id: 'caret-phrase', contexts: ['reader'], keys: withShift(withMods(LEFT_RIGHT, { alt: true })), shown: 'Alt+←/→', label: 'command.caret-phrase', palette: false },
  { id: 'caret-line', contexts: ['reader'], keys: withShift(UP_DOWN), shown: '↑/↓', label: 'command.caret-line', palette: false },
  { id: 'caret-paragraph', contexts: ['reader'], keys: withShift(withMods(UP_DOWN, { ctrl: true })), shown: 'Ctrl+↑/↓', label: 'command.caret-paragraph', palette: false },
  { id: 'caret-line-edge', contexts: ['reader'], keys: withShift(keys('Home', 'End')), shown: 'Home/End', label: 'command.caret-line-edge', palette: false },
  { id: 'caret-article-edge', contexts: ['reader'], keys: withShift(withMods(keys('Home', 'End'), { ctrl: true })), shown: 'Ctrl+Home/End', label: 'command.caret-article-edge', palette: false },
  { id: 'caret-page', contexts: ['reader'], keys: withShift(keys('PageUp', 'PageDown')), shown: 'PageUp/PageDown', label: 'command.caret-page', palette: false },
  { id: 'select-sentence', contexts: ['reader'], keys: [letter('S')], label: 'command.select-sentence', hint: { label: 'shortcuts.sentence' } },
  // The browser's select-all takes the whole interface (the article is not editable, so it is no boundary).
  { id: 'select-article', contexts: ['reader'], keys: [ctrl('KeyA')], label: 'command.select-article' },
  { id: 'retag', contexts: ['reader'], keys: DIGITS, shown: '1–9', label: 'command.retag', palette: false },
  { id: 'resize-mode', contexts: ['reader'], keys: [letter('R')], label: 'command.resize-mode', hint: { label: 'shortcuts.resize' } },
  { id: 'delete-annotation', contexts: ['reader', 'panel'], keys: keys('Delete', 'Backspace'), shown: 'Delete', label: 'command.delete-annotation' },
  { id: 'start-linking', contexts: ['reader'], keys: [letter('L')], label: 'command.start-linking' },
  { id: 'open-note', contexts: ['reader'], keys: [letter('N')], label: 'command.open-note', hint: { label: 'shortcuts.note' } },
  { id: 'cancel-selection', contexts: ['reader'], keys: keys('Escape'), label: 'command.cancel-selection' },

  // ---- states over the reader: a selection waiting for a tag, linking a claimant, resize mode
  { id: 'tag-selection', contexts: ['palette'], keys: DIGITS, shown: '1–9', label: 'command.tag-selection', hint: { label: 'shortcuts.tag' }, palette: false },
  { id: 'cancel-palette', contexts: ['palette'], keys: keys('Escape'), label: 'command.cancel-palette' },
  { id: 'link-claimant', contexts: ['linking'], keys: [letter('L')], label: 'command.link-claimant' },
  { id: 'stop-linking', contexts: ['linking'], keys: keys('Escape'), label: 'command.stop-linking', inFields: true },
  {
    id: 'resize-end',
    contexts: ['resize'],
    keys: withMods(LEFT_RIGHT, { shift: true }).concat(withMods(LEFT_RIGHT, { shift: true, ctrl: true })),
    shown: 'Shift+←/→',
    label: 'command.resize-end',
    palette: false,
  },
  {
    id: 'resize-start',
    contexts: ['resize'],
    keys: withMods(LEFT_RIGHT, { shift: true, alt: true }).concat(withMods(LEFT_RIGHT, { shift: true, alt: true, ctrl: true })),
    shown: 'Alt+Shift+←/→',
    label: 'command.resize-start',
    palette: false,
  },
  { id: 'resize-done', contexts: ['resize'], keys: [letter('R'), { key: 'Escape' }], shown: 'R / Esc', label: 'command.resize-done' },

  // ---- issue 14: orphaned annotations (a new version lost their passage): choose one, select its text, place it
  { id: 'orphan-next', contexts: ['reader', 'panel'], keys: [letter('O')], label: 'command.orphan-next' },
  { id: 'orphan-place', contexts: ['palette'], keys: [letter('P')], label: 'command.orphan-place' },
  { id: 'orphan-delete', contexts: ['reader', 'panel'], keys: [{ key: 'Delete', shift: true }], label: 'command.orphan-delete' },

  // ---- issue 13: find all mentions (suggestions over the reader)
  { id: 'find-mentions', contexts: ['reader', 'panel'], keys: [letter('M')], label: 'command.find-mentions', hint: { label: 'shortcuts.mentions' } },
  { id: 'find-mentions-corpus', contexts: ['reader', 'panel'], keys: [{ code: 'KeyM', shift: true }], label: 'command.find-mentions-corpus' },
  { id: 'entity-find-mentions', contexts: ['entities'], keys: [letter('M')], label: 'command.entity-find-mentions' },
  { id: 'suggestion-next', contexts: ['suggestions'], keys: [{ key: 'F8' }, { key: 'F8', shift: true }], shown: 'F8 / Shift+F8', label: 'command.suggestion-next' },
  { id: 'suggestion-accept', contexts: ['suggestions'], keys: [letter('A')], label: 'command.suggestion-accept' },
  { id: 'suggestion-reject', contexts: ['suggestions'], keys: [letter('X')], label: 'command.suggestion-reject' },
  { id: 'suggestion-accept-all', contexts: ['suggestions'], keys: [{ code: 'KeyA', shift: true }], label: 'command.suggestion-accept-all' },
  { id: 'suggestion-reject-all', contexts: ['suggestions'], keys: [{ code: 'KeyX', shift: true }], label: 'command.suggestion-reject-all' },
  { id: 'suggestions-close', contexts: ['suggestions'], keys: keys('Escape'), label: 'command.suggestions-close' },

  // ---- issue 13: corpus search
  { id: 'search-corpus', contexts: ['global'], keys: [ctrl('KeyF')], label: 'search.command.open', hint: { label: 'search.hint' }, inFields: true },
  { id: 'search-next-hit', contexts: ['global'], keys: keys('F3'), label: 'search.command.next', inFields: true },
  { id: 'search-previous-hit', contexts: ['global'], keys: [{ key: 'F3', shift: true }], label: 'search.command.previous', inFields: true },
  { id: 'search-box-next', contexts: ['search'], keys: keys('Enter'), label: 'search.command.boxNext', palette: false, inFields: true },
  { id: 'search-box-previous', contexts: ['search'], keys: [{ key: 'Enter', shift: true }], label: 'search.command.boxPrevious', palette: false, inFields: true },
  { id: 'search-close', contexts: ['search'], keys: keys('Escape'), label: 'search.command.close', inFields: true },

  // ---- issue 13: entities
  // The entities view takes the reader's place; E links the selected mention to an entity by name.
  { id: 'open-entities', contexts: ['global'], keys: [ctrl('KeyE', { shift: true })], label: 'command.open-entities', toolbar: 'actions', inFields: true },
  { id: 'link-entity', contexts: ['reader', 'panel'], keys: [letter('E')], label: 'command.link-entity' },
  { id: 'open-entity', contexts: ['reader', 'panel'], keys: [{ code: 'KeyE', shift: true }], label: 'command.open-entity' },
  // The list's filter is its search field: ↑/↓ and Enter act on the list from there too.
  { id: 'entities-move', contexts: ['entities'], keys: UP_DOWN, shown: '↑/↓', label: 'command.entities-move', palette: false, inFields: true },
  { id: 'entities-ends', contexts: ['entities'], keys: keys('Home', 'End'), shown: 'Home/End', label: 'command.entities-ends', palette: false },
  { id: 'entities-open', contexts: ['entities'], keys: keys('Enter'), label: 'command.entities-open', palette: false, inFields: true },
  { id: 'entities-back', contexts: ['entities'], keys: keys('Escape'), label: 'command.entities-back', inFields: true },
  // A name being typed with suggestions under it (the entity field, merging): the suggestions' keys.
  { id: 'completion-move', contexts: ['completion'], keys: UP_DOWN, shown: '↑/↓', label: 'command.completion-move', palette: false, inFields: true },
  { id: 'completion-ends', contexts: ['completion'], keys: keys('Home', 'End'), shown: 'Home/End', label: 'command.completion-ends', palette: false },
  { id: 'completion-choose', contexts: ['completion'], keys: keys('Enter'), label: 'command.completion-choose', palette: false, inFields: true },
  { id: 'completion-close', contexts: ['completion'], keys: keys('Escape'), label: 'command.completion-close', palette: false, inFields: true },

  // ---- issue 13: claims across articles
  // The view toggles: pressed again (or from its own toolbar button) it goes back to the reader.
  { id: 'show-claims', contexts: ['global'], keys: [ctrl('KeyC', { shift: true })], label: 'command.show-claims', toolbar: 'actions', inFields: true },
  { id: 'link-claim', contexts: ['reader'], keys: [letter('C')], label: 'command.link-claim' },
  // The claim form's "link to the claim" field offers claims as one types: the keys act from the field.
  { id: 'claim-link-move', contexts: ['claimLink'], keys: UP_DOWN, shown: '↑/↓', label: 'command.claim-link-move', palette: false, inFields: true },
  { id: 'claim-link-choose', contexts: ['claimLink'], keys: keys('Enter'), label: 'command.claim-link-choose', palette: false, inFields: true },
  { id: 'claim-link-close', contexts: ['claimLink'], keys: keys('Escape'), label: 'command.claim-link-close', palette: false, inFields: true },
  // In the claims view ↑/↓ and Enter act from its filter field too (not from its selects and buttons: their bindings decline there).
  { id: 'claims-move', contexts: ['claims'], keys: UP_DOWN, shown: '↑/↓', label: 'command.claims-move', palette: false, inFields: true },
  { id: 'claims-ends', contexts: ['claims'], keys: keys('Home', 'End'), shown: 'Home/End', label: 'command.claims-ends', palette: false },
  { id: 'claims-open', contexts: ['claims'], keys: keys('Enter'), label: 'command.claims-open', inFields: true },
  { id: 'claims-filter', contexts: ['claims'], keys: keys('/'), label: 'command.claims-filter' },
  { id: 'claims-back', contexts: ['claims'], keys: keys('Escape'), label: 'command.claims-back', inFields: true },

  // ---- lists and dialogs with keys of their own
  { id: 'panel-move', contexts: ['panel'], keys: UP_DOWN, shown: '↑/↓', label: 'command.panel-move', palette: false },
  { id: 'panel-ends', contexts: ['panel'], keys: keys('Home', 'End'), shown: 'Home/End', label: 'command.panel-ends', palette: false },
  { id: 'pick-move', contexts: ['pick'], keys: UP_DOWN, shown: '↑/↓', label: 'command.pick-move', palette: false },
  { id: 'pick-ends', contexts: ['pick'], keys: keys('Home', 'End'), shown: 'Home/End', label: 'command.pick-ends', palette: false },
  { id: 'pick-choose', contexts: ['pick'], keys: keys('Enter'), label: 'command.pick-choose', palette: false },
  { id: 'pick-close', contexts: ['pick'], keys: keys('Escape'), label: 'command.pick-close', palette: false },
  { id: 'export-dialog-cancel', contexts: ['exportDialog'], keys: keys('Escape'), label: 'command.export-dialog-cancel', palette: false, inFields: true },
  { id: 'palette-move', contexts: ['commandPalette'], keys: UP_DOWN, shown: '↑/↓', label: 'command.palette-move', palette: false, inFields: true },
  { id: 'palette-run', contexts: ['commandPalette'], keys: keys('Enter'), label: 'command.palette-run', palette: false, inFields: true },
  { id: 'palette-close', contexts: ['commandPalette'], keys: keys('Escape'), label: 'command.palette-close', palette: false, inFields: true },
] as const satisfies readonly CommandRow[];

export type CommandId = (typeof COMMAND_TABLE)[number]['id'];
export type Command = CommandRow & { id: CommandId };

export const COMMANDS: readonly Command[] = COMMAND_TABLE;

const byId = new Map<string, Command>(COMMANDS.map((row) => [row.id, row]));

export function commandRow(id: CommandId): Command {
  return byId.get(id)!;
}

/** The keys as shown to people: the row's own text, or its first chord's. */
export function keysShown(row: CommandRow): string {
  return row.shown ?? chordText(row.keys[0]!);
}

export function isMenuCommand(id: string): id is MenuCommand {
  return (MENU_COMMANDS as readonly string[]).includes(id);
}

/** The rows of one application menu in order, grouped (a separator between groups); only ids the menu may send. */
export function menuRows(name: MenuName): (Command & { id: MenuCommand })[][] {
  const rows = COMMANDS.filter((row): row is Command & { id: MenuCommand } => row.menu?.name === name && isMenuCommand(row.id));
  const groups = [...new Set(rows.map((row) => row.menu!.group))].sort((a, b) => a - b);
  return groups.map((group) => rows.filter((row) => row.menu!.group === group));
}

/** The commands that apply in `context`, in table order. */
export function commandsIn(context: CommandContext): Command[] {
  return COMMANDS.filter((row) => row.contexts.includes(context));
}

/** Message keys of the contexts' names, for the README and the palette. */
export const CONTEXT_LABELS: Record<CommandContext, MessageKey> = {
  commandPalette: 'commands.context.commandPalette',
  exportDialog: 'commands.context.exportDialog',
  pick: 'commands.context.pick',
  completion: 'commands.context.completion',
  resize: 'commands.context.resize',
  palette: 'commands.context.palette',
  linking: 'commands.context.linking',
  suggestions: 'commands.context.suggestions',
  reader: 'commands.context.reader',
  panel: 'commands.context.panel',
  filter: 'commands.context.filter',
  library: 'commands.context.library',
  search: 'commands.context.search',
  entities: 'commands.context.entities',
  claims: 'commands.context.claims',
  claimLink: 'commands.context.claimLink',
  global: 'commands.context.global',
};
