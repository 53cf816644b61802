/**
 * A brat collection's configuration as brat's projectconfig.py answers questions about it: which
 * types exist, which relation may join which types, which spans may overlap, which attributes
 * (and values) a type may carry; plus the warnings brat gives when it opens a collection whose
 * configuration contradicts itself. Read from the three files by `collectionConfig`.
 */
import { NESTING_TYPE, OVERLAP_TYPE, readConf, type ConfNode, type ConfSections } from './confSyntax';

const ANNOTATION_SECTIONS = ['entities', 'relations', 'events', 'attributes'];
const VISUAL_SECTIONS = ['options', 'labels', 'drawing'];
const TOOLS_SECTIONS = ['options', 'search', 'annotators', 'disambiguators', 'normalization'];
const ATTRIBUTE_DRAWING_KEYS = new Set(['glyphColor', 'box', 'dashArray', 'glyph', 'position']);
const OVERLAP_KINDS = new Set(['contain', 'equal', 'cross', '<ANY>']);

export interface CollectionConfig {
  entityTypes: string[];
  eventTypes: string[];
  /** Relation types, without brat's special overlap types. */
  relationTypes: string[];
  /** Attribute type → its values, or null for a binary attribute (written without a value). */
  attributeValues: Map<string, string[] | null>;
  /** Type → its labels (visual.conf `[labels]`, the storage form left out). */
  labels: Map<string, string[]>;
  /** Type → drawing options (visual.conf `[drawing]`, as written: brat's defaults not merged in). */
  drawing: Map<string, Map<string, string[]>>;
  /** visual.conf `Text direction:…`, brat's default ltr. */
  textDirection: string;
  /** tools.conf `Sentences splitter:…`, brat's default regex. */
  sentenceSplitter: string;
  isEntityType(type: string): boolean;
  isEventType(type: string): boolean;
  /** Whether relation `type` may go from `from` to `to` with the argument roles given (brat's verifier tries both orders). */
  relationAllowed(type: string, from: { role: string; type: string }, to: { role: string; type: string }): boolean;
  /** The kinds of overlap (contain, equal, cross, <ANY>) configured with `inner` as Arg1 and `outer` as Arg2. */
  overlapKinds(inner: string, outer: string): Set<string>;
  /** The attribute types annotation type `type` may carry. */
  attributesFor(type: string): string[];
  /** Whether an equivalence (`*` line) may join annotations of these types: a symmetric, transitive relation joins them. */
  equivAllowed(a: string, b: string): boolean;
  /** The event type's node (arguments, counts), or undefined. */
  eventNode(type: string): ConfNode | undefined;
  /** Argument roles an event of type `from` may have towards an annotation of type `to` (brat's arc_types_from_to). */
  rolesFromTo(from: string, to: string): string[];
}

export interface ConfFiles {
  annotation: string | null;
  visual: string | null;
  tools: string | null;
}

const storageForms = (nodes: readonly ConfNode[]) => nodes.map((n) => n.storage);

