/**
 * One view of a brat export as read back by either of the two independent readers, so a test can
 * ask both the same questions: brat's own Python code (bratReader.ts; only where brat's source
 * is on the machine) and the strict TypeScript reader (bratStandoff.ts; everywhere, CI included).
 */
import { bratComplaints, findBratSource, loadWithBrat, removeExport, spanTextMismatches, writeExport } from './bratReader';
import { readBratStandoff, textAtFragments, type StandoffFile } from './bratStandoff';

export interface ReadBackDocument {
  name: string;
  text: string;
  /** [id, type, fragments in code points] */
  entities: [string, string, [number, number][]][];
  /** T id → the text on its line. */
  spanTexts: Record<string, string>;
  /** [id, type, target, value] */
  attributes: [string, string, string, string | boolean][];
  /** [id, type, [[role, target], [role, target]]] */
  relations: [string, string, [string, string][]][];
  /** [target, type, text] of every `#` line. */
  comments: [string, string, string][];
}

export interface ReadBack {
  /** Everything the reader warned about or refused, and any T line whose text is not the text at its offsets. Empty for a good export. */
  complaints: string[];
  documents: ReadBackDocument[];
  entityTypes: string[];
  relationTypes: string[];
  attributeTypes: string[];
  textDirection: string;
  labels: Record<string, string[]>;
  /** Type → its background colour. */
  bgColor: Record<string, string | undefined>;
}

/** brat's source (a directory), or null with a warning, printed once per test file, saying what is skipped, why, and what still checks. */
export function bratSourceOrWarn(stillChecking = 'the TypeScript reader still checks the export'): string | null {
  const source = findBratSource();
  if (!source) {
    const where = process.env.BRAT_SOURCE
      ? `$BRAT_SOURCE=${process.env.BRAT_SOURCE} is not a brat checkout`
      : `no $BRAT_SOURCE and no git snapshot at ${process.env.BRAT_GIT_DIR ?? '/work/.mirror/nlplab+brat/repo'}, or no python3`;
    console.warn(`brat's source not found (${where}); the brat-python checks are skipped, ${stillChecking}`);
  }
  return source;
}

export function readBackWithBrat(files: readonly StandoffFile[], bratSource: string): ReadBack {
  const folder = writeExport(files);
  try {
    const load = loadWithBrat(folder, bratSource);
    const collection = load.collection;
    return {
      complaints: [...bratComplaints(load), ...spanTextMismatches(load, folder)],
      documents: load.documents,
      entityTypes: collection?.entity_types ?? [],
      relationTypes: collection?.relation_types ?? [],
      attributeTypes: collection?.entity_attribute_types ?? [],
      textDirection: collection?.text_direction ?? '',
      labels: collection?.labels ?? {},
      bgColor: Object.fromEntries(Object.entries(collection?.drawing ?? {}).map(([type, look]) => [type, look.bgColor as string | undefined])),
    };
  } finally {
    removeExport(folder);
  }
}

export function readBackWithStandoff(files: readonly StandoffFile[]): ReadBack {
  const read = readBratStandoff(files);
  const mismatches = read.documents.flatMap((d) =>
    d.textBounds.filter((t) => textAtFragments(d.text, t.fragments) !== t.text).map((t) => `${d.name} ${t.id}: the text at its offsets is not ${JSON.stringify(t.text)}`),
  );
  return {
    complaints: [...read.complaints, ...mismatches],
    documents: read.documents.map((d) => ({
      name: d.name,
      text: d.text,
      entities: d.textBounds.map((t) => [t.id, t.type, t.fragments]),
      spanTexts: Object.fromEntries(d.textBounds.map((t) => [t.id, t.text])),
      attributes: d.attributes.map((a) => [a.id, a.type, a.target, a.value]),
      relations: d.relations.map((r) => [r.id, r.type, r.args.map((a) => [a.role, a.target])]),
      comments: d.notes.map((n) => [n.target, n.type, n.text]),
    })),
    entityTypes: read.config.entityTypes,
    relationTypes: read.config.relationTypes,
    attributeTypes: Object.keys(read.config.attributes),
    textDirection: read.config.textDirection,
    labels: read.config.labels,
    bgColor: Object.fromEntries(Object.entries(read.config.drawing).map(([type, look]) => [type, look.bgColor])),
  };
}

/**
 * The documents (of `names`) that complaints name: each complaint of either reader starts with
 * its document's name (`name.ann line…`, `name: …`, `name T1: …`) or with brat's step on it.
 * Complaints about the whole collection name none.
 */
export function documentsComplainedOf(complaints: readonly string[], names: readonly string[]): string[] {
  const starts = (name: string) => [`${name}.ann`, `${name}.txt`, `${name}:`, `${name} `, `open document ${name}:`, `verify document ${name}:`, `brat wrote ${name}.ann`];
  return names.filter((name) => complaints.some((c) => starts(name).some((p) => c.startsWith(p)))).sort();
}
