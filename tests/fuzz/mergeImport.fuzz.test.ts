/**
 * Fuzzing the app's bundle import end to end against a database (fake-indexeddb): the damaged
 * bundles of bundleCases.ts go through importData and, when accepted, mergeIntoLibrary
 * (renderer/db/mergeImport.ts) into a library holding the sample corpus. A refused file must
 * leave the database exactly as it was; an accepted one must leave a sound library. In some
 * accepted cases one table's write is made to fail partway (a Dexie hook that throws, as a full
 * disk or a broken store would): the import must then roll back whole — nothing half-written.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IsnadDatabase } from '../../src/renderer/db/database';
import { readInterchangeData } from '../../src/renderer/db/interchangeData';
import { mergeIntoLibrary } from '../../src/renderer/db/mergeImport';
import { importData } from '../../src/shared/interchange/importData';
import { bundleCaseArb, damagedBundle } from './support/bundleCases';
import { assertFuzz, FUZZ_TEST_TIMEOUT_MS, fuzzRuns, Tally } from './support/fuzzHarness';
import { expectSoundLibrary, outcomeOf } from './support/importChecks';
import { validLibraries } from './support/sampleLibrary';

const TABLES = ['articles', 'articleTexts', 'annotations', 'articleNotes', 'tags', 'entities', 'claimLinks'] as const;
type Table = (typeof TABLES)[number];
type Snapshot = Record<Table, unknown[]>;

let db: IsnadDatabase;
let libraries: Awaited<ReturnType<typeof validLibraries>>;
let baseline: Snapshot;

async function snapshot(): Promise<Snapshot> {
  return db.transaction('r', TABLES, async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await db.table(t).toArray()]))) as Snapshot);
}

/** The library back to the baseline, after a case that changed it. */
async function restore(): Promise<void> {
  await db.transaction('rw', TABLES, async () => {
    for (const t of TABLES) {
      await db.table(t).clear();
      await db.table(t).bulkPut(baseline[t]);
    }
  });
}

beforeAll(async () => {
  libraries = await validLibraries();
  db = new IsnadDatabase('fuzz-merge-import');
  await db.open();
  await mergeIntoLibrary(db, libraries.sample, { source: 'sample', now: 1_000 });
  baseline = await snapshot();
});
afterAll(async () => {
  db.close();
  await db.delete();
});

const tally = new Tally('bundle import into the database');
afterAll(() => console.log(tally.summary()));

// An injected write failure in half the cases (most are refused before any write anyway).
const caseArb = fc.record({ bundle: bundleCaseArb, fault: fc.oneof(fc.constant(null), fc.constantFrom<Table>(...TABLES)) });
type Case = typeof caseArb extends fc.Arbitrary<infer C> ? C : never;

/** Makes every write to `table` fail until the returned function is called. */
function failWritesTo(table: Table): () => void {
  const fail = () => {
    throw new Error(`injected write failure in ${table}`);
  };
  db.table(table).hook('creating', fail);
  db.table(table).hook('updating', fail);
  return () => {
    db.table(table).hook('creating').unsubscribe(fail);
    db.table(table).hook('updating').unsubscribe(fail);
  };
}

async function dbCase(c: Case): Promise<void> {
  const json = await damagedBundle(c.bundle, libraries);
  const name = 'colleague.isnad.json';
  const read = await outcomeOf(async () => (await importData([{ path: name, bytes: new TextEncoder().encode(json) }], { author: 'a', now: 1 })).data);
  if (!read.value) {
    tally.add(read.outcome);
    expect(await snapshot()).toEqual(baseline);
    return;
  }
  const release = c.fault ? failWritesTo(c.fault) : null;
  let failed: unknown = null;
  try {
    await mergeIntoLibrary(db, read.value, { source: name, now: 2_000_000_000_000 });
  } catch (error) {
    failed = error;
  } finally {
    release?.();
  }
  if (failed) {
    // Only the injected failure may stop a merge, and then nothing of it is stored.
    expect(failed instanceof Error ? failed.message : failed).toMatch(/injected write failure/);
    expect(await snapshot()).toEqual(baseline);
    tally.add({ kind: 'refused', reason: `write to ${c.fault} failed (injected): rolled back whole` });
    return;
  }
  expectSoundLibrary(await readInterchangeData(db, null, { analystName: 'a', now: 1 }));
  tally.add({ kind: 'accepted', detail: c.fault ? `merged (nothing written to ${c.fault}, so the injected failure never fired)` : 'merged' });
  await restore();
}

describe('fuzz: bundle import into the database', () => {
  it(
    'leaves the database unchanged after a refusal or a failed write, and sound after an import',
    async () => {
      await assertFuzz('bundle into the database', caseArb, dbCase, fuzzRuns(400));
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
