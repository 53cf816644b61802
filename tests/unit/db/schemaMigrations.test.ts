/**
 * Schema migrations, nothing lost (issue 14): each committed fixture (a database of an earlier
 * version, tests/fixtures/schema) is loaded at its own version through that version's declaration,
 * then opened by the next version's code (one test per step) and by today's `IsnadDatabase` (one
 * test per fixture). Every row of every store, and every field, is compared with what the step is
 * meant to make (expectedUpgrade.ts); the stores and indexes with what the new declaration makes.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { IsnadDatabase } from '../../../src/renderer/db/database';
import { articleAnnotations } from '../../../src/renderer/db/annotations';
import { historyState, undo } from '../../../src/renderer/db/history';
import { listArticles } from '../../../src/renderer/db/articles';
import { readSettings } from '../../../src/renderer/db/settings';
import { listTags } from '../../../src/renderer/db/tags';
import { countChecked, expectedAfterStep, type Tables } from '../../fixtures/schema/expectedUpgrade';
import { dumpDatabase, readFixture, type SchemaFixture } from '../../fixtures/schema/fixtureFile';
import { FIXTURE_VERSIONS, oldDatabase } from '../../fixtures/schema/schemaHistory';

const CURRENT = new IsnadDatabase('schema-probe').verno;
let databases = 0;
const checked = { rows: 0, values: 0, steps: 0 };

/** The fixture written into a fresh database at its own version, through its own declaration. */
async function loadFixture(fixture: SchemaFixture): Promise<string> {
  const name = `migrate-v${fixture.schemaVersion}-${databases++}`;
  const old = oldDatabase(name, fixture.schemaVersion);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  // What was loaded is the fixture exactly, stores, indexes and rows.
  expect(await dumpDatabase(name)).toStrictEqual({ idbVersion: fixture.idbVersion, stores: fixture.stores, tables: fixture.tables });
  return name;
}

/** Opens `name` with the code of schema `version` (today's class for the current one) and dumps it. */
async function openAt(name: string, version: number): Promise<Awaited<ReturnType<typeof dumpDatabase>>> {
  const db: Dexie = version === CURRENT ? new IsnadDatabase(name) : oldDatabase(name, version);
  await db.open();
  expect(db.verno).toBe(version);
  db.close();
  return dumpDatabase(name);
}

/** The stores and indexes a fresh database of `version` has. */
async function storesOf(version: number) {
  const name = `fresh-v${version}-${databases++}`;
  const dump = await openAt(name, version);
  await Dexie.delete(name);
  return dump.stores;
}

function expectRows(actual: Tables, expected: Tables) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const store of Object.keys(expected)) expect({ store, rows: actual[store] }).toStrictEqual({ store, rows: expected[store] });
  const counted = countChecked(expected);
  checked.rows += counted.rows;
  checked.values += counted.values;
}

describe('schema migrations', () => {
  it('the fixtures cover every version before the current one', () => {
    expect(FIXTURE_VERSIONS).toEqual(Array.from({ length: CURRENT - 1 }, (_, i) => i + 1));
  });

  it.each(FIXTURE_VERSIONS)('step v%i → next: every row and field as the step means it', async (from) => {
    const fixture = readFixture(from);
    const name = await loadFixture(fixture);
    const start = Date.now();
    const after = await openAt(name, from + 1);
    expect(after.stores).toStrictEqual(await storesOf(from + 1));
    expectRows(after.tables, expectedAfterStep(fixture.tables, from + 1, after.tables, { from: start, to: Date.now() }));
    checked.steps++;
    await Dexie.delete(name);
  });

  it.each(FIXTURE_VERSIONS)('fixture v%i → current: every row and field, through every step at once', async (from) => {
    const fixture = readFixture(from);
    const name = await loadFixture(fixture);
    const start = Date.now();
    const after = await openAt(name, CURRENT);
    const window = { from: start, to: Date.now() };
    let expected = fixture.tables;
    for (let to = from + 1; to <= CURRENT; to++) expected = expectedAfterStep(expected, to, after.tables, window);
    expect(after.stores).toStrictEqual(await storesOf(CURRENT));
    expectRows(after.tables, expected);

    // And the app reads it: the library, the settings, the palette, the annotations, the undo history.
    const db = new IsnadDatabase(name);
    await db.open();
    const stored = (key: string) => (fixture.tables.settings as { key: string; value: unknown }[]).find((s) => s.key === key)?.value;
    expect((await listArticles(db)).map((a) => a.id)).toEqual((fixture.tables.articles as { id: string; importedAt: number }[]).sort((a, b) => a.importedAt - b.importedAt).map((a) => a.id));
    const settings = await readSettings(db);
    expect(settings).toMatchObject({ language: stored('language'), readerFontSize: stored('readerFontSize'), analystName: stored('analystName'), selectedArticleId: stored('selectedArticleId') });
    const articleId = settings.selectedArticleId!;
    const live = (fixture.tables.annotations as { articleId: string; deletedAt?: number; id: string }[]).filter((a) => a.articleId === articleId && a.deletedAt === undefined);
    expect((await articleAnnotations(db, articleId)).map((a) => a.id).sort()).toEqual(live.map((a) => a.id).sort());
    if (from >= 2) {
      expect((await listTags(db)).length).toBeGreaterThan(0);
      const state = await historyState(db, articleId);
      expect(state.canUndo).toBe(true);
      expect(await undo(db, articleId)).not.toBeNull();
    }
    db.close();
    await Dexie.delete(name);
  });

  it('a tag removed in the v3 era (its row deleted) comes back to its old place when its removal is undone after the upgrade', async () => {
    const name = await loadFixture(readFixture(4));
    const db = new IsnadDatabase(name);
    await db.open();
    const article = (readFixture(4).tables.history as { id: string; articleId: string }[]).find((s) => s.id.endsWith('000000000016'))!.articleId;
    const palette = async () => (await listTags(db)).map((t) => t.labelEn);
    expect(await palette()).toEqual(['Place', 'Person', 'Organisation', 'Date/time', 'Figure', 'Claim', 'Source']);
    expect([await undo(db, article), await undo(db, article), await undo(db, article)]).toEqual(['tag', 'tag', 'remove tag']);
    // v4 put Event back before the tag holding its old number (5, Claim's). The upgrade once gave it
    // the first key of all: Event went to the head of the palette and took the number key 1.
    expect(await palette()).toEqual(['Place', 'Person', 'Organisation', 'Date/time', 'Figure', 'Event', 'Claim', 'Source']);
    expect((await articleAnnotations(db, article)).some((a) => a.tagId === 'event')).toBe(true);
    db.close();
    await Dexie.delete(name);
  });

  afterAll(() => {
    // The figures the README reports (printed, not asserted: they grow with the fixtures).
    console.info(`schema migrations: ${FIXTURE_VERSIONS.length} fixtures, ${checked.steps} steps, ${checked.rows} rows and ${checked.values} values checked`);
  });
});
