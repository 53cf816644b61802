/**
 * Fuzzing the REFI-QDA importer (shared/interchange/qdpx/*) and the unzipping of chosen archives:
 * .qdpx exports of the sample corpus and the interchange fixture, damaged — project.qde's tokens
 * (positions, GUIDs, names, markup) nudged or replaced, lines dropped or doubled, elements cut
 * out; a source text edited or left out; the zip's own bytes flipped or cut; a bare project.qde
 * instead of the archive. And zip bombs: archives whose entries unpack to more than Isnad reads
 * from one file. Every case is refused with an ImportError or accepted; what is accepted is merged
 * into the sample library, which must stay sound.
 */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_UNZIPPED_BYTES } from '../../src/shared/interchange/boundedUnzip';
import { importData } from '../../src/shared/interchange/importData';
import type { ImportSource, InterchangeData } from '../../src/shared/interchange/interchange';
import { mergeInto } from '../../src/shared/interchange/merge/applyMerge';
import { projectXml } from '../../src/shared/interchange/qdpx/exportQdpx';
import { importQdpx } from '../../src/shared/interchange/qdpx/importQdpx';
import { assertFuzz, FUZZ_TEST_TIMEOUT_MS, fuzzRuns, Tally } from './support/fuzzHarness';
import { expectSoundLibrary, expectValidImport, outcomeOf } from './support/importChecks';
import { mutateText, textMutationArb } from './support/jsonMutations';
import { lineMutationArb, mutateLines } from './support/lineMutations';
import { someArticles, validLibraries } from './support/sampleLibrary';

let libraries: Awaited<ReturnType<typeof validLibraries>>;
beforeAll(async () => {
  libraries = await validLibraries();
});

const options = { author: 'importer', now: 1_800_000_000_000 };
const encode = (text: string) => new TextEncoder().encode(text);
const tally = new Tally('REFI-QDA (.qdpx) importer and archives');
afterAll(() => console.log(tally.summary()));

const damageArb = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('xml' as const), m: lineMutationArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cutElement' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('source' as const), which: fc.nat(), m: textMutationArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropSource' as const), which: fc.nat() }) },
);
type Damage = typeof damageArb extends fc.Arbitrary<infer D> ? D : never;

const caseArb = fc.record({
  base: fc.constantFrom<'sample' | 'fixture'>('sample', 'fixture'),
  pick: fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 2 }),
  damages: fc.array(damageArb, { maxLength: 3 }),
  // The archive's bytes damaged after zipping: a byte flipped, or the file cut short.
  // (one case in seven; a damaged zip is mostly refused as such, which the other cases go past).
  zipDamage: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), cut: fc.boolean() }) }),
  // A bare project.qde names its texts in the archive, so it is mostly refused: one case in eight.
  bare: fc.oneof({ weight: 7, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  viaImportData: fc.boolean(),
});
type Case = typeof caseArb extends fc.Arbitrary<infer C> ? C : never;

function damageProject(xml: string, sources: Map<string, string>, d: Damage): string {
  if (d.kind === 'xml') return mutateLines(xml, d.m);
  if (d.kind === 'cutElement') {
    // One tag cut out (an element's start or end, or a self-closed one).
    const tags = [...xml.matchAll(/<[^<>]*>/g)];
    const tag = tags[d.at % tags.length];
    return tag ? xml.slice(0, tag.index) + xml.slice(tag.index + tag[0].length) : xml;
  }
  const paths = [...sources.keys()];
  const path = paths[d.which % Math.max(1, paths.length)];
  if (path === undefined) return xml;
  if (d.kind === 'dropSource') sources.delete(path);
  else sources.set(path, mutateText(sources.get(path)!, d.m));
  return xml;
}

async function qdpxCase(c: Case): Promise<void> {
  const data: InterchangeData = c.base === 'sample' ? someArticles(libraries.sample, c.pick) : libraries.fixture;
  const project = projectXml(data);
  const sources = new Map(project.sources);
  let xml = project.xml;
  for (const d of c.damages) xml = damageProject(xml, sources, d);
  let bytes: Uint8Array;
  if (c.bare) bytes = encode(xml);
  else {
    const files: Record<string, Uint8Array> = { 'project.qde': encode(xml) };
    for (const [path, text] of sources) files[path] = encode(text);
    bytes = zipSync(files, { level: 1 });
  }
  if (c.zipDamage && bytes.length) {
    const at = c.zipDamage.at % bytes.length;
    bytes = c.zipDamage.cut ? bytes.subarray(0, at) : bytes.slice();
    if (!c.zipDamage.cut) bytes[at] = c.zipDamage.byte;
  }
  const file: ImportSource = { path: c.bare ? 'project.qde' : 'project.qdpx', bytes };
  const { outcome, value } = await outcomeOf(async () => (c.viaImportData && !c.bare ? (await importData([file], options)).data : await importQdpx([file], options)));
  if (!value) return tally.add(outcome);
  await expectValidImport(value, { emptySpans: false });
  const merged = mergeInto(libraries.sample, value, { source: 'fuzz', now: 2_000_000_000_000 });
  expectSoundLibrary(merged.data);
  const a = merged.report.annotations;
  tally.add({ kind: 'accepted', detail: a.rePlaced + a.orphaned > 0 ? 'merged, some spans re-placed by quote or orphaned' : 'merged, every span where the file put it' });
}

/** The zip with every entry's size in its central directory set to `size`: what a zip bomb declares. */
function declaring(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

describe('fuzz: REFI-QDA importer and archives', () => {
  it(
    'refuses a damaged .qdpx or project.qde with a message, or accepts it soundly',
    async () => {
      await assertFuzz('qdpx', caseArb, qdpxCase, fuzzRuns(600));
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it('refuses zip bombs: archives whose entries unpack to more than Isnad reads from one file', async () => {
    const { xml, sources } = projectXml(libraries.fixture);
    const qdpx = zipSync({ 'project.qde': encode(xml), ...Object.fromEntries([...sources].map(([p, t]) => [p, encode(t)])) });
    // A real bomb: 64 MB of zeros is ~64 KB of deflate; four of them declare 256 MB and a fifth goes past.
    const zeros = zipSync({ 'a.ann': new Uint8Array(1024), 'b.txt': new Uint8Array(1024) }, { level: 9 });
    const cases: [string, ImportSource][] = [
      ['a .qdpx whose entries declare 3 GB', { path: 'bomb.qdpx', bytes: declaring(qdpx, 3 * 1024 ** 3) }],
      ['a .qdpx whose entries each declare a third of the bound', { path: 'bomb.qdpx', bytes: declaring(qdpx, Math.ceil(MAX_UNZIPPED_BYTES / 3)) }],
      ['a zipped brat folder declaring 4 GB', { path: 'brat.zip', bytes: declaring(zeros, 0xffff_ffff) }],
    ];
    for (const [what, file] of cases) {
      const { outcome } = await outcomeOf(async () => (await importData([file], options)).data);
      tally.add(outcome);
      expect(outcome, what).toEqual({ kind: 'refused', reason: expect.stringMatching(/unpacks to more than n MB/) as unknown });
    }
  });
});
