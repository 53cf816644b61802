/**
 * Invisible characters made visible in names (issue 14). A title or file name is shown to decide
 * what a file is; a bidi override in it can make `invoice‮fdp.txt` read as `invoicetxt.pdf`, and
 * a zero-width space can make two names look the same. Wherever a title or a file name is shown
 * (library, reader header, reports, entity page, claims view, import reports, print window) it goes
 * through `visibleControls` first, which replaces each such character with a visible token naming
 * it, e.g. `⟨RLO⟩`. The article TEXT is never passed through this: there the marks can be
 * legitimate (Arabic uses RLM and ALM), and the reader isolates each paragraph instead.
 *
 * Left alone on purpose: ZWNJ and ZWJ (U+200C, U+200D), which select letter forms in Arabic-script
 * names (Persian, Urdu) and cannot reorder anything; and ordinary spaces and line breaks.
 */

/** Each hidden character's short name (the Unicode abbreviation where there is one). */
const NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'SHY',
  0x061c: 'ALM',
  0x180e: 'MVS',
  0x200b: 'ZWSP',
  0x200e: 'LRM',
  0x200f: 'RLM',
  0x2028: 'LSEP',
  0x2029: 'PSEP',
  0x202a: 'LRE',
  0x202b: 'RLE',
  0x202c: 'PDF',
  0x202d: 'LRO',
  0x202e: 'RLO',
  0x2060: 'WJ',
  0x2061: 'FA',
  0x2062: 'IT',
  0x2063: 'IS',
  0x2064: 'IP',
  0x2066: 'LRI',
  0x2067: 'RLI',
  0x2068: 'FSI',
  0x2069: 'PDI',
  0xfeff: 'BOM',
};

/** Every character `visibleControls` replaces. C0/C1 controls (tab and line breaks included: a name is one line), the named ones above, the deprecated format characters U+206A–206F, interlinear annotation marks, tag characters. */
// Control characters are exactly what this expression is for.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\u{e0001}|[\u{e0020}-\u{e007f}]/gu;

/** The same class without the global flag: `test` on a global expression keeps a position between calls. */
const HIDDEN_ONE = new RegExp(HIDDEN.source, 'u');

/** The visible token for one hidden character: its short name, or its code point when it has none. */
export function controlToken(char: string): string {
  const code = char.codePointAt(0)!;
  const name = NAMES[code] ?? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `⟨${name}⟩`;
}

/** The text with every bidi control and other invisible format character replaced by its visible token. */
export function visibleControls(text: string): string {
  return text.replace(HIDDEN, controlToken);
}

/** Whether the text holds any character `visibleControls` would replace. */
export const hasHiddenControls = (text: string): boolean => HIDDEN_ONE.test(text);

/** One run of a name: plain text, or one hidden character with its token (for views that style the token). */
export type NamePart = { text: string; token?: undefined } | { text: string; token: string };

/** The name cut into plain runs and hidden characters, in order; joining the parts' tokens and texts gives `visibleControls`. */
export function visibleControlParts(text: string): NamePart[] {
  const parts: NamePart[] = [];
  let last = 0;
  for (const match of text.matchAll(HIDDEN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[0], token: controlToken(match[0]) });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
