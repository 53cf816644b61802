/**
 * Two windows on one library (issue 14): two tabs of the web twin share one IndexedDB, as two
 * windows of the desktop app would. Both edit the same article and both screens converge; a newer
 * version opened elsewhere closes this window's hold on the library with a message.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { utf8 } from '../support/encodings';
import { offsetOf, paintedTexts, selectSpan, storedAnnotations } from './annotateSupport';
import { openApp } from './support';

const listed = (page: Page) => page.getByTestId('annotation-list').locator('[data-annotation-id]');

async function tagWord(page: Page, word: string, key: string, nth = 0): Promise<void> {
  const at = await offsetOf(page, word, nth);
  await selectSpan(page, at, at + word.length);
  await page.keyboard.press(key);
}

test('two tabs edit one article: each tag, each deletion shows in both, tags made at once are all kept', async ({ page, context }) => {
  const problemsA = await openApp(page);
  const other = await context.newPage();
  const problemsB = await openApp(other);

  await tagWord(page, 'بوتين', '1');
  await expect(listed(other)).toHaveCount(1);
  await expect.poll(async () => (await paintedTexts(other))['person']).toEqual(['بوتين']);

  await tagWord(other, 'الصين', '3');
  await expect(listed(page)).toHaveCount(2);
  await expect.poll(async () => (await paintedTexts(page))['place']).toEqual(['الصين']);

  // Both at once, on different words: neither write takes the other's place.
  await Promise.all([tagWord(page, 'بكين', '3'), tagWord(other, 'شي', '1')]);
  for (const p of [page, other]) {
    await expect(listed(p)).toHaveCount(4);
    await expect.poll(async () => paintedTexts(p)).toEqual({ person: ['بوتين', 'شي'], place: ['الصين', 'بكين'] });
  }

  // A deletion in one tab leaves the other too.
  await listed(other).filter({ hasText: 'بوتين' }).click();
  await other.keyboard.press('Delete');
  await expect(listed(page)).toHaveCount(3);
  await expect.poll(async () => (await paintedTexts(page))['person']).toEqual(['شي']);
  const stored = (await storedAnnotations(page)).filter((a) => a.deletedAt === undefined);
  expect(stored.map((a) => a.exact).sort()).toEqual(['الصين', 'بكين', 'شي']);
  expect([...problemsA, ...problemsB]).toEqual([]);
});

test("an article note written in one tab shows in the other once stored; the other tab's later edit is then what both show", async ({ page, context }) => {
  const problems = await openApp(page);
  const other = await context.newPage();
  problems.push(...(await openApp(other)));
  const note = (p: Page) => p.getByTestId('article-note').getByTestId('note-content');

  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('n');
  await expect(note(page)).toBeFocused();
  await page.keyboard.type('مصادر رسمية فقط');
  await expect(other.getByTestId('article-note')).toHaveAttribute('open');
  await expect(note(other)).toContainText('مصادر رسمية فقط');

  // The other tab edits after it: both show that edit, none keeps a text the library does not hold.
  await note(other).click();
  await other.keyboard.press('End');
  await other.keyboard.type(' ووكالة تاس');
  for (const p of [page, other]) await expect(note(p)).toContainText('مصادر رسمية فقط ووكالة تاس');
  await page.reload();
  await expect(note(page)).toContainText('مصادر رسمية فقط ووكالة تاس');
  expect(problems).toEqual([]);
});

test('an article imported in one tab is listed and found by the corpus search in the other', async ({ page, context }) => {
  const problems = await openApp(page);
  const other = await context.newPage();
  problems.push(...(await openApp(other)));
  await other.keyboard.press('Control+f');
  await other.getByRole('searchbox', { name: 'Search every article' }).fill('الزنجبيل');
  await expect(other.getByTestId('search-status')).toHaveText('No article contains “الزنجبيل”.');

  const dir = mkdtempSync(join(tmpdir(), 'isnad-two-tabs-'));
  const file = join(dir, 'ginger.txt');
  writeFileSync(file, utf8('تجارة التوابل\nارتفعت أسعار الزنجبيل في الأسواق.'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open files…' }).click();
  await (await chooser).setFiles(file);
  await expect(other.getByTestId('search-status')).toHaveText('1 hit in 1 article');
  await other.keyboard.press('Escape');
  await expect(other.locator('.article-item')).toHaveCount(6);
  expect(problems).toEqual([]);
});

test('a newer version of the library opened in another window closes this one with a message, never blocking it', async ({ page, context }) => {
  const problems = await openApp(page);
  // Wait for the search's worker too: its connection must let go as well.
  await page.keyboard.press('Control+f');
  await expect(page.locator('.search-status[data-phase="ready"]')).toBeAttached({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  const other = await context.newPage();
  await other.goto('/print.html'); // same origin, no app: a newer version opens the database from here
  const upgraded = await other.evaluate(async () => {
    const version = (await indexedDB.databases()).find((d) => d.name === 'isnad')!.version!;
    return new Promise<string>((resolve) => {
      const request = indexedDB.open('isnad', version + 1);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve(`opened ${request.result.version}`);
      };
      request.onerror = () => resolve(`error ${request.error?.message}`);
    });
  });
  expect(upgraded).toMatch(/^opened \d+$/);
  const notice = page.getByTestId('other-window');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('newer version');
  await expect(notice.getByRole('button', { name: 'Reload this window' })).toBeFocused();
  // Escape does not uncover a window that can no longer read or write.
  await page.keyboard.press('Escape');
  await expect(notice).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.article-item')).toHaveCount(5);
  await expect(notice).toHaveCount(0);
  // Dexie warns on the console as it closes; nothing else may go wrong.
  expect(problems.filter((p) => !p.includes('Another connection wants to upgrade'))).toEqual([]);
});
