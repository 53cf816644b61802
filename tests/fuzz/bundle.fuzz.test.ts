/**
 * Fuzzing the project bundle importer (shared/interchange/bundle/readBundle.ts, through
 * importData's format detection) and the merge plan (shared/interchange/merge/*, the command
 * line's merge into a bundle): bundles exported from the sample corpus and the interchange
 * fixture, then damaged — an article's text edited (with its id recomputed, so the damage reaches
 * the offsets), fields deleted, retyped, nudged or copied from elsewhere, ids duplicated, values
 * nested 100,000 deep or a million records long, `__proto__` keys, the JSON cut or a BOM put in
 * front. Every case is refused with an ImportError or accepted; what is accepted is merged into
 * the sample library, and the library that comes out must still be sound.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../src/shared/interchange/bundle/readBundle';
import { importData } from '../../src/shared/interchange/importData';
import type { InterchangeData } from '../../src/shared/interchange/interchange';
import { mergeInto } from '../../src/shared/interchange/merge/applyMerge';
import { assertFuzz, FUZZ_TEST_TIMEOUT_MS, fuzzRuns, Tally } from './support/fuzzHarness';
import { expectSoundLibrary, expectValidImport, outcomeOf } from './support/importChecks';
import { bundleCaseArb, damagedBundle } from './support/bundleCases';
import { validLibraries } from './support/sampleLibrary';

let libraries: Awaited<ReturnType<typeof validLibraries>>;
beforeAll(async () => {
  libraries = await validLibraries();
});

const tally = new Tally('project bundle importer and merge plan');
afterAll(() => console.log(tally.summary()));

const caseArb = fc.record({ bundle: bundleCaseArb, viaImportData: fc.boolean(), into: fc.constantFrom('sample', 'fixture', 'empty') });
type Case = typeof caseArb extends fc.Arbitrary<infer C> ? C : never;

const emptyLibrary = (): InterchangeData => ({ exportedAt: 0, analystName: 'a', tags: [], articles: [], entities: [], claimLinks: [] });

async function bundleCase(c: Case): Promise<void> {
  const json = await damagedBundle(c.bundle, libraries);
  const name = 'colleague.isnad.json';
  const { outcome: read, value } = await outcomeOf(async () =>
    c.viaImportData ? (await importData([{ path: name, bytes: new TextEncoder().encode(json) }], { author: 'a', now: 1 })).data : await readBundle(name, json),
  );
  if (!value) return tally.add(read);
  await expectValidImport(value, { emptySpans: false });
  const target = c.into === 'sample' ? libraries.sample : c.into === 'fixture' ? libraries.fixture : emptyLibrary();
  const merged = mergeInto(target, value, { source: name, now: 2_000_000_000_000 });
  expectSoundLibrary(merged.data);
  const report = merged.report;
  // Every incoming annotation is accounted for once in the report.
  const incoming = value.articles.reduce((n, a) => n + a.annotations.length, 0);
  const a = report.annotations;
  expect(a.added + a.updated + a.unchanged + a.keptOurs + a.deleted + a.skipped + a.orphaned).toBe(incoming);
  tally.add({ kind: 'accepted', detail: a.rePlaced + a.orphaned > 0 ? 'merged, some spans re-placed by quote or orphaned' : 'merged, every span where the file put it' });
}

describe('fuzz: project bundle importer and merge plan', () => {
  it(
    'refuses a damaged bundle with a message, or accepts it and merges it into a sound library',
    async () => {
      await assertFuzz('bundle', caseArb, bundleCase, fuzzRuns(1200));
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it('refuses bundles that claim a million records, nest 100,000 deep, or hold nothing', async () => {
    const header = '{"format":"isnad-bundle","version":2,"offsets":"code-points","exportedAt":1,"analystName":"a","tags":[]';
    const cases: [string, string, RegExp][] = [
      ['a million articles', `${header},"articles":[${'{},'.repeat(999_999)}{}]}`, /articles\[0\]/],
      ['a million annotations of nothing', `${header},"articles":[{"article":{},"text":"","annotations":[${'0,'.repeat(999_999)}0],"note":null}]}`, /articles\[0\]/],
      ['a million tags', `{"format":"isnad-bundle","version":2,"offsets":"code-points","exportedAt":1,"analystName":"a","tags":[${'1,'.repeat(999_999)}1],"articles":[]}`, /tags\[0\]/],
      ['nested 100,000 deep', `${header},"articles":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, /articles\[0\]/],
      ['nested 100,000 deep at the top', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /not an Isnad project bundle/],
      ['empty', '', /not valid JSON/],
      ['null', 'null', /not an Isnad project bundle/],
      ['version from the future', '{"format":"isnad-bundle","version":99}', /version 99/],
      ['version infinite (1e400)', '{"format":"isnad-bundle","version":1e400}', /not an Isnad project bundle/],
    ];
    for (const [what, json, message] of cases) {
      const { outcome } = await outcomeOf(() => readBundle('x.isnad.json', json));
      tally.add(outcome);
      expect(outcome.kind, what).toBe('refused');
      await expect(readBundle('x.isnad.json', json), what).rejects.toThrow(message);
    }
  });
});
