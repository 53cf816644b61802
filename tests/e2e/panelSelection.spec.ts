import { expect, test, type Page } from '@playwright/test';
import { selectSpan } from './annotateSupport';
import { openApp } from './support';

const rows = (page: Page) => page.getByTestId('annotation-list').locator('li[role="option"]');

/** Tags the first `count` words of four letters or more as Place: enough rows to scroll the panel. */
async function tagManyWords(page: Page, count: number): Promise<void> {
  const text = await page.getByTestId('article-root').evaluate((root) => Array.from(root.children, (p) => p.textContent ?? '').join('\n'));
  const words = [...text.matchAll(/[\u0621-\u064A]{4,}/g)].slice(0, count);
  for (const word of words) {
    await selectSpan(page, word.index, word.index + word[0].length);
    await page.keyboard.press('3');
  }
  await expect(rows(page)).toHaveCount(count);
}

test('selecting an annotation far down the panel brings its details into view', async ({ page }) => {
  const problems = await openApp(page);
  await tagManyWords(page, 40);
  await page.keyboard.press('Escape');
  const panel = page.locator('.annotation-panel');
  await panel.evaluate((element) => (element.scrollTop = element.scrollHeight));
  const last = rows(page).last();
  const lastText = await last.locator('.ann-exact').textContent();
  await last.click();
  const details = page.getByTestId('annotation-details');
  await expect(details.locator('.details-exact')).toHaveText(lastText!);
  await expect(details).toBeInViewport();
  // Moving through the list with the keyboard keeps the details in view.
  await panel.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await page.getByTestId('annotation-list').focus();
  await page.keyboard.press('ArrowUp');
  await expect(details.locator('.details-exact')).not.toHaveText(lastText!);
  await expect(details).toBeInViewport();
  expect(problems).toEqual([]);
});
