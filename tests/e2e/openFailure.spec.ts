/**
 * Issue 14, "nothing lost": IndexedDB that cannot open or write, simulated for real in Chromium.
 * - blocked: another page holds the library at an older schema version and ignores versionchange;
 * - unreadable: a persistent profile whose LevelDB `CURRENT` file is made to name a missing manifest
 *   between runs (Chromium: "Internal error opening backing store");
 * - lost: a persistent profile whose LevelDB log is garbled between runs: Chromium resets the
 *   store and hands the page an empty database without saying so;
 * - quota: SIMULATED. CDP's Storage.overrideQuotaForOrigin was accepted by Debian's Chromium here but
 *   changed nothing (navigator.storage.estimate() kept its 10 GB quota and a 1 MB write committed),
 *   and the real quota is 60% of the disk. So an init script makes each read-write transaction abort
 *   the way Chromium's does when the quota is exceeded: the transaction aborts and its `error` is a
 *   QuotaExceededError DOMException. Everything from Dexie up is the app's real path.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from '../../playwright.config';
import { offsetOf, selectSpan, storedAnnotations } from './annotateSupport';
import { libraryItems, openApp } from './support';

const ORIGIN = `http://127.0.0.1:${Number(process.env['ISNAD_WEB_PORT'] ?? 4178)}`;
const launch = (dir: string) =>
  chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'], viewport: { width: 1280, height: 820 }, acceptDownloads: true });
const failureScreen = (page: Page) => page.locator('main.open-failure');

/** The origin's IndexedDB LevelDB folder in a persistent profile. */
function levelDbDir(profile: string): string {
  const root = join(profile, 'Default', 'IndexedDB');
  const dir = readdirSync(root).find((name) => name.startsWith('http_127.0.0.1_') && name.endsWith('.indexeddb.leveldb'));
  if (!dir) throw new Error(`no IndexedDB store in ${root}`);
  return join(root, dir);
}

/** First run on a fresh profile: the sample library is seeded, and a backup downloaded by keyboard (Ctrl+Shift+B). */
async function firstRunWithBackup(profile: string): Promise<string> {
  const context = await launch(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(ORIGIN);
  await expect(libraryItems(page)).toHaveCount(5);
  await page.keyboard.press('Control+Shift+B');
  const dialog = page.getByRole('dialog', { name: 'Automatic backups' });
  await expect(dialog).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download a backup now' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'isnad-backup-')), (await download).suggestedFilename());
  await (await download).saveAs(file);
  await expect(dialog.getByTestId('last-backup')).toContainText('Last backup:');
  await context.close();
  return file;
}

test.describe('a library that cannot be opened', () => {
  let profile: string;
  test.beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'isnad-profile-'));
  });
  test.afterEach(() => rmSync(profile, { recursive: true, force: true }));

  test('damaged files (backing store will not open): says so in words, shows no library, and keeps the files', async () => {
    await firstRunWithBackup(profile);
    const store = levelDbDir(profile);
    writeFileSync(join(store, 'CURRENT'), 'MANIFEST-999999\n'); // names a manifest that is not there
    const context = await launch(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(ORIGIN);
    const screen = failureScreen(page);
    await expect(screen).toHaveAttribute('data-kind', 'unreadable');
    await expect(screen.getByRole('heading', { name: 'Isnad cannot open your library' })).toBeFocused();
    await expect(screen).toContainText('Isnad has not changed or deleted them');
    await expect(screen).toContainText('clear this site’s data');
    await screen.getByText('Details from the browser').click();
    await expect(screen).toContainText('Internal error opening backing store');
    await expect(libraryItems(page)).toHaveCount(0);
    await expect(screen.getByRole('button', { name: 'Restore from a bundle file…' })).toBeVisible();
    // Nothing of the damaged store was removed.
    expect(readdirSync(store)).toEqual(expect.arrayContaining(['CURRENT', 'MANIFEST-000001']));
    await context.close();
    expect(readFileSync(join(store, 'CURRENT'), 'utf8')).toBe('MANIFEST-999999\n');
  });

  test('a store Chromium reset to empty: never starts empty; the downloaded backup restores the library after confirmation', async () => {
    const backup = await firstRunWithBackup(profile);
    const store = levelDbDir(profile);
    for (const name of readdirSync(store).filter((n) => n.endsWith('.log') || n.endsWith('.ldb'))) {
      const bytes = readFileSync(join(store, name));
      for (let i = 0; i < bytes.length; i += 7) bytes[i]! ^= 0xff;
      writeFileSync(join(store, name), bytes);
    }
    const context = await launch(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(ORIGIN);
    const screen = failureScreen(page);
    await expect(screen).toHaveAttribute('data-kind', 'lost');
    await expect(screen).toContainText('Isnad has not started an empty library in its place');
    await expect(libraryItems(page)).toHaveCount(0);
    // Keyboard: Tab to "Restore from a bundle file…", Enter, pick the downloaded bundle.
    const chooser = page.waitForEvent('filechooser');
    await screen.getByRole('button', { name: 'Restore from a bundle file…' }).focus();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(backup);
    await expect(screen).toContainText('is kept on this computer as it is');
    await screen.getByRole('button', { name: 'Yes, go ahead' }).click();
    await expect(libraryItems(page)).toHaveCount(5);
    await expect(failureScreen(page)).toHaveCount(0);
    // The restored library is a new database beside the old one, and it survives a reload.
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).toEqual(expect.arrayContaining(['isnad', expect.stringMatching(/^isnad-restored-/)]));
    await page.reload();
    await expect(libraryItems(page)).toHaveCount(5);
    await context.close();
  });
});

