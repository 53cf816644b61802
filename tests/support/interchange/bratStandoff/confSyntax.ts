/**
 * brat's configuration syntax (annotation.conf, visual.conf, tools.conf), as brat's
 * projectconfig.py reads it, with every point where brat warns or gives up on a file:
 *
 * - `[section]` lines split the file; brat warns on a section it does not expect and on an
 *   expected one that is missing (`[spans]` is another name for `[entities]`);
 * - in a section, one type per line: terms split at `|` (the first is the storage form, which
 *   must be `[A-Za-z0-9_-]`, a leading `!` marks it unused), then arguments split at `,`, each
 *   `Key:Type|Type` with an optional repetition (`?`, `*`, `+`, `{n}`, `{n-m}`); in `[labels]`
 *   only a tab ends the terms; indentation makes a child of the line above;
 * - `<NAME>=value` defines a macro; any other `<…>` must be one of brat's reserved words;
 * - lines that are blank, start with `#` or are only hyphens are skipped.
 *
 * When a line breaks these rules brat drops the whole file for its minimal built-in
 * configuration (with a warning); the reader complains and keeps the lines it could read.
 */
import { pythonStrip } from './pythonText';

/** Python's `\s` and `\S`, for building regular expressions that match as brat's do. */
export const PY_S = '[\\t\\n\\v\\f\\r\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
export const PY_NS = '[^\\t\\n\\v\\f\\r\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const py = (source: string) => new RegExp(source, 'u');

const RESERVED_NAMES = ['ANY', 'ENTITY', 'RELATION', 'EVENT', 'NONE', 'EMPTY', 'REL-TYPE', 'URL', 'URLBASE', 'UNICODE', 'GLYPH-POS', 'DEFAULT', 'NORM', 'OVERLAP', 'OVL-TYPE', 'INHERIT'];
export const RESERVED = new Set(RESERVED_NAMES.map((n) => `<${n}>`));
/** Relation types that only say which spans may overlap; their first term is kept as written. */
export const OVERLAP_TYPE = '<OVERLAP>';
export const NESTING_TYPE = 'ENTITY-NESTING';
const SPECIAL_RELATIONS = new Set([OVERLAP_TYPE, NESTING_TYPE]);

export interface ConfNode {
  /** Terms after the first `!` is removed; terms[0] is the storage form. */
  terms: string[];
  storage: string;
  unused: boolean;
  /** Argument keys in the order written (brat's arg_list). */
  argList: string[];
  /** key → the types (or values) allowed for it. */
  args: Map<string, string[]>;
  /** `<RESERVED>:value` arguments: `<REL-TYPE>` split at `-`, `<NORM>` at `|`, others whole. */
  special: Map<string, string[]>;
  min: Map<string, number>;
  max: Map<string, number>;
  /** type → the keys that allow it. */
  keysByType: Map<string, string[]>;
  children: ConfNode[];
}

/** A section's nodes in file order, children after their parent (brat's flattened type list); separators left out. */
export type ConfSections = Map<string, ConfNode[]>;

/** What brat stores a term as: spaces to `_`, anything outside `[A-Za-z0-9_-]` to `_`. */
export function storageForm(term: string): string {
  return term.replace(/ /g, '_').replace(/[^a-zA-Z0-9_-]/gu, '_');
}

class ConfLineError extends Error {}

