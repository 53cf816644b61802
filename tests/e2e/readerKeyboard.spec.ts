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
  await expect
    .poll(() => tagsAndTexts(page))
    .toEqual([
      ['person', 'بوتين'],
      ['person', 'شي جينغ بين'],
    ]);
  for (let i = 0; i < 7; i++) await page.keyboard.press('Control+ArrowLeft'); // يعلنان عن خطط لتعزيز العلاقات العسكرية في
  await page.keyboard.press('Shift+Control+ArrowLeft'); // بكين
  await page.keyboard.press('3');
  await expect
    .poll(() => tagsAndTexts(page))
    .toEqual([
      ['person', 'بوتين'],
      ['person', 'شي جينغ بين'],
      ['place', 'بكين'],
    ]);
  expect(problems).toEqual([]);
});

/** The painted caret: its text offset and its box on screen, once shown. */
async function caret(page: Page): Promise<{ offset: number; top: number; left: number; height: number } | null> {
  const bar = page.getByTestId('reader-caret');
  if (!(await bar.isVisible())) return null;
  const offset = Number(await bar.getAttribute('data-offset'));
  const box = (await bar.boundingBox())!;
  return { offset, top: box.y, left: box.x, height: box.height };
}

const articleText = (page: Page) => page.getByTestId('article-root').evaluate((root) => Array.from(root.children, (p) => p.textContent ?? '').join('\n'));

test('the caret is painted, kept after a tag and after Escape, and a word three paragraphs down is tagged in 7 presses', async ({ page }) => {
  await openApp(page);
  await openSecondArticle(page);
  const text = await articleText(page);
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await page.keyboard.press('1');
  // After the tag the caret sits at its end, painted while the reader has the focus.
  await expect.poll(() => caret(page)).toMatchObject({ offset: 'بوتين'.length });
  await page.keyboard.press('Escape');
  await expect.poll(() => caret(page)).toMatchObject({ offset: 'بوتين'.length });
  // Escape with a selection open cancels it and keeps the caret at the selection's moving end.
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await expect(page.getByTestId('tag-palette')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tag-palette')).toHaveCount(0);
  await expect.poll(() => caret(page)).toMatchObject({ offset: 'بوتين و'.length });
  // Focus elsewhere hides the caret; back in the reader it is where it was.
  await page.getByRole('button', { name: 'Larger text' }).focus();
  await expect(page.getByTestId('reader-caret')).toBeHidden();
  await page.getByTestId('reader-scroll').focus();
  await expect.poll(() => caret(page)).toMatchObject({ offset: 'بوتين و'.length });

  // روسيا is the third word of the fourth line: paragraph ×3, word ×2, select a word, tag.
  const presses = ['Control+ArrowDown', 'Control+ArrowDown', 'Control+ArrowDown', 'Control+ArrowLeft', 'Control+ArrowLeft', 'Shift+Control+ArrowLeft', '3'];
  for (const key of presses) await page.keyboard.press(key);
  expect(presses.length).toBeLessThan(10);
  const russia = text.indexOf('روسيا');
  await expect
    .poll(() => tagsAndTexts(page))
    .toEqual([
      ['person', 'بوتين'],
      ['place', 'روسيا'],
    ]);
  expect((await storedAnnotations(page))[1]!.start).toBe(russia);
});

test('Up/Down move the caret by line, Home/End to the line’s ends, PageDown by a screen, Ctrl+Home/End to the article’s ends', async ({ page }) => {
  await openApp(page);
  await openSecondArticle(page);
  const text = await articleText(page);
  const fourth = text.indexOf('المستقلة/-');
  const fourthEnd = text.indexOf('\n', fourth);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+ArrowDown');
  await expect.poll(() => caret(page)).toMatchObject({ offset: fourth });
  const first = (await caret(page))!;
  // The fourth line wraps: Down goes to its next screen line, not the next paragraph.
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await caret(page))?.top ?? 0).toBeGreaterThan(first.top + first.height / 2);
  const second = (await caret(page))!;
  expect(second.offset).toBeGreaterThan(fourth);
  expect(second.offset).toBeLessThan(fourthEnd);
  // Home and End stay on that screen line: in right-to-left text its start is on the right.
  await page.keyboard.press('End');
  await expect.poll(async () => (await caret(page))?.offset).toBeGreaterThan(second.offset);
  const end = (await caret(page))!;
  expect(Math.abs(end.top - second.top)).toBeLessThan(4);
  await page.keyboard.press('Home');
  await expect.poll(async () => (await caret(page))?.offset).toBeLessThan(second.offset + 1);
  const home = (await caret(page))!;
  expect(Math.abs(home.top - second.top)).toBeLessThan(4);
  expect(home.left).toBeGreaterThan(end.left);
  expect(home.offset).toBeGreaterThan(fourth);
  // Up goes back to the first screen line.
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => Math.abs(((await caret(page))?.top ?? 0) - first.top)).toBeLessThan(4);

  // PageDown scrolls about a screen and takes the caret with it, still on screen.
  const scroller = page.getByTestId('reader-scroll');
  const before = await scroller.evaluate((el) => el.scrollTop);
  const offsetBefore = (await caret(page))!.offset;
  await page.keyboard.press('PageDown');
  const viewHeight = await scroller.evaluate((el) => el.clientHeight);
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(before + viewHeight / 2);
  await expect.poll(async () => (await caret(page))?.offset ?? 0).toBeGreaterThan(offsetBefore + 200);
  const view = (await scroller.boundingBox())!;
  const paged = (await caret(page))!;
  expect(paged.top).toBeGreaterThanOrEqual(view.y);
  expect(paged.top + paged.height).toBeLessThanOrEqual(view.y + view.height);

  await page.keyboard.press('Control+End');
  await expect.poll(async () => (await caret(page))?.offset).toBe(text.length);
  const last = (await caret(page))!;
  expect(last.top).toBeGreaterThanOrEqual(view.y);
  expect(last.top + last.height).toBeLessThanOrEqual(view.y + view.height);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(before + 2 * viewHeight);
  // Shift+Ctrl+→ selects the last word backwards; Escape keeps the caret at the moving end.
  await page.keyboard.press('Shift+Control+ArrowRight');
  await expect(page.getByTestId('tag-palette')).toBeVisible();
  await page.keyboard.press('Control+Home');
  await expect(page.getByTestId('tag-palette')).toHaveCount(0);
  await expect.poll(async () => (await caret(page))?.offset).toBe(0);
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
});

