/**
 * Fuzzing the W3C Web Annotation and brat importers (shared/interchange/w3c/*, brat/*), through
 * importData as the app calls them and directly: exports of the sample corpus and the interchange
 * fixture, damaged — the W3C JSON mutated as the bundle's is (jsonMutations.ts), annotations of
 * "another tool" (no texts inside, the article's .txt given beside them) with damaged selectors
 * and a damaged text; brat's .ann lines dropped, doubled, their offsets nudged, ids and words
 * replaced, its .txt cut or edited, its configuration damaged, files left out. Every case is
 * refused with an ImportError or accepted; what is accepted is merged into the sample library,
 * which must stay sound.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBrat } from '../../src/shared/interchange/brat/importBrat';
import { exportBrat } from '../../src/shared/interchange/brat/exportBrat';
import { importData } from '../../src/shared/interchange/importData';
import type { ExportedFile, ImportSource, InterchangeData } from '../../src/shared/interchange/interchange';
import { mergeInto } from '../../src/shared/interchange/merge/applyMerge';
import { exportW3c } from '../../src/shared/interchange/w3c/exportW3c';
import { htmlToPlainText } from '../../src/shared/interchange/w3c/htmlToPlainText';
import { importW3c } from '../../src/shared/interchange/w3c/importW3c';
import { assertFuzz, FUZZ_TEST_TIMEOUT_MS, fuzzRuns, Tally, type Outcome } from './support/fuzzHarness';
import { expectSoundLibrary, expectValidImport, outcomeOf } from './support/importChecks';
import { jsonMutationArb, mutateJson, mutateText, textMutationArb } from './support/jsonMutations';
import { lineMutationArb, mutateLines } from './support/lineMutations';
import { someArticles, validLibraries } from './support/sampleLibrary';

let libraries: Awaited<ReturnType<typeof validLibraries>>;
beforeAll(async () => {
  libraries = await validLibraries();
});

const options = { author: 'importer', now: 1_800_000_000_000 };
const asText = (content: string | Uint8Array) => (typeof content === 'string' ? content : new TextDecoder().decode(content));
const toSource = (path: string, content: string | Uint8Array): ImportSource => ({ path, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content });
const pickData = (base: 'sample' | 'fixture', pick: readonly number[]): InterchangeData => (base === 'sample' ? someArticles(libraries.sample, pick) : libraries.fixture);

/** An accepted import: valid data, merged into the sample library, which stays sound. */
async function checkAccepted(data: InterchangeData, emptySpans: boolean): Promise<Outcome> {
  await expectValidImport(data, { emptySpans });
  const merged = mergeInto(libraries.sample, data, { source: 'fuzz', now: 2_000_000_000_000 });
  expectSoundLibrary(merged.data);
  const a = merged.report.annotations;
  return { kind: 'accepted', detail: a.rePlaced + a.orphaned > 0 ? 'merged, some spans re-placed by quote or orphaned' : 'merged, every span where the file put it' };
}

const w3cTally = new Tally('W3C Web Annotation importer');
const bratTally = new Tally('brat importer');
afterAll(() => {
  console.log(w3cTally.summary());
  console.log(bratTally.summary());
});

/** Annotations as another tool writes them: no texts inside; the article's .txt is given beside them. */
function foreignW3c(data: InterchangeData): { json: unknown; texts: ExportedFile[] } {
  const annotations = data.articles.flatMap((article, i) =>
    article.annotations.map((a) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `https://other.example/anno/${a.id}`,
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: a.tagId === 'person' ? 'Person' : a.tagId }, ...(a.note ? [{ type: 'TextualBody', purpose: 'commenting', value: a.note }] : [])],
      target: {
        source: `https://other.example/texts/article-${i}.txt`,
        selector: [
          { type: 'TextPositionSelector', start: a.start, end: a.end },
          { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
        ],
      },
    })),
  );
  return { json: annotations, texts: data.articles.map((a, i) => ({ path: `article-${i}.txt`, content: a.text })) };
}

const w3cCaseArb = fc.record({
  base: fc.constantFrom<'sample' | 'fixture'>('sample', 'fixture'),
  pick: fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 2 }),
  foreign: fc.boolean(),
  mutations: fc.array(jsonMutationArb, { maxLength: 3 }),
  text: textMutationArb,
  // For another tool's file: the article's text damaged too (cut, or a character put in).
  companion: textMutationArb,
  viaImportData: fc.boolean(),
});
type W3cCase = typeof w3cCaseArb extends fc.Arbitrary<infer C> ? C : never;

async function w3cCase(c: W3cCase): Promise<void> {
  const data = pickData(c.base, c.pick);
  let files: ImportSource[];
  if (c.foreign) {
    const { json, texts } = foreignW3c(data);
    files = [toSource('annotations.jsonld', mutateText(mutateJson(json, c.mutations), c.text)), ...texts.map((t) => toSource(t.path, mutateText(asText(t.content), c.companion)))];
  } else {
    const [collection, ...pages] = exportW3c(data);
    files = [toSource(collection!.path, mutateText(mutateJson(JSON.parse(asText(collection!.content)), c.mutations), c.text)), ...pages.map((p) => toSource(p.path, p.content))];
  }
  const { outcome, value } = await outcomeOf(async () => (c.viaImportData ? (await importData(files, options)).data : await importW3c(files, options)));
  w3cTally.add(value ? await checkAccepted(value, true) : outcome);
}

