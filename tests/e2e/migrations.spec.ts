/**
 * Schema migrations in real Chromium IndexedDB (issue 14): each committed fixture (a database of an
 * earlier schema version, tests/fixtures/schema) is rebuilt with the raw IndexedDB API on the web
 * twin's origin before the app has ever run there — its stores, indexes and rows as the old app
 * left them, at its old version —, then the app starts, upgrades it, and shows it: the library,
 * the settings, the selected article with every annotation listed and painted on its own text.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_VERSIONS, readFixture, type SchemaFixture } from '../fixtures/schema/fixtureFile';
import { libraryItems } from './support';
import { paintedTexts } from './annotateSupport';

interface Row {
  [field: string]: unknown;
}

/** Writes the fixture into IndexedDB database `isnad` on the app's origin, from a blank page of it. */
async function seedFixture(page: Page, fixture: SchemaFixture): Promise<void> {
  await page.route('**/schema-fixture-loader', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>fixture</title>' }));
  await page.goto('/schema-fixture-loader');
  await page.evaluate(async ({ idbVersion, stores, tables }) => {
    const open = indexedDB.open('isnad', idbVersion);
    open.onupgradeneeded = () => {
      for (const [name, shape] of Object.entries(stores)) {
        const store = open.result.createObjectStore(name, { keyPath: shape.keyPath, autoIncrement: shape.autoIncrement });
        for (const index of shape.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const tx = db.transaction(Object.keys(stores), 'readwrite');
    for (const [name, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(name).add(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  }, fixture);
}

/** The stored database's version and row counts, read raw after the app upgraded it. */
function storedCounts(page: Page): Promise<{ version: number; counts: Record<string, number> }> {
  return page.evaluate(async () => {
    const open = indexedDB.open('isnad');
    const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
    const names = Array.from(db.objectStoreNames);
    const tx = db.transaction(names);
    const counts: Record<string, number> = {};
    await Promise.all(names.map((name) => new Promise<void>((resolve) => (tx.objectStore(name).count().onsuccess = (e) => ((counts[name] = (e.target as IDBRequest<number>).result), resolve())))));
    const version = db.version;
    db.close();
    return { version, counts };
  });
}

for (const version of FIXTURE_VERSIONS) {
  test(`a database of schema v${version} opens upgraded with its library, settings and annotations intact`, async ({ page }) => {
    const fixture = readFixture(version);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await seedFixture(page, fixture);
    await page.unrouteAll();
    await page.goto('/');

    const articles = fixture.tables.articles as Row[];
    const setting = (key: string) => (fixture.tables.settings as Row[]).find((s) => s.key === key)?.value;
    const selected = setting('selectedArticleId') as string;
    // The library is the fixture's (no sample corpus seeded over it), in import order.
    await expect(libraryItems(page)).toHaveCount(articles.length);
    const titles = [...articles].sort((a, b) => (a.importedAt as number) - (b.importedAt as number)).map((a) => a.title as string);
    for (const [i, title] of titles.entries()) await expect(libraryItems(page).nth(i)).toContainText(title);
    // Settings: Arabic interface, the font size, the selected article.
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByTestId('reader-scroll')).toHaveCSS('font-size', `${setting('readerFontSize') as number}px`);
    await expect(libraryItems(page).nth(titles.indexOf(articles.find((a) => a.id === selected)!.title as string))).toHaveAttribute('aria-selected', 'true');
    const text = (fixture.tables.articleTexts as Row[]).find((t) => t.id === selected)!.text as string;
    await expect(page.getByTestId('article-root')).toContainText(text.split('\n')[1]!);

    // Annotations: every live one of the selected article listed, and painted on exactly its text.
    const live = ((fixture.tables.annotations as Row[]) ?? []).filter((a) => a.articleId === selected && a.deletedAt === undefined);
    await expect(page.locator('h2[data-count]')).toHaveAttribute('data-count', String(live.length));
    const expected: Record<string, string[]> = {};
    for (const a of live) (expected[a.tagId as string] ??= []).push(a.exact as string);
    for (const list of Object.values(expected)) list.sort();
    await expect.poll(() => paintedTexts(page)).toEqual(expected);

    // Stored: the current version, and no row of the fixture gone.
    const stored = await storedCounts(page);
    // Today's version: the one after the newest fixture (Dexie stores version n as n × 10).
    expect(stored.version).toBe((FIXTURE_VERSIONS.at(-1)! + 1) * 10);
    for (const [name, rows] of Object.entries(fixture.tables)) expect({ name, count: stored.counts[name]! >= rows.length }).toEqual({ name, count: true });
    expect(stored.counts.articles).toBe(articles.length);
    expect(stored.counts.annotations).toBe(((fixture.tables.annotations as Row[]) ?? []).length);
    expect(problems).toEqual([]);
  });
}
