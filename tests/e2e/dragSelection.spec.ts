import { expect, test, type Page } from '@playwright/test';
import { charRect, offsetOf, selectSpan, storedAnnotations } from './annotateSupport';
import { openApp } from './support';

type Point = { x: number; y: number };

/**
 * The screen point just inside the start edge of the character at `offset` (its right edge in
 * right-to-left text), so a press there puts the caret before it. Whole pixels: Chromium does
 * not start a drag selection from a press at a fractional position (measured: the selection then
 * collapses onto the pointer at every move).
 */
async function startEdgeOf(page: Page, offset: number): Promise<Point> {
  const rect = await charRect(page, offset);
  // A quarter of the way in from the start edge: close enough to the edge to put the caret
  // before the letter, whatever the letter's width in the font.
  return { x: Math.floor(rect.right - Math.min(2, rect.width / 4)), y: Math.round(rect.y + rect.height / 2) };
}

/** Drags with the real mouse, in steps, as a hand would. */
async function drag(page: Page, from: Point, to: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(Math.round((from.x + to.x) / 2), Math.round((from.y + to.y) / 2), { steps: 5 });
  await page.mouse.move(Math.round(to.x), Math.round(to.y), { steps: 5 });
  await page.mouse.up();
}

/** Tags what the palette offers as Organisation (2) and returns the stored text of that tag. */
async function tagOffered(page: Page): Promise<string> {
  await expect(page.getByTestId('tag-palette')).toBeVisible();
  await page.keyboard.press('2');
  await expect.poll(async () => (await storedAnnotations(page)).some((a) => a.tagId === 'organisation')).toBe(true);
  return (await storedAnnotations(page)).find((a) => a.tagId === 'organisation')!.exact;
}

// The first line of the first sample is one screen line: "الأولى بعد إعادة انتخابه رئيساً.. بوتين في الصين مجدداً ؟!"

test('a drag past the end of a line, inside the text column, ends at the line’s end', async ({ page }) => {
  const problems = await openApp(page);
  const from = await startEdgeOf(page, await offsetOf(page, 'بوتين'));
  const root = (await page.getByTestId('article-root').boundingBox())!;
  await drag(page, from, { x: root.x + 3, y: from.y });
  expect(await tagOffered(page)).toBe('بوتين في الصين مجدداً');
  expect(problems).toEqual([]);
});

test('a drag that ends in the margin beside a line ends at that line’s end, not further', async ({ page }) => {
  const problems = await openApp(page);
  const from = await startEdgeOf(page, await offsetOf(page, 'بوتين'));
  const scroller = (await page.getByTestId('reader-scroll').boundingBox())!;
  await drag(page, from, { x: scroller.x + 4, y: from.y });
  expect(await page.evaluate(() => getSelection()!.toString())).toBe('بوتين في الصين مجدداً ؟!');
  expect(await tagOffered(page)).toBe('بوتين في الصين مجدداً');
  expect(problems).toEqual([]);
});

test('a drag that ends on a resize handle ends where the handle stands', async ({ page }) => {
  const problems = await openApp(page);
  const china = await offsetOf(page, 'الصين');
  await selectSpan(page, china, china + 'الصين'.length);
  await page.keyboard.press('3'); // Place, selected: its handles show
  const handle = page.getByTestId('resize-handle-end');
  await expect(handle).toBeVisible();
  const box = (await handle.boundingBox())!;
  const from = await startEdgeOf(page, await offsetOf(page, 'بوتين'));
  await drag(page, from, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  expect(await tagOffered(page)).toBe('بوتين في الصين');
  // The handle was not dragged: the Place keeps its span.
  expect((await storedAnnotations(page)).find((a) => a.tagId === 'place')!.exact).toBe('الصين');
  expect(problems).toEqual([]);
});

test('a drag that leaves the reader ends at the text nearest the pointer', async ({ page }) => {
  const problems = await openApp(page);
  const from = await startEdgeOf(page, await offsetOf(page, 'بوتين'));
  const library = (await page.locator('.library').boundingBox())!;
  // Left, past the line's end and out of the reader, over the library list.
  await drag(page, from, { x: library.x + library.width / 2, y: from.y });
  expect(await page.evaluate(() => getSelection()!.toString())).toBe('بوتين في الصين مجدداً ؟!');
  expect(await tagOffered(page)).toBe('بوتين في الصين مجدداً');
  expect(problems).toEqual([]);
});
