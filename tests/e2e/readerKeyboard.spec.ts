import { expect, test, type Page } from '@playwright/test';
import { storedAnnotations } from './annotateSupport';
import { openApp } from './support';

/** Opens the second sample article ("بوتين و شي جينغ بين ...") from the library and gives the reader the keyboard. */
async function openSecondArticle(page: Page): Promise<void> {
  await page.locator('.article-item').nth(1).click();
  await expect(page.getByTestId('article-root')).toContainText('بوتين و شي جينغ بين يعلنان');
  await page.getByTestId('reader-scroll').focus();
}

const tagsAndTexts = async (page: Page) => (await storedAnnotations(page)).map((a) => [a.tagId, a.exact]);

test('issue 10: after a tag, the selection keys start a new selection from the caret; they never resize the tag just made', async ({ page }) => {
  const problems = await openApp(page);
  await openSecondArticle(page);
  await page.keyboard.press('Shift+Control+ArrowLeft'); // بوتين
  await page.keyboard.press('1');
  await expect.poll(() => tagsAndTexts(page)).toEqual([['person', 'بوتين']]);
  await page.keyboard.press('Control+ArrowLeft'); // past و
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Control+ArrowLeft'); // شي جينغ بين
  await page.keyboard.press('1');
  await expect.poll(() => tagsAndTexts(page)).toEqual([['person', 'بوتين'], ['person', 'شي جينغ بين']]);
  for (let i = 0; i < 7; i++) await page.keyboard.press('Control+ArrowLeft'); // يعلنان عن خطط لتعزيز العلاقات العسكرية في
  await page.keyboard.press('Shift+Control+ArrowLeft'); // بكين
  await page.keyboard.press('3');
  await expect.poll(() => tagsAndTexts(page)).toEqual([['person', 'بوتين'], ['person', 'شي جينغ بين'], ['place', 'بكين']]);
  expect(problems).toEqual([]);
});
