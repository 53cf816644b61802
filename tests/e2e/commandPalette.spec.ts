import { expect, test, type Page } from '@playwright/test';
import { offsetOf, selectSpan, storedAnnotations } from './annotateSupport';
import { openApp } from './support';

const palette = (page: Page, name = 'Commands') => page.getByRole('dialog', { name });
const options = (page: Page) => page.getByTestId('command-palette').getByRole('option');
const fontSize = (page: Page) => page.getByTestId('reader-scroll').evaluate((el) => getComputedStyle(el).fontSize);

test('Ctrl+K finds a command by English or Arabic words, diacritics aside, and Enter runs it', async ({ page }) => {
  const problems = await openApp(page);
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  const search = palette(page).getByRole('combobox');
  await expect(search).toBeFocused();
  // Everything that applies here, each with its keys.
  await expect(options(page).filter({ hasText: 'Export report or data…' })).toContainText('Ctrl+E');
  await expect(options(page).filter({ hasText: 'Switch language' })).toContainText('Ctrl+Shift+L');
  expect(await options(page).count()).toBeGreaterThan(5);

  await page.keyboard.type('export');
  await expect(options(page)).toHaveText(['Export report or data…Ctrl+E']);
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toHaveCount(0);
  const exportDialog = page.getByRole('dialog', { name: 'Export a report' });
  await expect(exportDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(exportDialog).toHaveCount(0);

  // An Arabic word in the English interface: "تكبير" is the Arabic label of Larger text.
  expect(await fontSize(page)).toBe('20px');
  await page.keyboard.press('Control+k');
  // Where the focus went back to after the dialog decides which commands apply; the one sought is among them.
  await expect(options(page).filter({ hasText: 'Larger text' })).toHaveCount(1);
  await page.keyboard.type('تكبير');
  await expect(options(page).first()).toHaveText('Larger textCtrl+=');
  await page.keyboard.press('Enter');
  await expect.poll(() => fontSize(page)).toBe('22px');

  // With diacritics typed, and ↓ to choose the second of two.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('تَصْغِير النَّص');
  await expect(options(page)).toHaveText(['Smaller textCtrl+-']);
  await search.fill('text');
  await expect(options(page)).toHaveText(['Larger textCtrl+=', 'Smaller textCtrl+-', 'Toggle text directionCtrl+Shift+X']);
  await page.keyboard.press('ArrowDown');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', 'command-font-smaller');
  await page.keyboard.press('Enter');
  await expect.poll(() => fontSize(page)).toBe('20px');
  expect(problems).toEqual([]);
});

test('the palette offers what applies where the focus is, runs it there, and Escape gives the focus back', async ({ page }) => {
  const problems = await openApp(page);
  const at = await offsetOf(page, 'بكين');
  await selectSpan(page, at, at + 4);
  await page.keyboard.press('3');
  await expect(page.getByTestId('annotation-details')).toBeVisible();
  const reader = page.getByTestId('reader-scroll');
  await reader.focus();
  await page.keyboard.press('Control+k');
  await expect(options(page).filter({ hasText: 'Delete the selected annotation' })).toContainText('Delete');
  await page.keyboard.type('delete');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(0);
  await expect(reader).toBeFocused();

  // Nothing is selected now: there is nothing to delete, and the palette says so.
  await page.keyboard.press('Control+k');
  await expect(options(page).filter({ hasText: 'Open the note' })).toHaveCount(1);
  await page.keyboard.type('delete');
  await expect(options(page)).toHaveCount(0);
  await expect(palette(page)).toContainText('No command here matches “delete”.');
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);
  await expect(reader).toBeFocused();

  // From the article list: its commands, not the reader's.
  await page.locator('.article-list').focus();
  await page.keyboard.press('Control+k');
  await expect(options(page).filter({ hasText: 'Open the note' })).toHaveCount(0);
  await page.keyboard.type('tick');
  await page.keyboard.press('Enter');
  await expect(page.locator('.article-item[aria-checked="true"]')).toHaveCount(1);
  await expect(page.locator('.article-list')).toBeFocused();

  // In Arabic, found by an English word too.
  await page.keyboard.press('Control+Shift+L');
  await expect(page.locator('html[dir="rtl"]')).toHaveCount(1);
  await page.keyboard.press('Control+k');
  await expect(palette(page, 'الأوامر')).toBeVisible();
  await page.keyboard.type('export');
  await expect(options(page)).toHaveText(['تصدير تقرير أو بيانات…Ctrl+E']);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'تصدير تقرير' })).toBeVisible();
  // A dialog has its keys to itself: Ctrl+K does not open the palette over it.
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('command-palette')).toHaveCount(0);
  expect(problems).toEqual([]);
});
