/**
 * An independent reader of W3C Web Annotation exports, as another tool would read them: the W3C
 * test suite's own JSON Schemas (Ajv, draft-04), a real JSON-LD processor (the `jsonld` package,
 * offline), and a plain walk of the JSON that counts code points by iterating the text. It shares
 * no code with src/shared/interchange/w3c, so a wrong export cannot be read back as right. Used by
 * the unit tests, and by the app's e2e and command-line tests on the files they write.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';

/** The W3C suite, kept in tests/fixtures/standards (its SOURCE.md says what is in it). */
// __dirname, not import.meta: Playwright loads these helpers as CommonJS, Vitest as ES modules; both give __dirname.
export const W3C_SUITE = join(__dirname, '../../fixtures/standards/w3c-annotation-model/');
export const ANNO_CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';

type Json = Record<string, unknown>;
export interface W3cFile {
  path: string;
  content: string | Uint8Array;
}

const asObject = (v: unknown): Json | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null);
const asArray = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const typesOf = (node: Json): unknown[] => asArray(node.type);

export function parseW3cFile(file: W3cFile): Json {
  const text = typeof file.content === 'string' ? file.content : new TextDecoder('utf-8', { fatal: true }).decode(file.content);
  return JSON.parse(text) as Json;
}

// ——— 1. The W3C test suite's schemas ———

interface Assertion {
  file: string;
  title: string;
  validate: ValidateFunction;
}

let suite: { annotation: Assertion[]; collection: Assertion[]; page: Assertion[] } | null = null;

/**
 * Every "must" assertion of the suite, compiled once: the annotation musts (the lists in
 * tests/annotations, tests/bodiesTargets and tests/specificResource, the inline ones of
 * 3.1-model-musts.test), the collection musts and the page musts.
 */
function mustAssertions() {
  if (suite) return suite;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const name of readdirSync(join(W3C_SUITE, 'definitions'))) ajv.addSchema(JSON.parse(readFileSync(join(W3C_SUITE, 'definitions', name), 'utf8')) as Json);
  const compiled = new Map<string, Assertion>();
  const load = (list: string): Assertion[] => {
    const test = JSON.parse(readFileSync(join(W3C_SUITE, list), 'utf8')) as { assertions: (string | Json)[] };
    const out: Assertion[] = [];
    test.assertions.forEach((entry, i) => {
      // Entries name files from the suite's root or from annotations/ (bodiesTargets/…, specificResource/…).
      let path: string | null = null;
      if (typeof entry === 'string') path = existsSync(join(W3C_SUITE, entry)) ? join(W3C_SUITE, entry) : join(W3C_SUITE, 'annotations', entry);
      const key = path ?? `${list}#${i}`;
      let assertion = compiled.get(key);
      if (!assertion) {
        const schema = path ? (JSON.parse(readFileSync(path, 'utf8')) as Json) : (entry as Json);
        if (schema.assertionType !== 'must') return;
        assertion = { file: key.slice(W3C_SUITE.length), title: String(schema.title), validate: ajv.compile(schema) };
        compiled.set(key, assertion);
      }
      out.push(assertion);
    });
    return out;
  };
  const unique = (lists: Assertion[][]) => [...new Set(lists.flat())];
  suite = {
    annotation: unique([
      load('tests/annotations/3.1-model-musts.test'),
      load('tests/annotations/annotationMusts.test'),
      load('tests/bodiesTargets/bodyMusts.test'),
      load('tests/bodiesTargets/targetMusts.test'),
      load('tests/specificResource/specificResourceMusts.test'),
      load('annotations/annotationMusts.test'),
    ]),
    collection: load('collections/collectionMusts.test'),
    page: load('collections/pages/pageMusts.test'),
  };
  return suite;
}

/** How many must assertions each kind of object is checked against (so a test can see the suite was loaded). */
export function mustAssertionCounts() {
  const s = mustAssertions();
  return { annotation: s.annotation.length, collection: s.collection.length, page: s.page.length };
}

function failures(kind: 'annotation' | 'collection' | 'page', doc: Json, where: string): string[] {
  const out: string[] = [];
  for (const a of mustAssertions()[kind]) if (!a.validate(doc)) out.push(`${where}: ${a.file} (${a.title}): ${JSON.stringify(a.validate.errors?.slice(0, 2))}`);
  return out;
}