/** Reads the three files; `complain` gets every warning brat gives on them, and a missing file (brat falls back to its defaults with a message). */
export function collectionConfig(files: ConfFiles, complain: (m: string) => void): CollectionConfig {
  const read = (content: string | null, file: string, expected: string[], optional: string[]): ConfSections => {
    if (content === null) {
      complain(`${file} missing (brat uses its built-in default and says so)`);
      return new Map(expected.map((s) => [s, []]));
    }
    return readConf(content, file, expected, optional, complain);
  };
  const annotation = read(files.annotation, 'annotation.conf', ANNOTATION_SECTIONS, []);
  const visual = read(files.visual, 'visual.conf', VISUAL_SECTIONS, ['options']);
  const tools = read(files.tools, 'tools.conf', TOOLS_SECTIONS, TOOLS_SECTIONS);

  const entities = annotation.get('entities')!;
  const events = annotation.get('events')!;
  const relations = annotation.get('relations')!;
  const attributes = annotation.get('attributes')!;
  const entityTypes = storageForms(entities);
  const eventTypes = storageForms(events);
  const isEntityType = (t: string) => entityTypes.includes(t);
  const isEventType = (t: string) => eventTypes.includes(t);
  const relationTypes = storageForms(relations.filter((r) => r.storage !== OVERLAP_TYPE && r.storage !== NESTING_TYPE));

  const duplicates = (names: readonly string[]) => [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  for (const t of duplicates([...entityTypes, ...eventTypes])) complain(`annotation.conf: type ${t} is defined more than once (brat uses the last)`);
  for (const r of relations) {
    if (r.argList.length !== 2 && !r.unused) complain(`annotation.conf: relation ${r.storage} has ${r.argList.length} arguments, brat expects 2`);
  }
  const overlapRules = relations.filter((r) => r.storage === OVERLAP_TYPE);
  for (const r of overlapRules) {
    const kinds = r.special.get('<OVL-TYPE>');
    if (!kinds) complain(`annotation.conf: ${OVERLAP_TYPE} without <OVL-TYPE> (brat ignores it)`);
    for (const kind of (kinds ?? []).flatMap((k) => k.split('|'))) if (!OVERLAP_KINDS.has(kind)) complain(`annotation.conf: undefined <OVL-TYPE> value ${kind}`);
  }
  if (overlapRules.length > 0 && relations.some((r) => r.storage === NESTING_TYPE)) complain(`annotation.conf: both ${OVERLAP_TYPE} and ${NESTING_TYPE} (brat warns and ignores the latter)`);
  for (const a of attributes) if (!a.args.has('Arg')) complain(`annotation.conf: attribute ${a.storage} lacks Arg:`);

  /** Whether a configured argument type admits an annotation type (brat's reserved words included). */
  const admits = (configured: string, type: string) =>
    configured === type ||
    configured === '<ANY>' ||
    type === '<ANY>' ||
    (isEntityType(configured) && type === '<ENTITY>') ||
    (isEventType(configured) && type === '<EVENT>') ||
    (isEntityType(type) && configured === '<ENTITY>') ||
    (isEventType(type) && configured === '<EVENT>');
  const joins = (r: ConfNode, from: string, to: string) => r.argList.length === 2 && r.args.get(r.argList[0]!)!.some((t) => admits(t, from)) && r.args.get(r.argList[1]!)!.some((t) => admits(t, to));
  const ordinary = relations.filter((r) => r.storage !== OVERLAP_TYPE && r.storage !== NESTING_TYPE);

  const relationAllowed: CollectionConfig['relationAllowed'] = (type, a, b) => {
    const labelled = ordinary.filter((r) => r.storage === type && !r.unused);
    const oneWay = (x: typeof a, y: typeof a) => ordinary.some((r) => r.storage === type && joins(r, x.type, y.type)) && labelled.some((r) => r.argList[0] === x.role && r.argList[1] === y.role);
    return oneWay(a, b) || oneWay(b, a);
  };

  const overlapKinds = (inner: string, outer: string) => {
    const rules = relations.filter((r) => (r.storage === OVERLAP_TYPE || r.storage === NESTING_TYPE) && joins(r, inner, outer));
    const ovl = rules.filter((r) => r.storage === OVERLAP_TYPE);
    if (ovl.length > 0) return new Set(ovl.flatMap((r) => (r.special.get('<OVL-TYPE>') ?? []).flatMap((v) => v.split('|'))));
    return new Set(rules.length > 0 ? ['contain'] : []);
  };

  const attributesFor = (type: string) =>
    attributes
      .filter((a) => {
        const args = a.args.get('Arg');
        if (!args) return false;
        return (
          args.includes(type) ||
          args.includes('<ANY>') ||
          (isEventType(type) && args.includes('<EVENT>')) ||
          (isEntityType(type) && args.includes('<ENTITY>')) ||
          (relationTypes.includes(type) && args.includes('<RELATION>'))
        );
      })
      .map((a) => a.storage);
  const attributeValues = new Map(attributes.map((a) => [a.storage, a.args.get('Value') ?? null]));

  const nodeOf = (type: string) => [...entities, ...events].filter((n) => n.storage === type).at(-1);
  const rolesFromTo = (from: string, to: string) => {
    const n = nodeOf(from);
    if (!n) return [];
    const roles = [...(n.keysByType.get(to) ?? []), ...(n.keysByType.get('<ANY>') ?? [])];
    if (isEventType(to)) roles.push(...(n.keysByType.get('<EVENT>') ?? []));
    if (isEntityType(to)) roles.push(...(n.keysByType.get('<ENTITY>') ?? []));
    roles.push(...ordinary.filter((r) => joins(r, from, to)).map((r) => r.storage));
    return [...new Set(roles)];
  };
  for (const e of events) {
    for (const role of e.argList)
      if (ordinary.some((r) => r.storage === role && joins(r, e.storage, '<ANY>'))) complain(`annotation.conf: ${role} is both an argument of ${e.storage} and a relation from it`);
  }

  const labels = new Map<string, string[]>();
  for (const l of visual.get('labels')!) {
    if (labels.has(l.storage)) complain(`visual.conf: labels for ${l.storage} given more than once (brat uses the last)`);
    labels.set(l.storage, l.terms.slice(1));
  }
  const drawing = new Map<string, Map<string, string[]>>();
  for (const d of visual.get('drawing')!) {
    if (drawing.has(d.storage)) complain(`visual.conf: drawing for ${d.storage} given more than once (brat uses the last)`);
    drawing.set(d.storage, d.args);
    for (const [key, values] of d.args) if (values.length !== 1 && !ATTRIBUTE_DRAWING_KEYS.has(key)) complain(`visual.conf: ${d.storage} ${key} has ${values.length} values, brat expects one`);
  }
  for (const a of attributes) {
    const look = drawing.get(a.storage) ?? drawing.get('ATTRIBUTE_DEFAULT');
    const values = a.args.get('Value');
    for (const [key, given] of look ?? []) {
      if (!ATTRIBUTE_DRAWING_KEYS.has(key) || given.length === 1) continue;
      if (!values) complain(`visual.conf: binary attribute ${a.storage} has ${given.length} values for ${key}`);
      else if (given.length < values.length) complain(`visual.conf: attribute ${a.storage} has ${values.length} values but ${given.length} for ${key}`);
    }
  }

  const option = (sections: ConfSections, file: string, name: string, key: string, fallback: string) => {
    const nodes = sections.get('options')!.filter((n) => n.storage === name);
    if (nodes.length > 1) complain(`${file}: option ${name} given more than once`);
    const values = nodes.at(-1)?.args.get(key);
    if (values && values.length !== 1) complain(`${file}: option ${name} ${key} has ${values.length} values, brat uses the first`);
    return values?.[0] ?? fallback;
  };
  const textDirection = option(visual, 'visual.conf', 'Text', 'direction', 'ltr');
  const sentenceSplitter = option(tools, 'tools.conf', 'Sentences', 'splitter', 'regex');
  if (!['newline', 'regex'].includes(sentenceSplitter)) complain(`tools.conf: unknown sentence splitter ${sentenceSplitter}`);
  const tokenizer = option(tools, 'tools.conf', 'Tokens', 'tokenizer', 'whitespace');
  if (!['whitespace', 'ptblike'].includes(tokenizer)) complain(`tools.conf: tokenizer ${tokenizer} is unknown or needs MeCab on the server`);
  for (const s of tools.get('search')!) if (!s.special.has('<URL>')) complain(`tools.conf: search ${s.storage} lacks <URL>`);
  for (const section of ['annotators', 'disambiguators']) {
    for (const t of tools.get(section)!) if (!t.special.has('<URL>') || !t.args.has('tool') || !t.args.has('model')) complain(`tools.conf: ${section} ${t.storage} needs <URL>, tool and model`);
  }
  for (const n of tools.get('normalization')!) if (!n.special.has('<URL>')) complain(`tools.conf: normalization ${n.storage} lacks <URL>`);

  return {
    entityTypes,
    eventTypes,
    relationTypes,
    attributeValues,
    labels,
    drawing,
    textDirection,
    sentenceSplitter,
    isEntityType,
    isEventType,
    relationAllowed,
    overlapKinds,
    attributesFor,
    equivAllowed: (a, b) =>
      ordinary.some((r) => joins(r, a, b) && ['symmetric', 'transitive'].every((p) => (r.special.get('<REL-TYPE>') ?? (r.storage === 'Equiv' ? ['symmetric', 'transitive'] : [])).includes(p))),
    eventNode: (type) => events.filter((n) => n.storage === type).at(-1),
    rolesFromTo,
  };
}
