/**
 * Keys as data: a chord names one key and its modifiers, matched against a keyboard event, written
 * for people ("Ctrl+Shift+O") and for Electron's menu ("CmdOrCtrl+Shift+O").
 *
 * Letters are matched by `code` (the physical key), so Ctrl+E and N work on an Arabic layout, where
 * `key` is an Arabic letter. Digits, arrows and named keys are matched by `key`, as the browser
 * reports them whatever the layout. A chord names exactly one of the two.
 */
export interface KeyChord {
  /** KeyboardEvent.code: the physical key (letters, and = and - for the text size). */
  code?: string;
  /** KeyboardEvent.key: digits, arrows, Home/End, Escape, Delete, Enter, space and characters such as "/". */
  key?: string;
  /** Ctrl, or ⌘ on a Mac. */
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
}

/** What a chord is matched against: the fields of a DOM KeyboardEvent (or main's before-input event) it reads. */
export interface KeyLike {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * A printable character other than a letter or digit ("/") is typed with Shift on some layouts
 * (Shift+7 on a German one): for such a chord Shift is not compared.
 */
const shiftTypesIt = (key: string) => key.length === 1 && !/[\p{L}\p{N} ]/u.test(key);

export function chordMatches(chord: KeyChord, event: KeyLike): boolean {
  if (chord.code !== undefined ? event.code !== chord.code : event.key !== chord.key) return false;
  if (!!chord.ctrl !== (event.ctrlKey || event.metaKey) || !!chord.alt !== event.altKey) return false;
  return (chord.key !== undefined && shiftTypesIt(chord.key)) || !!chord.shift === event.shiftKey;
}

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ' ': 'Space',
  Escape: 'Esc',
};

const CODE_NAMES: Record<string, string> = { Equal: '=', Minus: '-', NumpadAdd: 'Num+', NumpadSubtract: 'Num-' };

/** The key alone, as printed on it: "E" for KeyE, "←" for ArrowLeft, "=" for Equal. */
export function keyName(chord: KeyChord): string {
  if (chord.code !== undefined) return CODE_NAMES[chord.code] ?? chord.code.replace(/^(Key|Digit)/, '');
  return KEY_NAMES[chord.key!] ?? chord.key!;
}

/** How the chord is written for people, in Latin letters and left to right in both languages: "Ctrl+Shift+O". */
export function chordText(chord: KeyChord): string {
  return [chord.ctrl && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', keyName(chord)].filter(Boolean).join('+');
}

const ACCELERATOR_KEYS: Record<string, string> = { ArrowLeft: 'Left', ArrowRight: 'Right', ArrowUp: 'Up', ArrowDown: 'Down', ' ': 'Space', Escape: 'Esc' };

/** The chord as an Electron accelerator, for the menu to display: "CmdOrCtrl+Shift+O". */
export function chordAccelerator(chord: KeyChord): string {
  const key = chord.key !== undefined ? (ACCELERATOR_KEYS[chord.key] ?? chord.key) : keyName(chord);
  return [chord.ctrl && 'CmdOrCtrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The chord as `aria-keyshortcuts` writes it: "Control+Shift+O". */
export function chordAria(chord: KeyChord): string {
  const key = chord.key === ' ' ? 'Space' : (chord.key ?? keyName(chord));
  return [chord.ctrl && 'Control', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

/** One chord as a comparable string (for finding two commands on the same keys). */
export function chordSignature(chord: KeyChord): string {
  return `${chord.code !== undefined ? `code:${chord.code}` : `key:${chord.key}`}${chord.ctrl ? '+ctrl' : ''}${chord.alt ? '+alt' : ''}${chord.shift ? '+shift' : ''}`;
}

/** The chords with Shift added to each: the same keys extend the selection instead of moving the caret. */
export function withShift(chords: readonly KeyChord[]): KeyChord[] {
  return [...chords, ...chords.map((chord) => ({ ...chord, shift: true }))];
}