/** What is damaged in a brat folder. */
const bratDamageArb = fc.oneof(
  { weight: 6, arbitrary: fc.record({ file: fc.constant('ann' as const), which: fc.nat(), lines: fc.array(lineMutationArb, { minLength: 1, maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ file: fc.constant('txt' as const), which: fc.nat(), text: textMutationArb }) },
  { weight: 2, arbitrary: fc.record({ file: fc.constant('conf' as const), which: fc.nat(), lines: fc.array(lineMutationArb, { minLength: 1, maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ file: fc.constant('drop' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ file: fc.constant('bytes' as const), which: fc.nat(), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }) },
);
type BratDamage = typeof bratDamageArb extends fc.Arbitrary<infer D> ? D : never;

function damageBrat(files: ExportedFile[], d: BratDamage): ExportedFile[] {
  const of = (pattern: RegExp) => files.filter((f) => pattern.test(f.path));
  const replace = (target: ExportedFile | undefined, content: string | Uint8Array) => files.map((f) => (f === target ? { ...f, content } : f));
  if (d.file === 'drop') return files.filter((_, i) => i !== d.which % files.length);
  if (d.file === 'bytes') {
    const target = files[d.which % files.length]!;
    const bytes = typeof target.content === 'string' ? new TextEncoder().encode(target.content) : target.content.slice();
    if (bytes.length) bytes[d.at % bytes.length] = d.byte;
    return replace(target, bytes);
  }
  const pool = of(d.file === 'ann' ? /\.ann$/ : d.file === 'txt' ? /\.txt$/ : /\.conf$/);
  const target = pool[d.which % Math.max(1, pool.length)];
  if (!target) return files;
  if (d.file === 'txt') return replace(target, mutateText(asText(target.content), d.text));
  return replace(
    target,
    d.lines.reduce((text, m) => mutateLines(text, m), asText(target.content)),
  );
}

const bratCaseArb = fc.record({
  base: fc.constantFrom<'sample' | 'fixture'>('sample', 'fixture'),
  pick: fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 2 }),
  damages: fc.array(bratDamageArb, { maxLength: 3 }),
  viaImportData: fc.boolean(),
});
type BratCase = typeof bratCaseArb extends fc.Arbitrary<infer C> ? C : never;

async function bratCase(c: BratCase): Promise<void> {
  let files = exportBrat(pickData(c.base, c.pick));
  for (const d of c.damages) files = damageBrat(files, d);
  const sources = files.map((f) => toSource(f.path, f.content));
  const { outcome, value } = await outcomeOf(async () => (c.viaImportData ? (await importData(sources, options)).data : await importBrat(sources, options)));
  bratTally.add(value ? await checkAccepted(value, false) : outcome);
}

describe('fuzz: W3C and brat importers', () => {
  it(
    'W3C: refuses a damaged collection or another tool’s damaged annotations with a message, or accepts them soundly',
    async () => {
      await assertFuzz('W3C', w3cCaseArb, w3cCase, fuzzRuns(1000));
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'brat: refuses a damaged folder with a message, or accepts it soundly',
    async () => {
      await assertFuzz('brat', bratCaseArb, bratCase, fuzzRuns(1000));
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'W3C: reads an HTML note in one pass as the patterns it replaced did (on short notes, where they finish)',
    async () => {
      // The patterns htmlToPlainText was before the fix (quadratic on long hostile notes), kept here only to compare.
      const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
      const reference = (whole: string, body: string) => {
        if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? whole;
        const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return !Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
      };
      const before = (html: string) =>
        html
          .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
          .replace(/<!--[\s\S]*?-->/g, '')
          .replace(/<br\s*\/?>/gi, '\n')
          .replace(/<\/(?:p|div|li|h[1-6]|blockquote|tr|pre)\s*>/gi, '\n')
          .replace(/<[^>]*>/g, '')
          .replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);/g, reference)
          .replace(/[ \t]*\n[ \t]*/g, '\n')
          .replace(/\n{2,}/g, '\n')
          .trim();
      const pieces = ['<', '>', '<!--', '-->', '<script>', '</script>', '<style a="<b>">', '</STYLE >', '<script', '<br/>', '</p>', '</p', '<p>', 'x', 'قال', '&amp;', '&#0;', '&lt;', ' ', '\n'];
      const note = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(''));
      await assertFuzz('W3C HTML note', note, async (html) => void expect(htmlToPlainText(html)).toBe(before(html)), fuzzRuns(1000));
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it('W3C: refuses a collection that claims a million annotations, and annotations nested 100,000 deep', async () => {
    const collection = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x', type: 'AnnotationCollection', total: 1_000_000, first: { type: 'AnnotationPage', items: [] } };
    // Without an id, the annotation's id was derived from JSON.stringify of its target and body: a stack overflow, before the depth limit.
    const deep = `[{"type":"Annotation","target":{"source":"a.txt","selector":{"type":"TextQuoteSelector","exact":"ق"}},"body":{"type":"TextualBody","purpose":"tagging","value":"P","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}]`;
    const cases: [string, ImportSource[], RegExp][] = [
      ['a million claimed', [toSource('c.jsonld', JSON.stringify(collection))], /says it holds 1000000 annotations but its pages hold 0/],
      ['a million items that are not annotations', [toSource('c.jsonld', `[${'0,'.repeat(999_999)}0]`)], /item 1 is not a JSON object/],
      ['a body nested 100,000 deep', [toSource('c.jsonld', deep), toSource('a.txt', 'قال')], /nests its JSON more than 1000 levels deep/],
    ];
    for (const [what, files, message] of cases) {
      const { outcome } = await outcomeOf(() => importW3c(files, options));
      w3cTally.add(outcome);
      expect(outcome.kind, what).toBe('refused');
      await expect(importW3c(files, options), what).rejects.toThrow(message);
    }
  });
});