/**
 * The must assertions each exported document and annotation fails ([] when all pass). A
 * collection is checked as a collection and, for its embedded first page, as a page (the suite's
 * page musts are written to accept either); a page file as a page. Annotations embedded in a page
 * carry no `@context` of their own — in JSON-LD they inherit the document's — so each is checked
 * as it would stand alone: with the document's `@context`.
 */
export function w3cSchemaFailures(files: readonly W3cFile[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const doc = parseW3cFile(file);
    const types = typesOf(doc);
    const items: unknown[] = [];
    if (types.includes('AnnotationCollection')) {
      out.push(...failures('collection', doc, file.path));
      if (doc.first !== undefined) out.push(...failures('page', doc, `${file.path} (first page)`));
      items.push(...asArray(asObject(doc.first)?.items));
    } else if (types.includes('AnnotationPage')) {
      out.push(...failures('page', doc, file.path));
      items.push(...asArray(doc.items));
    } else if (types.includes('Annotation')) items.push(doc);
    else out.push(`${file.path}: neither an Annotation, an AnnotationCollection nor an AnnotationPage`);
    for (const item of items) {
      const annotation = asObject(item);
      if (!annotation) continue; // an IRI: checked by the page's items assertion
      out.push(...failures('annotation', { '@context': doc['@context'], ...annotation }, `${file.path} ${String(annotation.id)}`));
    }
  }
  return out;
}

// ——— 2. JSON-LD expansion, offline ———

const annoContext = () => JSON.parse(readFileSync(join(W3C_SUITE, 'anno.jsonld'), 'utf8')) as { '@context': Json };

/** A document loader that answers the W3C context from the suite's copy and refuses every other URL (no network). */
const documentLoader = async (url: string): Promise<RemoteDocument> => {
  if (url === ANNO_CONTEXT_URL || url === 'https://www.w3.org/ns/anno.jsonld') return { documentUrl: url, document: annoContext() as RemoteDocument['document'] };
  throw new Error(`offline: no document for ${url}`);
};

export async function expandW3c(doc: Json): Promise<unknown[]> {
  // safe mode: the processor throws instead of silently dropping a property or an IRI it cannot expand.
  const expandOptions: jsonld.Options.Expand & { safe: boolean } = { documentLoader, safe: true };
  return jsonld.expand(doc, expandOptions);
}

const ABSOLUTE_IRI = /^(?:https?:\/\/|urn:)/;

/** Term → full IRI and container, from the W3C context and the document's own inline contexts. */
function termTable(doc: Json): Map<string, { iri: string; container?: string }> {
  const defs: Json = { ...annoContext()['@context'] };
  for (const c of asArray(doc['@context'])) {
    const inline = asObject(c);
    if (inline) Object.assign(defs, inline);
  }
  const expand = (value: string): string => {
    const colon = value.indexOf(':');
    if (colon > 0 && !value.startsWith('http') && !value.startsWith('urn:')) {
      const prefix = defs[value.slice(0, colon)];
      if (typeof prefix === 'string') return prefix + value.slice(colon + 1);
    }
    return value;
  };
  const table = new Map<string, { iri: string; container?: string }>();
  for (const [key, def] of Object.entries(defs)) {
    const d = asObject(def);
    const id = typeof def === 'string' ? def : typeof d?.['@id'] === 'string' ? d['@id'] : null;
    if (id !== null) table.set(key, { iri: expand(id), container: typeof d?.['@container'] === 'string' ? d['@container'] : undefined });
  }
  return table;
}

/**
 * What a JSON-LD expansion lost or could not make absolute ([] when nothing): every property
 * written in the compact file (counted per node) must come out of the expansion the same number
 * of times under a full IRI, and every property, type and vocabulary value that comes out must be
 * a full IRI.
 */
