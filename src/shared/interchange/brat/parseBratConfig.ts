/**
 * What an import needs from a brat collection's optional configuration, read leniently (brat
 * itself falls back to defaults when these files are odd): the entity and event types of
 * annotation.conf, which of them carry claims (the types Isnad's export lists for Status,
 * Attribution and Claimant), and the labels and colours of visual.conf.
 */
import { ATTRIBUTE_ATTRIBUTION, ATTRIBUTE_STATUS, RELATION_CLAIMANT } from './bratNames';

export interface AnnotationConfig {
  entities: string[];
  events: string[];
  claimTypes: Set<string>;
}

export interface VisualConfig {
  /** Type → its labels, the first being brat's display form. */
  labels: Map<string, string[]>;
  /** Type → `#rrggbb`, from bgColor. */
  colours: Map<string, string>;
}

interface ConfLine {
  section: string;
  /** The first term (brat's storage form), without brat's "unused" mark `!`. */
  name: string;
  terms: string[];
  /** key → values, from "Key:Value1|Value2" arguments. */
  args: Map<string, string[]>;
}

/** How long a configuration line may become once its macros are expanded (brat's lines are a few hundred characters). */
export const MAX_EXPANDED_LINE = 100_000;

/** A configuration whose macros expand a line past MAX_EXPANDED_LINE: the importer refuses it, naming the file. */
export class ConfigTooLargeError extends Error {
  constructor(section: string) {
    super(`its macros make a line of [${section}] longer than ${MAX_EXPANDED_LINE.toLocaleString('en')} characters`);
    this.name = 'ConfigTooLargeError';
  }
}

/** brat's section lines, with macros (`<NAME>=value`) expanded; comments, separators and blank lines left out. */
function confLines(content: string, tabSeparated: (section: string) => boolean): ConfLine[] {
  const lines: ConfLine[] = [];
  const macros = new Map<string, string>();
  let section = '';
  for (const raw of content.split(/\r\n|\r|\n/)) {
    const header = /^\s*\[(.*)\]\s*$/.exec(raw);
    if (header) {
      section = header[1] === 'spans' ? 'entities' : header[1]!;
      continue;
    }
    if (raw.trim() === '' || /^\s*#/.test(raw) || /^\s*-+\s*$/.test(raw)) continue;
    // `(.*)` then trim, not `\s*(.*?)\s*$`: that backtracked quadratically on a long line holding a
    // U+2028 (which `.` does not match), 160,000 characters taking 38 s (fuzz case).
    const macro = /^<([a-zA-Z_-]+)>=(.*)$/.exec(raw);
    if (macro) {
      macros.set(`<${macro[1]!}>`, macro[2]!.trim());
      continue;
    }
    let line = raw;
    for (const [name, value] of macros) {
      const pieces = line.split(name);
      // Measured before joining: macros naming long values many times made a 160 KB annotation.conf
      // take 2 GB of memory (fuzz case), and a slightly larger one would take the app down.
      if (line.length + (pieces.length - 1) * (value.length - name.length) > MAX_EXPANDED_LINE) throw new ConfigTooLargeError(section);
      line = pieces.join(value);
    }
    // `[^]` (any character) after the name, not `.`: with a U+2028 in the line, `\s+(.*)$` backtracked
    // quadratically (40,000 spaces: 5 s; fuzz case); such a line is now read, its separator kept in the arguments.
    const match = tabSeparated(section) ? /^\s*([^\t]+)(?:\t([^]*))?$/.exec(line) : /^\s*(\S+)(?:\s+([^]*))?$/.exec(line);
    if (!match) continue;
    const terms = match[1]!
      .split('|')
      .map((term) => term.trim())
      .filter(Boolean);
    if (terms.length === 0) continue;
    const args = new Map<string, string[]>();
    for (const arg of (match[2] ?? '').split(',')) {
      const pair = /^\s*(\S*?):(\S*)\s*$/.exec(arg);
      if (pair) args.set(pair[1]!, pair[2]!.split('|'));
    }
    lines.push({ section, name: terms[0]!.replace(/^!/, ''), terms, args });
  }
  return lines;
}

export function parseAnnotationConf(content: string): AnnotationConfig {
  const lines = confLines(content, () => false);
  const explicit = (types: string[] | undefined) => (types ?? []).filter((type) => !type.startsWith('<'));
  const claimTypes = new Set<string>();
  for (const line of lines) {
    if (line.section === 'attributes' && (line.name === ATTRIBUTE_STATUS || line.name === ATTRIBUTE_ATTRIBUTION)) explicit(line.args.get('Arg')).forEach((t) => claimTypes.add(t));
    if (line.section === 'relations' && line.name === RELATION_CLAIMANT) explicit(line.args.get('Arg1')).forEach((t) => claimTypes.add(t));
  }
  return {
    entities: lines.filter((l) => l.section === 'entities').map((l) => l.name),
    events: lines.filter((l) => l.section === 'events').map((l) => l.name),
    claimTypes,
  };
}

/** `#rgb` or `#rrggbb` as `#rrggbb` in lower case; null for anything else (names, CSS expressions). */
export function hexColour(value: string | undefined): string | null {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value ?? '');
  if (short) return `#${short[1]!}${short[1]!}${short[2]!}${short[2]!}${short[3]!}${short[3]!}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(value ?? '') ? value!.toLowerCase() : null;
}

export function parseVisualConf(content: string): VisualConfig {
  const labels = new Map<string, string[]>();
  const colours = new Map<string, string>();
  for (const line of confLines(content, (section) => section === 'labels')) {
    if (line.section === 'labels') labels.set(line.name, line.terms.slice(1));
    if (line.section === 'drawing') {
      const colour = hexColour(line.args.get('bgColor')?.[0]);
      if (colour) colours.set(line.name, colour);
    }
  }
  return { labels, colours };
}
