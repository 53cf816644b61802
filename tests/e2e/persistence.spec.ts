import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { articleRoot, libraryItems, openApp } from './support';

test('the interface switches to Arabic, mirrors, and stays Arabic after a reload', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('button', { name: 'فتح مجلد…' })).toBeVisible();
  await expect(page.locator('.library h2')).toHaveText('المكتبة');
  // Mirrored: the library now sits on the right of the reader.
  const library = await page.locator('.library').boundingBox();
  const reader = await page.locator('.reader').boundingBox();
  expect(library!.x).toBeGreaterThan(reader!.x);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  await page.keyboard.press('Control+Shift+L');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('button', { name: 'Open folder…' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('reload restores the selected article, its scroll position, font size and direction override', async ({ page }) => {
  await openApp(page);
  await libraryItems(page).nth(1).click();
  await expect(articleRoot(page)).toContainText('المستقلة');
  const scroller = page.getByTestId('reader-scroll');
  await scroller.evaluate((el) => (el.scrollTop = 600));
  await page.keyboard.press('Control+Equal');
  await page.getByRole('combobox', { name: 'Text direction' }).selectOption('ltr');
  await expect(articleRoot(page)).toHaveCSS('direction', 'ltr');
  // Let the debounced scroll write land, as an analyst pausing would.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const req = indexedDB.open('isnad');
        const db = await new Promise<IDBDatabase>((resolve) => (req.onsuccess = () => resolve(req.result)));
        const rows = await new Promise<{ scrollTop: number }[]>((resolve) => {
          const get = db.transaction('readingPositions').objectStore('readingPositions').getAll();
          get.onsuccess = () => resolve(get.result);
        });
        db.close();
        return rows.map((r) => r.scrollTop);
      }),
    )
    .toContain(600);

  await page.reload();
  await expect(libraryItems(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(articleRoot(page)).toContainText('المستقلة');
  await expect(articleRoot(page)).toHaveCSS('direction', 'ltr');
  await expect(page.getByRole('combobox', { name: 'Text direction' })).toHaveValue('ltr');
  await expect(page.getByTestId('reader-scroll')).toHaveCSS('font-size', '22px');
  await expect.poll(() => page.getByTestId('reader-scroll').evaluate((el) => el.scrollTop)).toBe(600);

  // Ctrl+Shift+X flips back to the detected direction (clearing the override).
  await page.keyboard.press('Control+Shift+X');
  await expect(articleRoot(page)).toHaveCSS('direction', 'rtl');
  await expect(page.getByRole('combobox', { name: 'Text direction' })).toHaveValue('auto');
});

test('the sample corpus is seeded once: a reload does not re-import it', async ({ page }) => {
  await openApp(page);
  await page.reload();
  await expect(libraryItems(page)).toHaveCount(5);
  await page.waitForTimeout(300);
  await expect(libraryItems(page)).toHaveCount(5);
});

test('a long article lays out lazily, and a reload returns to the same paragraph', async ({ page }) => {
  const problems = await openApp(page);
  // 400 numbered paragraphs of sample sentences: about 120,000 characters, over the lazy-layout threshold.
  const sentence = 'وصل الرئيس الروسي إلى الصين، الخميس، في زيارة دولة تستغرق يومين يلتقي خلالها نظيره شي جين بينغ';
  const lines = Array.from({ length: 400 }, (_, i) => `فقرة ${i + 1}: ${sentence} ${sentence} ${sentence}.`);
  const dir = mkdtempSync(join(tmpdir(), 'isnad-long-'));
  writeFileSync(join(dir, 'long.txt'), `مقال طويل للاختبار\n${lines.join('\n')}\n`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open files…' }).click();
  await (await chooser).setFiles(join(dir, 'long.txt'));
  await libraryItems(page).filter({ hasText: 'مقال طويل للاختبار' }).click();
  await expect(articleRoot(page)).toHaveAttribute('data-lazy', 'true');
  await expect(articleRoot(page).locator('p').nth(1)).toHaveCSS('content-visibility', 'auto');
  // Scroll so paragraph 250 is at the top, and let the position be written.
  const scroller = page.getByTestId('reader-scroll');
  const topText = () =>
    scroller.evaluate((el) => {
      const view = el.getBoundingClientRect();
      const hit = document.elementFromPoint(view.left + view.width / 2, view.top + 40);
      return hit?.closest('p')?.textContent?.slice(0, 10) ?? '';
    });
  await articleRoot(page)
    .locator('p')
    .nth(250)
    .evaluate((p) => p.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(200);
  const before = await topText();
  expect(before).toMatch(/^فقرة 2[45]\d/);
  await page.waitForTimeout(400);
  await page.reload();
  await expect(articleRoot(page)).toHaveAttribute('data-lazy', 'true');
  await expect.poll(topText).toBe(before);
  expect(problems).toEqual([]);
});