/** Creates `isnad` as schema version 5 left it (IndexedDB version 50), raw, and keeps the connection open, ignoring versionchange: an old Isnad in another tab. */
async function holdOldLibrary(page: Page): Promise<void> {
  await page.route('**/old-isnad', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>old</title>' }));
  await page.goto(`${ORIGIN}/old-isnad`);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('isnad', 50);
        request.onupgradeneeded = () => {
          const db = request.result;
          const store = (name: string, key: string, indexes: string[] = []) => {
            const s = db.createObjectStore(name, { keyPath: key });
            for (const index of indexes) s.createIndex(index, index.startsWith('[') ? index.slice(1, -1).split('+') : index);
          };
          store('articles', 'id', ['sourceKey', 'previousVersionId', 'importedAt']);
          store('articleTexts', 'id');
          store('annotations', 'id', ['articleId', 'tagId', '[articleId+start+end]', '[articleId+deletedAt]']);
          store('settings', 'key');
          store('readingPositions', 'articleId');
          store('tags', 'id', ['order']);
          store('history', 'id', ['[articleId+undone+seq]']);
          store('articleNotes', 'articleId');
        };
        request.onsuccess = () => {
          (window as unknown as { oldDb: IDBDatabase }).oldDb = request.result; // held, and never closed on versionchange
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
}

test('blocked by another window on an older version: says so, then carries on by itself once it closes', async ({ context, page }) => {
  await holdOldLibrary(page);
  const app = await context.newPage();
  await app.goto('/');
  const screen = failureScreen(app);
  await expect(screen).toHaveAttribute('data-kind', 'blocked');
  await expect(screen.getByRole('heading', { name: 'Waiting for another Isnad window' })).toBeVisible();
  await expect(screen).toContainText('Close that window');
  await expect(libraryItems(app)).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { oldDb: IDBDatabase }).oldDb.close());
  await expect(libraryItems(app)).toHaveCount(5);
  await expect(failureScreen(app)).toHaveCount(0);
});

/** From the next write on, every read-write transaction fails as Chromium's do on a full quota. */
function fillTheDiskScript(): void {
  const flag = window as unknown as { diskFull?: boolean };
  const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  for (const method of ['put', 'add', 'delete', 'clear'] as const) {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      const request = original.apply(this, args);
      if (flag.diskFull) {
        const transaction = this.transaction;
        Object.defineProperty(transaction, 'error', { get: quotaError, configurable: true });
        transaction.abort();
      }
      return request;
    } as never;
  }
}

test('quota exceeded on a write (simulated, see above): the tag leaves the screen and the banner says it was not saved', async ({ page }) => {
  await page.addInitScript(fillTheDiskScript);
  const problems = await openApp(page);
  const start = await offsetOf(page, 'بوتين', 1);
  await page.evaluate(() => ((window as unknown as { diskFull?: boolean }).diskFull = true));
  await selectSpan(page, start, start + 'بوتين'.length);
  await page.keyboard.press('1');
  const banner = page.getByTestId('storage-problem');
  await expect(banner).toContainText('Not saved: there is no room left to store your library');
  await expect(banner).toContainText('QuotaExceededError');
  await expect(page.locator('.reader-notice')).toBeVisible();
  expect(await storedAnnotations(page)).toEqual([]);
  await expect(page.locator('.annotation-item')).toHaveCount(0);
  expect(problems.filter((p) => !/Quota|quota/.test(p))).toEqual([]);
});

test('the web twin reminds on the schedule the analyst sets, and Later puts it off one interval', async ({ page }) => {
  await page.clock.install();
  const problems = await openApp(page);
  await page.keyboard.press('Control+Shift+B');
  const dialog = page.getByRole('dialog', { name: 'Automatic backups' });
  await dialog.getByRole('radio', { name: 'Every 15 minutes' }).check();
  await expect(dialog.getByRole('radio', { name: 'Every 15 minutes' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  const reminder = page.getByTestId('backup-reminder');
  await page.clock.fastForward('14:00');
  await expect(reminder).toHaveCount(0);
  await page.clock.fastForward('02:30');
  await expect(reminder).toContainText('Time for a backup');
  await reminder.getByRole('button', { name: 'Later' }).click();
  await expect(reminder).toHaveCount(0);
  await page.clock.fastForward('14:00');
  await expect(reminder).toHaveCount(0);
  await page.clock.fastForward('02:30');
  await expect(reminder).toBeVisible();
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Download a backup now' }).click();
  const bundle = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { articles: unknown[] };
  expect(bundle.articles).toHaveLength(5);
  await expect(reminder).toHaveCount(0);
  expect(problems).toEqual([]);
});
