import { expect, test } from '@playwright/test';
import { storedAnnotations } from './annotateSupport';
import { openApp } from './support';

test('Ctrl+A in the reader selects the article’s text, not the whole interface, and offers it for tagging', async ({ page }) => {
  const problems = await openApp(page);
  const text = await page.getByTestId('article-root').evaluate((root) => Array.from(root.children, (p) => p.textContent ?? '').join('\n'));
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Control+A');
  const selected = await page.evaluate(() => {
    const selection = getSelection()!;
    const outside = ['.toolbar', '.library', '.annotation-panel', '.reader-head'].filter((part) => selection.containsNode(document.querySelector(part)!, true));
    return { outside, text: selection.toString() };
  });
  expect(selected.outside).toEqual([]);
  // Paragraph breaks come out of the selection as blank lines; the words are the article's, all of them.
  expect(selected.text.replace(/\n+/g, '\n')).toBe(text.replace(/\n+/g, '\n'));
  await expect(page.getByTestId('tag-palette')).toBeInViewport();
  await page.keyboard.press('6');
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1);
  const [event] = await storedAnnotations(page);
  expect(event).toMatchObject({ tagId: 'event', start: 0, exact: text.replace(/[\s\p{P}]+$/u, '') });
  expect(problems).toEqual([]);
});

test('Ctrl+A in a note still selects the note’s own text', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('n');
  const note = page.getByTestId('article-note').getByTestId('note-content');
  await expect(note).toBeFocused();
  await page.keyboard.type('just this');
  await page.keyboard.press('Control+A');
  expect(await page.evaluate(() => getSelection()!.toString())).toBe('just this');
  await expect(page.getByTestId('tag-palette')).toHaveCount(0);
});