test('resizing the selected annotation by keys only happens in resize mode (R), which shows, by letter or by word with Ctrl', async ({ page }) => {
  await openApp(page);
  await openSecondArticle(page);
  await page.keyboard.press('Control+ArrowLeft'); // after بوتين
  await page.keyboard.press('Control+ArrowLeft'); // after و
  await page.keyboard.press('Shift+Control+ArrowLeft'); // شي
  await page.keyboard.press('1');
  await expect(page.getByTestId('annotation-details')).toContainText('شي');
  // Without the mode, Shift+arrows select from the caret and never resize the tag just made.
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await page.keyboard.press('Escape');
  await expect.poll(() => tagsAndTexts(page)).toEqual([['person', 'شي']]);
  // Pick it again (a click), then R: the mode shows above the text and on the handles.
  const box = await page.getByTestId('article-root').evaluate((root) => {
    const node = root.children[0]!.querySelector('[data-lexical-text]')!.firstChild!;
    const r = document.createRange();
    const at = (node.textContent ?? '').indexOf('شي');
    r.setStart(node, at);
    r.setEnd(node, at + 1);
    const rect = r.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  await expect(page.getByTestId('annotation-details')).toContainText('شي');
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('r');
  await expect(page.getByTestId('resize-mode')).toContainText(/^Resizing “\u2068شي\u2069”: Shift\+←\/→ its end, Alt\+Shift\+←\/→ its start/);
  await expect(page.getByTestId('resize-handle-end')).toHaveClass(/keyboard/);
  await expect(page.getByRole('button', { name: 'Resize with the keyboard (R)' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+Control+ArrowLeft'); // the end a word on
  await expect.poll(() => tagsAndTexts(page)).toEqual([['person', 'شي جينغ']]);
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await expect.poll(() => tagsAndTexts(page)).toEqual([['person', 'شي جينغ بين']]);
  await page.keyboard.press('Alt+Shift+Control+ArrowRight'); // the start a word back
  await expect.poll(() => tagsAndTexts(page)).toEqual([['person', 'و شي جينغ بين']]);
  await page.keyboard.press('Alt+Shift+Control+ArrowLeft'); // and on again
  await expect.poll(() => tagsAndTexts(page)).toEqual([['person', 'شي جينغ بين']]);
  await page.keyboard.press('Shift+ArrowRight'); // the end a letter back
  await expect.poll(() => tagsAndTexts(page)).toEqual([['person', 'شي جينغ بي']]);
  // Escape ends the mode; the annotation stays selected, and Shift+arrows select text again.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('resize-mode')).toHaveCount(0);
  await expect(page.getByTestId('annotation-details')).toContainText('شي جينغ بي');
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await expect(page.getByTestId('tag-palette')).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await tagsAndTexts(page)).toEqual([['person', 'شي جينغ بي']]);
});
