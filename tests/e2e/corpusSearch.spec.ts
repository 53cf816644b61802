import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { utf8 } from '../support/encodings';
import { importData } from './dataExchangeSupport';
import { articleRoot, openApp } from './support';

const panel = (page: Page) => page.locator('.search-panel');
const box = (page: Page) => page.getByRole('searchbox', { name: 'Search every article' });
const groups = (page: Page) => panel(page).locator('.search-group');
const status = (page: Page) => page.getByTestId('search-status');
const position = (page: Page) => page.getByTestId('search-position');

/** The texts under one of the search's highlights in the reader. */
const marked = (page: Page, name: 'isnad-search-hit' | 'isnad-search-current') => page.evaluate((n) => Array.from(CSS.highlights.get(n) ?? [], (r) => (r as Range).toString()), name);

/** Lists every hit of every article shown (each lists its first few at first). */
async function showEveryHit(page: Page): Promise<void> {
  const more = panel(page).getByRole('button', { name: /Show every hit/ });
  while ((await more.count()) > 0) await more.first().click();
}

async function search(page: Page, query: string): Promise<void> {
  await box(page).fill(query);
  await expect(panel(page).locator('.search-results')).toHaveAttribute('data-query', query);
}

test('Ctrl+F searches the corpus with and without diacritics and clitics, grouped by article; Enter, F3 and their Shift move through hits across articles; Esc clears', async ({ page }) => {
  const problems = await openApp(page);
  await page.keyboard.press('Control+f');
  await expect(panel(page)).toBeVisible();
  await expect(box(page)).toBeFocused();
  await expect(status(page)).toHaveAttribute('data-phase', 'ready');

  // الصين finds والصين and للصين (the name marked without its clitic), never الصينية.
  await search(page, 'الصين');
  await expect(status(page)).toHaveText('40 hits in 5 articles');
  await expect(groups(page)).toHaveCount(5);
  // Most relevant first (the index's BM25); each article with its count.
  const counts = (await groups(page).locator('.search-group-count').allTextContents()).map((text) => Number(/\d+/.exec(text)![0]));
  expect([...counts].sort((a, b) => a - b)).toEqual([6, 6, 9, 9, 10]);
  // Each article lists its first hits; the rest on asking.
  await expect(groups(page).first().locator('.search-hit')).toHaveCount(5);
  await showEveryHit(page);
  await expect(panel(page).locator('.search-hit')).toHaveCount(40);
  const marks = await panel(page).locator('.search-hit mark').allTextContents();
  expect(new Set(marks)).toEqual(new Set(['الصين', 'لصين']));
  await expect(panel(page).locator('.search-hit', { hasText: 'والصين' }).first()).toBeVisible();

  // Diacritics, hamza forms and tanween make no difference, in the query or the text.
  await search(page, 'إعادةُ انتخابِه رئيساً');
  await expect(status(page)).toHaveText('2 hits in 1 article');
  await search(page, 'اعادة انتخابه رئيسا');
  await expect(status(page)).toHaveText('2 hits in 1 article');
  await expect(panel(page).locator('.search-hit mark')).toHaveText(['إعادة انتخابه رئيساً', 'إعادة انتخابه رئيساً']);
  // A clitic: بوتين finds لبوتين (and ببوتين); the mark is the name alone.
  await search(page, 'بوتين');
  await expect(status(page)).toHaveText('38 hits in 5 articles');
  await showEveryHit(page);
  const withClitic = panel(page)
    .locator('.search-hit')
    .filter({ hasText: /لبوتين/ })
    .first();
  await expect(withClitic.locator('mark')).toHaveText('بوتين');
  await search(page, 'بوتينة');
  await expect(status(page)).toHaveText('No article contains “بوتينة”.');

  // Enter opens the first hit: the article in the reader, every hit of the query marked there.
  await search(page, 'الصين');
  const firstTitle = (await groups(page).first().locator('.search-group-title bdi').textContent())!.trim();
  await page.keyboard.press('Enter');
  await expect(articleRoot(page)).toHaveAttribute('aria-label', firstTitle);
  await expect(position(page)).toHaveText(`Hit 1 of ${counts[0]} in this article, article 1 of 5`);
  await expect.poll(() => marked(page, 'isnad-search-hit')).toHaveLength(counts[0]!);
  expect(new Set(await marked(page, 'isnad-search-hit'))).toEqual(new Set(['الصين', 'لصين']));
  await expect.poll(() => marked(page, 'isnad-search-current')).toHaveLength(1);
  await expect(groups(page).first().locator('.search-hit').first()).toHaveAttribute('aria-current', 'true');

  // F3 (anywhere) and Enter in the box go on; their Shift goes back, across articles and round the end.
  await page.keyboard.press('F3');
  await expect(position(page)).toHaveText(`Hit 2 of ${counts[0]} in this article, article 1 of 5`);
  await page.keyboard.press('Shift+F3');
  await expect(position(page)).toHaveText(`Hit 1 of ${counts[0]} in this article, article 1 of 5`);
  await page.keyboard.press('Shift+Enter');
  await expect(position(page)).toHaveText(`Hit ${counts[4]} of ${counts[4]} in this article, article 5 of 5`);
  const lastTitle = (await groups(page).nth(4).locator('.search-group-title bdi').textContent())!.trim();
  await expect(articleRoot(page)).toHaveAttribute('aria-label', lastTitle);
  await expect.poll(() => marked(page, 'isnad-search-hit')).toHaveLength(counts[4]!);
  await page.keyboard.press('Enter');
  await expect(position(page)).toHaveText(`Hit 1 of ${counts[0]} in this article, article 1 of 5`);
  for (let i = 0; i < counts[0]!; i++) await page.keyboard.press('Enter');
  await expect(position(page)).toHaveText(`Hit 1 of ${counts[1]} in this article, article 2 of 5`);
  const secondTitle = (await groups(page).nth(1).locator('.search-group-title bdi').textContent())!.trim();
  await expect(articleRoot(page)).toHaveAttribute('aria-label', secondTitle);
  // The current hit is scrolled into the reader's view.
  const inView = await page.evaluate(() => {
    const range = CSS.highlights.get('isnad-search-current')!.values().next().value as Range;
    const rect = range.getBoundingClientRect();
    const view = document.querySelector('.reader-scroll')!.getBoundingClientRect();
    return rect.top >= view.top && rect.bottom <= view.bottom;
  });
  expect(inView).toBe(true);

  // A click on a hit opens it too.
  await groups(page).nth(2).locator('.search-hit').nth(3).click();
  await expect(position(page)).toHaveText(`Hit 4 of ${counts[2]} in this article, article 3 of 5`);

  // Escape closes the search, takes the marks off and gives the library back.
  await box(page).focus();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(page.locator('.library')).toBeVisible();
  await expect.poll(() => marked(page, 'isnad-search-hit')).toEqual([]);
  expect(await marked(page, 'isnad-search-current')).toEqual([]);
  // Ctrl+F again: the last query is still there.
  await page.keyboard.press('Control+f');
  await expect(box(page)).toHaveValue('الصين');
  expect(problems).toEqual([]);
});

