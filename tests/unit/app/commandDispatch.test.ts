import { describe, expect, it } from 'vitest';
import { commandsForKey, contextsFor, type KeyScene } from '../../../src/renderer/app/commands/commandContexts';
import type { KeyLike } from '../../../src/shared/commands/keyChords';

const scene = (over: Partial<KeyScene> = {}): KeyScene => ({ dialog: null, area: 'reader', typing: false, resizing: false, tagPalette: false, linking: false, suggesting: false, ...over });

const key = (key: string, code = '', mods: Partial<Pick<KeyLike, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>> = {}): KeyLike => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

/** The ids a key press may run in `s`, in the order the dispatcher tries them. */
const ids = (event: KeyLike, s: KeyScene) => commandsForKey(event, contextsFor(s), s.typing).map((row) => row.id);

describe('the dispatcher’s choice of context', () => {
  it('gives an open dialog its keys alone', () => {
    expect(contextsFor(scene({ dialog: 'commandPalette', tagPalette: true, linking: true }))).toEqual(['commandPalette']);
    expect(contextsFor(scene({ dialog: 'exportDialog' }))).toEqual(['exportDialog']);
    expect(contextsFor(scene({ dialog: 'other' }))).toEqual([]);
  });

  it('puts the states over the reader before the area with the focus, and global last', () => {
    expect(contextsFor(scene())).toEqual(['reader', 'global']);
    expect(contextsFor(scene({ tagPalette: true, linking: true }))).toEqual(['palette', 'linking', 'reader', 'global']);
    expect(contextsFor(scene({ resizing: true }))).toEqual(['resize', 'reader', 'global']);
    // A selection waiting for a tag takes 1–9 wherever the focus is; the article list keeps its keys.
    expect(contextsFor(scene({ area: 'library', tagPalette: true }))).toEqual(['palette', 'library', 'global']);
  });

  it('takes the area from the focus: lists and the filter have keys of their own, the panel’s buttons none', () => {
    expect(contextsFor(scene({ area: 'panel' }))).toEqual(['panel', 'global']);
    expect(contextsFor(scene({ area: 'library' }))).toEqual(['library', 'global']);
    expect(contextsFor(scene({ area: 'filter', typing: true }))).toEqual(['filter', 'global']);
    expect(contextsFor(scene({ area: 'pick', linking: true }))).toEqual(['pick', 'linking', 'global']);
    expect(contextsFor(scene({ area: 'aside' }))).toEqual(['global']);
  });
});

describe('the commands a key may run', () => {
  it('steps Escape back one level at a time: the palette, linking, the selection, then a running import', () => {
    const escape = key('Escape', 'Escape');
    expect(ids(escape, scene({ tagPalette: true, linking: true }))).toEqual(['cancel-palette', 'stop-linking', 'cancel-selection', 'cancel-import']);
    expect(ids(escape, scene({ resizing: true }))).toEqual(['resize-done', 'cancel-selection', 'cancel-import']);
    expect(ids(escape, scene({ area: 'pick' }))).toEqual(['pick-close', 'cancel-import']);
    expect(ids(escape, scene({ area: 'library' }))).toEqual(['cancel-import']);
  });

  it('gives digits to the palette first, then to retagging; never while typing', () => {
    expect(ids(key('3', 'Digit3'), scene({ tagPalette: true }))).toEqual(['tag-selection', 'retag']);
    expect(ids(key('3', 'Digit3'), scene())).toEqual(['retag']);
    expect(ids(key('3', 'Digit3'), scene({ tagPalette: true, typing: true, area: 'aside' }))).toEqual([]);
    expect(ids(key('3', 'Digit3'), scene({ area: 'library' }))).toEqual([]);
  });

  it('runs Ctrl shortcuts of the shell from a text field, but leaves Ctrl+Z there to the field', () => {
    const typing = scene({ typing: true, area: 'aside' });
    expect(ids(key('o', 'KeyO', { ctrlKey: true }), typing)).toEqual(['open-files']);
    expect(ids(key('k', 'KeyK', { ctrlKey: true }), typing)).toEqual(['command-palette']);
    expect(ids(key('z', 'KeyZ', { ctrlKey: true }), typing)).toEqual([]);
    expect(ids(key('z', 'KeyZ', { ctrlKey: true }), scene())).toEqual(['undo']);
    expect(ids(key('Z', 'KeyZ', { ctrlKey: true, shiftKey: true }), scene())).toEqual(['redo']);
    expect(ids(key('/', 'Slash'), typing)).toEqual([]);
    expect(ids(key('/', 'Slash'), scene())).toEqual(['focus-filter']);
  });

  it('stops linking with Escape from the claimant picker (a select in the panel)', () => {
    expect(ids(key('Escape', 'Escape'), scene({ area: 'aside', typing: true, linking: true }))).toEqual(['stop-linking']);
  });

  it('lets a dialog have the keys: Escape is its own, the shell’s shortcuts wait', () => {
    const exportDialog = scene({ dialog: 'exportDialog', typing: true });
    expect(ids(key('Escape', 'Escape'), exportDialog)).toEqual(['export-dialog-cancel']);
    expect(ids(key('o', 'KeyO', { ctrlKey: true }), exportDialog)).toEqual([]);
    const palette = scene({ dialog: 'commandPalette', typing: true });
    expect(ids(key('ArrowDown', 'ArrowDown'), palette)).toEqual(['palette-move']);
    expect(ids(key('Enter', 'Enter'), palette)).toEqual(['palette-run']);
    expect(ids(key('Escape', 'Escape'), palette)).toEqual(['palette-close']);
  });

  it('resizes with Shift+arrows only in resize mode; otherwise they select', () => {
    const selectWord = key('ArrowLeft', 'ArrowLeft', { ctrlKey: true, shiftKey: true });
    expect(ids(selectWord, scene({ resizing: true }))).toEqual(['resize-end', 'caret-word']);
    expect(ids(selectWord, scene())).toEqual(['caret-word']);
    expect(ids(key('ArrowRight', 'ArrowRight', { ctrlKey: true, altKey: true, shiftKey: true }), scene({ resizing: true }))).toEqual(['resize-start']);
    expect(ids(key('ArrowLeft', 'ArrowLeft', { altKey: true, shiftKey: true }), scene())).toEqual(['caret-phrase']);
    expect(ids(key('ArrowDown', 'ArrowDown'), scene({ area: 'library' }))).toEqual(['library-move']);
    expect(ids(key('ArrowDown', 'ArrowDown'), scene({ area: 'panel' }))).toEqual(['panel-move']);
    expect(ids(key('ArrowDown', 'ArrowDown', { altKey: true }), scene())).toEqual([]);
  });

  it('matches letters by the key’s place on an Arabic layout', () => {
    expect(ids(key('ى', 'KeyN'), scene())).toEqual(['open-note']);
    expect(ids(key('ل', 'KeyL'), scene({ tagPalette: true, linking: true }))).toEqual(['link-claimant', 'start-linking']);
  });
});
