import { describe, expect, it } from 'vitest';
import { COMMAND_CONTEXTS, COMMANDS, CONTEXT_LABELS, commandRow, keysShown, menuRows } from '../../../src/shared/commands/commandTable';
import { chordAccelerator, chordAria, chordMatches, chordSignature, chordText, type KeyLike } from '../../../src/shared/commands/keyChords';
import { MENU_COMMANDS } from '../../../src/shared/host';
import { ar, en } from '../../../src/shared/i18n/messages';

const press = (key: string, code: string, mods: Partial<Pick<KeyLike, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>> = {}): KeyLike => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the command table', () => {
  it('names every command once', () => {
    const ids = COMMANDS.map((row) => row.id);
    expect(ids.length).toBeGreaterThan(40);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never gives two commands the same keys in the same context', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const row of COMMANDS) {
      for (const context of row.contexts) {
        for (const chord of row.keys) {
          const slot = `${context} ${chordSignature(chord)}`;
          const other = owner.get(slot);
          if (other && other !== row.id) clashes.push(`${slot}: ${other} and ${row.id}`);
          owner.set(slot, row.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has a label in both catalogues for every command, hint and context', () => {
    const keys = [...COMMANDS.flatMap((row) => [row.label, ...(row.hint?.label ? [row.hint.label] : [])]), ...Object.values(CONTEXT_LABELS)];
    expect(Object.keys(CONTEXT_LABELS).sort()).toEqual([...COMMAND_CONTEXTS].sort());
    for (const key of keys) {
      expect(en[key]?.trim(), key).toBeTruthy();
      expect(ar[key]?.trim(), key).toBeTruthy();
      expect(ar[key], key).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('has a menu row for every MENU_COMMAND, and puts only MENU_COMMANDs in the menu', () => {
    const inMenus = (['file', 'edit', 'view'] as const).flatMap((name) =>
      menuRows(name)
        .flat()
        .map((row) => row.id),
    );
    expect(new Set(inMenus)).toEqual(new Set(MENU_COMMANDS));
    expect(
      COMMANDS.filter((row) => row.menu)
        .map((row) => row.id)
        .sort(),
    ).toEqual([...MENU_COMMANDS].sort());
    for (const id of MENU_COMMANDS) expect(commandRow(id).contexts).toEqual(['global']);
  });

  it('writes every chord with exactly one of code and key; letters by code, so they work on an Arabic layout', () => {
    for (const row of COMMANDS) {
      expect(row.keys.length, row.id).toBeGreaterThan(0);
      for (const chord of row.keys) {
        expect((chord.code === undefined) !== (chord.key === undefined), `${row.id} ${JSON.stringify(chord)}`).toBe(true);
        if (chord.key !== undefined) expect(chord.key, row.id).not.toMatch(/^\p{L}$/u);
      }
    }
  });

  it('lets a modified shortcut of the shell run from a text field, but not undo, import (italic) and plain keys', () => {
    const shellChords = COMMANDS.filter((row) => row.contexts.includes('global') && row.keys.every((chord) => chord.ctrl));
    const notInFields = shellChords.filter((row) => !row.inFields).map((row) => row.id);
    // import-data is Ctrl+I, which in the note editor is italic.
    expect(notInFields.sort()).toEqual(['import-data', 'redo', 'undo']);
    expect(commandRow('focus-filter').inFields).toBeUndefined();
    expect(commandRow('tag-selection').inFields).toBeUndefined();
  });
});

describe('key chords', () => {
  it('match letters by the physical key, Ctrl or ⌘, and exactly the modifiers named', () => {
    const exportKeys = commandRow('export').keys[0]!;
    expect(chordMatches(exportKeys, press('e', 'KeyE', { ctrlKey: true }))).toBe(true);
    expect(chordMatches(exportKeys, press('ث', 'KeyE', { ctrlKey: true }))).toBe(true); // Arabic layout
    expect(chordMatches(exportKeys, press('e', 'KeyE', { metaKey: true }))).toBe(true);
    expect(chordMatches(exportKeys, press('E', 'KeyE', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(chordMatches(exportKeys, press('e', 'KeyE'))).toBe(false);
    const note = commandRow('open-note').keys[0]!;
    expect(chordMatches(note, press('ى', 'KeyN'))).toBe(true);
    expect(chordMatches(note, press('n', 'KeyN', { altKey: true }))).toBe(false);
  });

  it('match digits and named keys by key, and "/" however Shift is', () => {
    const digits = commandRow('tag-selection').keys;
    expect(digits.some((chord) => chordMatches(chord, press('3', 'Digit3')))).toBe(true);
    expect(digits.some((chord) => chordMatches(chord, press('3', 'Numpad3')))).toBe(true);
    expect(digits.some((chord) => chordMatches(chord, press('3', 'Digit3', { ctrlKey: true })))).toBe(false);
    expect(digits.some((chord) => chordMatches(chord, press('0', 'Digit0')))).toBe(false);
    const slash = commandRow('focus-filter').keys[0]!;
    expect(chordMatches(slash, press('/', 'Slash'))).toBe(true);
    expect(chordMatches(slash, press('/', 'Digit7', { shiftKey: true }))).toBe(true); // a German layout
    expect(chordMatches(slash, press('/', 'Slash', { ctrlKey: true }))).toBe(false);
  });

  it('are written for people, for the menu and for aria-keyshortcuts', () => {
    const folder = commandRow('open-folder').keys[0]!;
    expect(chordText(folder)).toBe('Ctrl+Shift+O');
    expect(chordAccelerator(folder)).toBe('CmdOrCtrl+Shift+O');
    expect(chordAria(folder)).toBe('Control+Shift+O');
    expect(chordAccelerator(commandRow('font-bigger').keys[0]!)).toBe('CmdOrCtrl+=');
    expect(chordText({ key: 'ArrowLeft', alt: true, shift: true })).toBe('Alt+Shift+←');
    expect(chordText({ key: ' ' })).toBe('Space');
    expect(keysShown(commandRow('export'))).toBe('Ctrl+E');
    expect(keysShown(commandRow('redo'))).toBe('Ctrl+Shift+Z / Ctrl+Y');
  });
});
