import { expect, test, type Page } from '@playwright/test';
import { charCentre, offsetOf, selectSpan } from './annotateSupport';
import { openApp } from './support';

const options = (page: Page, testId: string) => page.getByTestId(testId).locator('li[role="option"]');
const selected = (page: Page, testId: string) => page.getByTestId(testId).locator('li[aria-selected="true"]');

/** Tags `فلاديمير بوتين` as Person and `بوتين` inside it as Event: two annotations over one point. */
async function tagNestedPair(page: Page): Promise<number> {
  const phrase = 'فلاديمير بوتين';
  const at = await offsetOf(page, phrase);
  await selectSpan(page, at, at + phrase.length);
  await page.keyboard.press('1');
  await selectSpan(page, at + 'فلاديمير '.length, at + phrase.length);
  await page.keyboard.press('6');
  await expect(options(page, 'annotation-list')).toHaveCount(2);
  await page.keyboard.press('Escape');
  return at;
}

test('Home and End go to the first and last annotation of the panel’s list, and of the pick list', async ({ page }) => {
  const problems = await openApp(page);
  const at = await tagNestedPair(page);

  const panel = page.getByTestId('annotation-list');
  await panel.focus();
  await page.keyboard.press('End');
  await expect(selected(page, 'annotation-list')).toHaveId((await options(page, 'annotation-list').last().getAttribute('id'))!);
  await expect(panel).toHaveAttribute('aria-activedescendant', (await selected(page, 'annotation-list').getAttribute('id'))!);
  await page.keyboard.press('Home');
  await expect(selected(page, 'annotation-list')).toHaveId((await options(page, 'annotation-list').first().getAttribute('id'))!);

  // The pick list: End to the last entry, Enter picks it; ↑ from the first goes round to the last.
  const point = await charCentre(page, at + 'فلاديمير '.length + 2);
  await page.mouse.click(point.x, point.y);
  const pick = page.getByTestId('pick-list');
  await expect(options(page, 'pick-list')).toHaveCount(2);
  const last = (await options(page, 'pick-list').last().getAttribute('id'))!;
  await page.keyboard.press('End');
  await expect(pick).toHaveAttribute('aria-activedescendant', last);
  await page.keyboard.press('Home');
  await expect(pick).toHaveAttribute('aria-activedescendant', (await options(page, 'pick-list').first().getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(pick).toHaveAttribute('aria-activedescendant', last);
  const lastText = await options(page, 'pick-list').last().locator('bdi').textContent();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('annotation-details').locator('.details-exact')).toHaveText(lastText!);
  expect(problems).toEqual([]);
});