test('a newly imported article is found at once; an article gone from the library is not; the index survives a reload', async ({ page }) => {
  const problems = await openApp(page);
  await page.keyboard.press('Control+f');
  await search(page, 'الزنجبيل');
  await expect(status(page)).toHaveText('No article contains “الزنجبيل”.');

  // Imported while the search is open: the results follow.
  const dir = mkdtempSync(join(tmpdir(), 'isnad-search-'));
  const file = join(dir, 'ginger.txt');
  writeFileSync(file, utf8('تجارة التوابل\nارتفعت أسعارُ الزَّنجبيلِ في الأسواق، وقال تاجر إن الطلب على الزنجبيل تضاعف.\nوللزنجبيل استخدامات كثيرة.'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open files…' }).click();
  await (await chooser).setFiles(file);
  await expect(status(page)).toHaveText('3 hits in 1 article');
  await expect(groups(page).first().locator('.search-group-title')).toContainText('تجارة التوابل');
  await expect(groups(page).first().locator('.search-hit mark')).toHaveText(['الزَّنجبيلِ', 'الزنجبيل', 'لزنجبيل']);

  // A data import (a brat text and its annotations) is merged into the library: the index follows it too.
  writeFileSync(join(dir, 'spices.txt'), utf8('أسواق الهيل\nارتفع سعرُ الهيلِ هذا العام، وقال تجار إن الهيل نادر.'));
  writeFileSync(join(dir, 'spices.ann'), utf8('T1\tPlace 0 5\tأسواق\n'));
  const merged = await importData(page, [join(dir, 'spices.txt'), join(dir, 'spices.ann')]);
  expect(merged.phase, merged.text).toBe('done');
  await search(page, 'هيل');
  await expect(status(page)).toHaveText('3 hits in 1 article');

  // After a reload the saved index is loaded (the article is not indexed again) and still finds it.
  const added = await articleIdOf(page, 'تجارة التوابل');
  await expect.poll(() => savedIndexIds(page), { timeout: 15_000 }).toContain(added);
  await expect.poll(() => savedIndexIds(page), { timeout: 15_000 }).toHaveLength(7);
  await page.reload();
  await expect(page.locator('.article-item')).toHaveCount(7);
  await page.keyboard.press('Control+f');
  await expect(status(page)).toHaveAttribute('data-phase', 'ready');
  await search(page, 'زنجبيل');
  await expect(status(page)).toHaveText('3 hits in 1 article');
  const phases = await page.evaluate(() => performance.getEntriesByName('isnad:search-index').map((m) => (m as PerformanceMark).detail as { phase: string; articles: number }));
  expect(phases.map((s) => s.phase)).not.toContain('indexing');
  expect(phases.at(-1)).toMatchObject({ phase: 'ready', articles: 7 });

  // The article's rows removed from storage (as a purge does): after the next start, not found.
  await page.keyboard.press('Escape');
  const id = await articleIdOf(page, 'تجارة التوابل');
  await page.evaluate(async (articleId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('isnad');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['articles', 'articleTexts', 'settings'], 'readwrite');
    tx.objectStore('articles').delete(articleId);
    tx.objectStore('articleTexts').delete(articleId);
    tx.objectStore('settings').delete('selectedArticleId');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, id);
  await page.reload();
  await expect(page.locator('.article-item')).toHaveCount(6);
  await page.keyboard.press('Control+f');
  await search(page, 'زنجبيل');
  await expect(status(page)).toHaveText('No article contains “زنجبيل”.');
  await search(page, 'الهيل');
  await expect(status(page)).toHaveText('3 hits in 1 article');
  await search(page, 'الصين');
  await expect(status(page)).toHaveText('40 hits in 5 articles');
  expect(problems).toEqual([]);
});

for (const [language, scheme] of [
  ['en', 'light'],
  ['ar', 'dark'],
] as const) {
  test(`axe finds no serious or critical violation in the search panel: ${language}, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const problems = await openApp(page);
    if (language === 'ar') {
      await page.getByRole('button', { name: 'العربية' }).click();
      await expect(page.locator('html[dir="rtl"]')).toHaveCount(1);
    }
    await page.keyboard.press('Control+f');
    await page.locator('#corpus-search').fill('لبوتين');
    await expect(panel(page).locator('.search-group')).toHaveCount(2);
    await page.keyboard.press('Enter');
    await expect(position(page)).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    expect(problems).toEqual([]);
  });
}

async function articleIdOf(page: Page, title: string): Promise<string> {
  const id = await page.evaluate(async (t) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('isnad');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<{ id: string; title: string }[]>((resolve) => {
      const get = db.transaction('articles').objectStore('articles').getAll();
      get.onsuccess = () => resolve(get.result as { id: string; title: string }[]);
    });
    db.close();
    return rows.find((r) => r.title === t)?.id ?? null;
  }, title);
  if (!id) throw new Error(`no article titled ${title}`);
  return id;
}

/** The articles the saved search index covers, read straight from IndexedDB. */
function savedIndexIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('isnad');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const row = await new Promise<{ value?: { ids?: string[] } } | undefined>((resolve) => {
      const get = db.transaction('searchIndex').objectStore('searchIndex').get('corpus');
      get.onsuccess = () => resolve(get.result as { value?: { ids?: string[] } } | undefined);
    });
    db.close();
    return row?.value?.ids ?? [];
  });
}
