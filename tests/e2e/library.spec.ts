import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { articleRoot, libraryItems, openApp } from './support';

const corpusDir = join(__dirname, '../../resources/corpus');
const corpus = readdirSync(corpusDir)
  .sort()
  .map((name) => ({ name, text: readFileSync(join(corpusDir, name), 'utf8') }));

test('first start shows the bundled sample corpus with titles, files, lengths and counts', async ({ page }) => {
  const problems = await openApp(page);
  for (const [i, { name, text }] of corpus.entries()) {
    const item = libraryItems(page).nth(i);
    await expect(item.locator('.article-title')).toHaveText(
      text
        .split('\n')
        .find((l) => l.trim())!
        .trim(),
    );
    await expect(item.locator('.article-file')).toHaveText(name);
    await expect(item.locator('.article-length')).toHaveText(`${text.replace(/\r\n?/g, '\n').length.toLocaleString('en')} characters`);
    await expect(item.locator('.article-annotations')).toHaveText('0 annotations');
  }
  expect(problems).toEqual([]);
});

test('the reader shows an article right-to-left, one paragraph per line, in the bundled font', async ({ page }) => {
  const problems = await openApp(page);
  await libraryItems(page).nth(1).click();
  const root = articleRoot(page);
  await expect(root).toHaveCSS('direction', 'rtl');
  const text = corpus[1]!.text.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  await expect(root.locator('p')).toHaveCount(lines.length);
  // The paragraphs hold exactly the normalised text (the basis of every stored offset).
  const shown = await root.locator('p').evaluateAll((ps) => ps.map((p) => p.textContent ?? ''));
  expect(shown.join('\n')).toBe(text);
  // A paragraph that starts with Latin letters still runs right-to-left inside an Arabic article.
  await expect(root.locator('p').first()).toHaveCSS('direction', 'rtl');
  const font = await root.evaluate(async (el) => {
    await document.fonts.ready;
    return { family: getComputedStyle(el).fontFamily, loaded: document.fonts.check('20px "Noto Naskh Arabic"', 'بوتين') };
  });
  expect(font.family).toContain('Noto Naskh Arabic');
  expect(font.loaded).toBe(true);
  expect(problems).toEqual([]);
});

test('a Latin name and a number inside an Arabic sentence stay where a reader expects', async ({ page }) => {
  await openApp(page);
  await libraryItems(page).nth(4).click();
  // Corpus article 004 has "الرئيس الروسي فلاديمير بوتين ... - REUTERS": the Latin word must sit at
  // the visual end (left) of its right-to-left line, after the Arabic that precedes it logically.
  const line = articleRoot(page).locator('p', { hasText: 'REUTERS' }).first();
  const boxes = await line.evaluate((p) => {
    const text = p.textContent ?? '';
    const range = document.createRange();
    const node = p.querySelector('span')!.firstChild!;
    const at = (word: string) => {
      const i = text.indexOf(word);
      range.setStart(node, i);
      range.setEnd(node, i + word.length);
      return range.getBoundingClientRect().x;
    };
    return { reuters: at('REUTERS'), arabic: at('الرئيس'), right: p.getBoundingClientRect().right };
  });
  expect(boxes.reuters).toBeLessThan(boxes.arabic);
});

test('the title filter ignores diacritics, alef forms and ta marbuta', async ({ page }) => {
  await openApp(page);
  const filter = page.getByRole('searchbox');
  // Title 000 is "الأولى بعد إعادة انتخابه رئيساً..": typed without hamza or tanween it still matches.
  await filter.fill('اعاده انتخابه رئيسا');
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(libraryItems(page).first()).toContainText('الأولى بعد إعادة');
  await filter.fill('الصين');
  await expect(libraryItems(page)).toHaveCount(2);
  await filter.fill('لا يوجد شيء كهذا');
  await expect(libraryItems(page)).toHaveCount(0);
  await expect(page.locator('.library-empty')).toContainText('لا يوجد شيء كهذا');
  await filter.press('Escape');
  await expect(libraryItems(page)).toHaveCount(5);
});

test('keyboard: / focuses the filter, arrows move through articles, Ctrl+= grows the text', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox', { name: 'Library' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(libraryItems(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(libraryItems(page).nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(articleRoot(page).locator('p').first()).toHaveText(corpus[2]!.text.split('\n')[0]!);
  const size = () => page.getByTestId('reader-scroll').evaluate((el) => getComputedStyle(el).fontSize);
  expect(await size()).toBe('20px');
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Equal');
  await expect.poll(size).toBe('24px');
  await page.keyboard.press('Control+Minus');
  await expect.poll(size).toBe('22px');
});
