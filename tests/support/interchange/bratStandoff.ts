/**
 * A strict, independent reader of brat standoff collections (issue 12: a brat export "must load
 * in brat itself without a warning", checked by a reader that shares no code with the exporter).
 * It runs anywhere, without brat: it reads a folder's annotation.conf, visual.conf and
 * tools.conf and each `.txt`/`.ann` pair the way brat's server (nlplab/brat, server/src:
 * annotation.py, projectconfig.py, verify_annotations.py, document.py) and client lay them out,
 * and lists as `complaints` everything brat would warn about, refuse, rewrite or fail on, plus
 * what brat lets through but other tools trip on (a BOM, CRLF, text after a span's text, an
 * attribute value outside its list). An export is good when `complaints` is empty.
 *
 * The rules were learnt from brat's source; bratReader.ts runs that source itself where it is
 * available, and tests check that the two agree on generated exports and on brat's own example
 * collections. It reads one flat collection: configuration files are not looked for in parent
 * folders (brat does), subfolders are not read, and only the `.txt`, `.ann` and the three
 * configuration files are (brat's own `.stats_cache` and a README are left alone).
 *
 * All offsets are code points, as brat counts them (Python `len`): `[...text]`, never `.length`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnn, type AnnRecord } from './bratStandoff/annLines';
import { collectionConfig } from './bratStandoff/collectionConfig';
import { displayComplaints } from './bratStandoff/displayChecks';
import { hasLoneSurrogate } from './bratStandoff/pythonText';
import { verifyDocument } from './bratStandoff/verifyDocument';

export interface StandoffFile {
  path: string;
  content: string | Uint8Array;
}

export interface StandoffTextBound {
  id: string;
  type: string;
  /** [start, end) in code points. */
  fragments: [number, number][];
  /** The text on the T line: the document's text at the fragments, joined by a space. */
  text: string;
}
export interface StandoffAttribute {
  id: string;
  type: string;
  target: string;
  /** true for a binary attribute (written without a value). */
  value: string | true;
}
export interface StandoffRelation {
  id: string;
  type: string;
  args: { role: string; target: string }[];
}
/** A `#` line: brat's one-line comments (AnnotatorNotes and any other type). */
export interface StandoffNote {
  id: string;
  type: string;
  target: string;
  text: string;
}
export interface StandoffDocument {
  name: string;
  text: string;
  textBounds: StandoffTextBound[];
  attributes: StandoffAttribute[];
  relations: StandoffRelation[];
  notes: StandoffNote[];
}
export interface StandoffCollection {
  documents: StandoffDocument[];
  /** Everything brat would warn about, refuse or fail on, each naming its file (and line). Empty for a good export. */
  complaints: string[];
  config: {
    entityTypes: string[];
    eventTypes: string[];
    relationTypes: string[];
    /** Attribute type → its values (null: binary). */
    attributes: Record<string, string[] | null>;
    /** Type → its labels in visual.conf, the storage form left out. */
    labels: Record<string, string[]>;
    /** Type → drawing option → value, as visual.conf writes them (brat's defaults not merged in). */
    drawing: Record<string, Record<string, string>>;
    textDirection: string;
    sentenceSplitter: string;
  };
}

/** brat leaves these out of a collection's listing. */
const hiddenName = (name: string) => name.startsWith('hidden_') || name.startsWith('.');
const CONF_FILES = new Set(['annotation.conf', 'visual.conf', 'tools.conf']);

function filesOf(folder: string | readonly StandoffFile[]): StandoffFile[] {
  if (typeof folder === 'string') {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => ({ path: entry.name, content: new Uint8Array(readFileSync(join(folder, entry.name))) }));
  }
  // A list may put the collection in a folder of its own; files deeper than the collection are sub-collections, not read here.
  const paths = folder.map((f) => f.path.split('\\').join('/'));
  const top = paths[0]?.split('/')[0];
  const common = top !== undefined && paths.every((p) => p.startsWith(`${top}/`)) ? `${top}/` : '';
  return folder.map((f, i) => ({ path: paths[i]!.slice(common.length), content: f.content })).filter((f) => !f.path.includes('/'));
}