function node(rawTerms: string[], rawArgs: string[], where: string, complain: (m: string) => void): ConfNode {
  if (rawTerms.length === 0 || rawTerms.some((t) => t === '')) throw new ConfLineError(`${where}: empty term`);
  let unused = false;
  const terms = rawTerms.map((t) => {
    if (!t.startsWith('!')) return t;
    unused = true;
    return t.slice(1);
  });
  const first = terms[0]!;
  const storage = SPECIAL_RELATIONS.has(first) ? first : storageForm(first);
  if (storage !== first) complain(`${where}: term '${first}' is not a storage form (brat warns and uses '${storage}')`);
  terms[0] = storage;
  const result: ConfNode = { terms, storage, unused, argList: [], args: new Map(), special: new Map(), min: new Map(), max: new Map(), keysByType: new Map(), children: [] };
  for (const raw of rawArgs) {
    const arg = pythonStrip(raw);
    const parts = py(`^(${PY_NS}*?):(${PY_NS}*)$`).exec(arg);
    if (!parts) throw new ConfLineError(`${where}: argument '${arg}' is not Key:Type`);
    const [, keyWithRepeat, types] = parts as unknown as [string, string, string];
    if (RESERVED.has(keyWithRepeat)) {
      result.special.set(keyWithRepeat, keyWithRepeat === '<REL-TYPE>' ? types.split('-') : keyWithRepeat === '<NORM>' ? types.split('|') : [types]);
      continue;
    }
    const repeat = py(`^(${PY_NS}+?)(\\{${PY_NS}+\\}|\\?|\\*|\\+|)$`).exec(keyWithRepeat);
    if (!repeat) throw new ConfLineError(`${where}: argument key '${keyWithRepeat}' cannot be read`);
    const [, key, rep] = repeat as unknown as [string, string, string];
    let min = 1;
    let max = 1;
    if (rep === '?') min = 0;
    else if (rep === '*') [min, max] = [0, Number.MAX_SAFE_INTEGER];
    else if (rep === '+') max = Number.MAX_SAFE_INTEGER;
    else if (rep !== '') {
      const range = /^\{(\d+)(?:-(\d+))?\}$/.exec(rep);
      if (!range) throw new ConfLineError(`${where}: repetition '${rep}' of '${key}' is not {MIN-MAX}`);
      min = Number(range[1]);
      max = range[2] === undefined ? min : Number(range[2]);
      if (range[2] === undefined && min === 0) throw new ConfLineError(`${where}: '${key}${rep}' asks for exactly 0`);
      if (min > max) throw new ConfLineError(`${where}: '${key}${rep}' has an empty range`);
    }
    // A repeated argument is numbered (Theme, Theme2…), so a key ending in a digit could not be.
    if (max > 1 && /\p{Nd}$/u.test(key)) throw new ConfLineError(`${where}: '${key}${rep}' ends with a digit and cannot repeat`);
    if (result.args.has(key)) throw new ConfLineError(`${where}: argument '${key}' appears twice`);
    result.min.set(key, min);
    result.max.set(key, max);
    result.argList.push(key);
    const allowed: string[] = [];
    for (const type of types.split('|')) {
      if (pythonStrip(type) === '') throw new ConfLineError(`${where}: empty type for argument '${arg}'`);
      allowed.push(type);
      result.keysByType.set(type, [...(result.keysByType.get(type) ?? []), key]);
    }
    result.args.set(key, allowed);
  }
  return result;
}

