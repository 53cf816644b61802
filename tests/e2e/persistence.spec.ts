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
  await expect.poll(() => page.evaluate(async () => {
    const req = indexedDB.open('isnad');
    const db = await new Promise<IDBDatabase>((resolve) => (req.onsuccess = () => resolve(req.result)));
    const rows = await new Promise<{ scrollTop: number }[]>((resolve) => {
      const get = db.transaction('readingPositions').objectStore('readingPositions').getAll();
      get.onsuccess = () => resolve(get.result);
    });
    db.close();
    return rows.map((r) => r.scrollTop);
  })).toContain(600);

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