export async function w3cExpansionProblems(file: W3cFile): Promise<string[]> {
  const doc = parseW3cFile(file);
  const table = termTable(doc);
  const problems: string[] = [];
  const written = new Map<string, number>();
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  const walkCompact = (value: unknown) => {
    for (const v of asArray(value)) {
      const node = asObject(v);
      if (!node) continue;
      for (const [key, child] of Object.entries(node)) {
        if (key === '@context' || key === 'id' || key === 'type') continue;
        const def = table.get(key);
        if (!def) {
          problems.push(`${file.path}: "${key}" is defined by no context`);
          continue;
        }
        count(written, def.iri);
        if (def.container !== '@language') walkCompact(child);
      }
    }
  };
  walkCompact(doc);

  let expanded: unknown[];
  try {
    expanded = await expandW3c(doc);
  } catch (error) {
    return [...problems, `${file.path}: expansion failed: ${String(error)}`];
  }
  const kept = new Map<string, number>();
  const walkExpanded = (value: unknown) => {
    for (const v of asArray(value)) {
      const node = asObject(v);
      if (!node) continue;
      if ('@value' in node) continue;
      if ('@list' in node) {
        walkExpanded(node['@list']);
        continue;
      }
      for (const t of asArray(node['@type'])) if (typeof t !== 'string' || !ABSOLUTE_IRI.test(t)) problems.push(`${file.path}: type ${String(t)} is not a full IRI`);
      if (typeof node['@id'] === 'string' && !ABSOLUTE_IRI.test(node['@id'])) problems.push(`${file.path}: @id ${node['@id']} is not a full IRI`);
      for (const [key, child] of Object.entries(node)) {
        if (key.startsWith('@')) continue;
        if (!ABSOLUTE_IRI.test(key)) problems.push(`${file.path}: property ${key} is not a full IRI`);
        count(kept, key);
        walkExpanded(child);
      }
    }
  };
  walkExpanded(expanded);
  for (const [iri, n] of written) if (kept.get(iri) !== n) problems.push(`${file.path}: ${iri} written ${n} times, kept ${kept.get(iri) ?? 0} times by expansion`);
  for (const [iri] of kept) if (!written.has(iri)) problems.push(`${file.path}: expansion has ${iri}, which was not written`);
  return problems;
}

// ——— 3. Spans: the text at every code-point position against the quote ———

export interface W3cSpan {
  file: string;
  annotationId: string;
  source: string;
  start: number;
  end: number;
  exact: string;
  /** The article's text at [start, end) counted in code points (by iterating the string), or null when the file has no text for the source. */
  textAtPosition: string | null;
}

/** The articles' texts an Isnad export carries (source IRI → text), from every collection given. */
export function w3cArticleTexts(files: readonly W3cFile[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of files) {
    const doc = parseW3cFile(file);
    for (const a of asArray(doc.isnadArticles)) {
      const article = asObject(a);
      if (article && typeof article.id === 'string' && typeof article.isnadText === 'string') texts.set(article.id, article.isnadText);
    }
  }
  return texts;
}

/** Every annotation in the files (collections' first pages, page files, bare annotations), with the file it is in. */
export function w3cAnnotations(files: readonly W3cFile[]): { file: string; annotation: Json }[] {
  const out: { file: string; annotation: Json }[] = [];
  for (const file of files) {
    const doc = parseW3cFile(file);
    const types = typesOf(doc);
    const items = types.includes('AnnotationCollection') ? asArray(asObject(doc.first)?.items) : types.includes('AnnotationPage') ? asArray(doc.items) : [doc];
    for (const item of items) {
      const annotation = asObject(item);
      if (annotation) out.push({ file: file.path, annotation });
    }
  }
  return out;
}

export function w3cSpans(files: readonly W3cFile[]): W3cSpan[] {
  const texts = w3cArticleTexts(files);
  const spans: W3cSpan[] = [];
  for (const { file, annotation } of w3cAnnotations(files)) {
    const target = asObject(annotation.target);
    const selectors = asArray(target?.selector).map(asObject);
    const quote = selectors.find((s) => s?.type === 'TextQuoteSelector');
    const position = selectors.find((s) => s?.type === 'TextPositionSelector');
    const source = String(target?.source);
    const text = texts.get(source);
    const start = Number(position?.start);
    const end = Number(position?.end);
    spans.push({
      file,
      annotationId: String(annotation.id),
      source,
      start,
      end,
      exact: String(quote?.exact),
      textAtPosition: text === undefined ? null : Array.from(text).slice(start, end).join(''),
    });
  }
  return spans;
}

/** Spans whose text at the code-point position is not the quote, or whose text is missing ([] when all agree). */
export function w3cSpanMismatches(files: readonly W3cFile[]): W3cSpan[] {
  return w3cSpans(files).filter((s) => s.textAtPosition !== s.exact || !Number.isInteger(s.start) || !Number.isInteger(s.end));
}