/** Reads a brat collection: a folder on disk, or its files as `{path, content}`. */
export function readBratStandoff(folder: string | readonly StandoffFile[]): StandoffCollection {
  const complaints: string[] = [];
  const complain = (m: string) => complaints.push(m);
  const texts = new Map<string, string>();
  for (const file of filesOf(folder)) {
    if (!file.path.endsWith('.txt') && !file.path.endsWith('.ann') && !CONF_FILES.has(file.path)) continue;
    let content: string;
    if (typeof file.content === 'string') {
      content = file.content;
      if (hasLoneSurrogate(content)) complain(`${file.path}: holds an unpaired surrogate, which UTF-8 cannot encode`);
    } else {
      try {
        content = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(file.content);
      } catch {
        complain(`${file.path}: not UTF-8 (brat reads its files as strict UTF-8)`);
        continue;
      }
    }
    if (content.startsWith('\ufeff')) complain(`${file.path}: starts with a byte order mark (brat keeps it as a character, shifting every offset by one for other tools)`);
    if (content.includes('\r')) complain(`${file.path}: has carriage returns (CRLF); brat counts each \\r as a character, other tools drop them`);
    texts.set(file.path, content);
  }

  const config = collectionConfig({ annotation: texts.get('annotation.conf') ?? null, visual: texts.get('visual.conf') ?? null, tools: texts.get('tools.conf') ?? null }, complain);

  const names = [...texts.keys()].filter((p) => p.endsWith('.txt')).map((p) => p.slice(0, -4));
  for (const path of texts.keys()) if (path.endsWith('.ann') && !texts.has(`${path.slice(0, -4)}.txt`)) complain(`${path}: no ${path.slice(0, -4)}.txt beside it (brat does not list it)`);
  const documents: StandoffDocument[] = [];
  for (const name of names.sort()) {
    if (hiddenName(name)) complain(`${name}.txt: brat hides documents whose names start with "hidden_" or "."`);
    const text = texts.get(`${name}.txt`)!;
    const ann = texts.get(`${name}.ann`);
    if (ann === undefined) complain(`${name}.txt: no ${name}.ann (brat writes an empty one into the collection)`);
    const codePoints = [...text];
    const parsed = parseAnn(ann ?? '', `${name}.ann`, codePoints, complain);
    verifyDocument(name, parsed, config, complain);
    const records = parsed.records;
    const of = <K extends AnnRecord['kind']>(kind: K) => records.filter((r): r is Extract<(typeof records)[number], { kind: K }> => r.kind === kind);
    const textBounds = of('T').map(({ id, type, fragments, text: quote }) => ({ id, type, fragments, text: quote }));
    complaints.push(...displayComplaints(name, codePoints, textBounds));
    documents.push({
      name,
      text,
      textBounds,
      attributes: of('A').map(({ id, type, target, value }) => ({ id, type, target, value })),
      relations: of('R').map(({ id, type, args }) => ({ id, type, args: args.map((a) => ({ ...a })) })),
      notes: of('#').map(({ id, type, target, text: note }) => ({ id, type, target, text: note })),
    });
  }

  return {
    documents,
    complaints,
    config: {
      entityTypes: config.entityTypes,
      eventTypes: config.eventTypes,
      relationTypes: config.relationTypes,
      attributes: Object.fromEntries(config.attributeValues),
      labels: Object.fromEntries(config.labels),
      drawing: Object.fromEntries([...config.drawing].map(([type, options]) => [type, Object.fromEntries([...options].map(([key, values]) => [key, values.join('|')]))])),
      textDirection: config.textDirection,
      sentenceSplitter: config.sentenceSplitter,
    },
  };
}

/** The document's text at a text-bound annotation's code-point fragments, joined by a space (brat's convention): what its T line must carry. */
export function textAtFragments(text: string, fragments: readonly (readonly [number, number])[]): string {
  const codePoints = [...text];
  return fragments.map(([start, end]) => codePoints.slice(start, end).join('')).join(' ');
}