/** One section's lines as brat's type hierarchy, flattened; a line brat cannot read is complained about and skipped. */
function readSection(lines: readonly { text: string; line: number }[], section: string, file: string, complain: (m: string) => void): { nodes: ConfNode[]; failed: boolean } {
  const nodes: ConfNode[] = [];
  const lastAtDepth = new Map<number, { node: ConfNode; args: string[] }>();
  const macros = new Map<string, string>();
  let failed = false;
  for (const { text, line } of lines) {
    const where = `${file} line ${line}`;
    if (pythonStrip(text) === '' || py(`^${PY_S}*#`).test(text)) continue;
    if (py(`^${PY_S}*-+${PY_S}*$`).test(text)) continue; // a separator in brat's menus
    const macro = py(`^<([a-zA-Z_-]+)>=${PY_S}*([^\\n]*?)${PY_S}*$`).exec(text);
    if (macro) {
      if (RESERVED_NAMES.includes(macro[1]!)) {
        complain(`${where}: <${macro[1]!}> is reserved and cannot be redefined`);
        failed = true;
      } else macros.set(`<${macro[1]!}>`, macro[2]!);
      continue;
    }
    let expanded = text;
    for (const [name, value] of macros) expanded = expanded.split(name).join(value);
    try {
      for (const m of expanded.matchAll(/(<[^\n]*?>)/gu)) if (!RESERVED.has(m[1]!)) throw new ConfLineError(`${where}: undefined macro ${m[1]!} (brat allows only its reserved words in <…>)`);
      const tabOnly = section === 'labels';
      const shape = tabOnly ? py(`^(${PY_S}*)([^\\t]+)(?:\\t([^\\n]*))?$`) : py(`^(${PY_S}*)(${PY_NS}+)(?:${PY_S}+([^\\n]*))?$`);
      let parts = shape.exec(expanded);
      if (!parts) throw new ConfLineError(`${where}: cannot be read`);
      const split = (p: RegExpExecArray) => ({
        indent: p[1] ?? '',
        terms: p[2]!
          .split('|')
          .map(pythonStrip)
          .filter((t) => t !== ''),
        args: p[3] === undefined || pythonStrip(p[3]) === '' ? [] : p[3].split(',').map(pythonStrip).filter(Boolean),
      });
      let read = split(parts);
      if (read.args.some((a) => py(PY_S).test(a)) && expanded.includes('\t')) {
        // brat's transition rule for old files that had spaces in terms: re-read with a tab separator, and warn.
        parts = py(`^(${PY_S}*)([^\\t]+)(?:\\t([^\\n]*))?$`).exec(expanded);
        if (!parts) throw new ConfLineError(`${where}: cannot be read`);
        read = split(parts);
        complain(`${where}: space in a term name (brat warns that this is deprecated)`);
      }
      const depth = [...read.indent].length;
      const args: string[] = [];
      for (const a of read.args) {
        if (a !== '<INHERIT>') args.push(a);
        else if (lastAtDepth.has(depth - 1)) args.push(...lastAtDepth.get(depth - 1)!.args);
        else throw new ConfLineError(`${where}: <INHERIT> without a parent line`);
      }
      const made = node(read.terms, args, where, complain);
      if (depth > 0) {
        const parent = lastAtDepth.get(depth - 1);
        if (!parent) throw new ConfLineError(`${where}: indented without a parent line`);
        parent.node.children.push(made);
      }
      nodes.push(made);
      lastAtDepth.set(depth, { node: made, args });
    } catch (e) {
      if (!(e instanceof ConfLineError)) throw e;
      complain(`${e.message} (brat drops ${file} for its minimal built-in configuration)`);
      failed = true;
    }
  }
  return { nodes, failed };
}

/**
 * A configuration file's sections. `expected` are the sections brat knows in this file, of which
 * `optional` may be left out without a warning.
 */
export function readConf(content: string, file: string, expected: readonly string[], optional: readonly string[], complain: (m: string) => void): ConfSections {
  const bySection = new Map<string, { text: string; line: number }[]>([['general', []]]);
  let section = 'general';
  content.split('\n').forEach((text, i) => {
    const header = py(`^${PY_S}*\\[([^\\n]*)\\]${PY_S}*$`).exec(text);
    if (!header) {
      bySection.get(section)!.push({ text, line: i + 1 });
      return;
    }
    section = header[1] === 'spans' ? 'entities' : header[1]!;
    if (!expected.includes(section)) complain(`${file} line ${i + 1}: unexpected section [${section}] (brat ignores it)`);
    if (!bySection.has(section)) bySection.set(section, []);
  });
  const sections: ConfSections = new Map();
  for (const [name, lines] of bySection) sections.set(name, readSection(lines, name, file, complain).nodes);
  for (const name of expected) {
    if (sections.has(name)) continue;
    if (!optional.includes(name)) complain(`${file}: missing section [${name}]`);
    sections.set(name, []);
  }
  return sections;
}
