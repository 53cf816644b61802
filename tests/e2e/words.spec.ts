/** Counts read as words in both interfaces, and Latin inside Arabic is set in the sans companion font. */
import { expect, test, type Page } from '@playwright/test';
import { selectSpan, offsetOf } from './annotateSupport';
import { articleRoot, libraryItems, openApp } from './support';

const count = (page: Page) => page.locator('.library-count');
const panelHeading = (page: Page) => page.locator('.annotation-panel h2');

async function tag(page: Page, word: string, key: string) {
  const at = await offsetOf(page, word);
  await selectSpan(page, at, at + word.length);
  await page.keyboard.press(key);
}

/** The fonts Chromium actually drew an element's text with (DevTools' "Rendered fonts"), by family. */
async function renderedFonts(page: Page, selector: string, hasText: string): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll(${JSON.stringify(selector)})].find((e) => e.textContent.includes(${JSON.stringify(hasText)}))`,
    });
    const { nodeId } = await cdp.send('DOM.requestNode', { objectId: result.objectId! });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return Object.fromEntries(fonts.map((f) => [f.familyName, f.glyphCount]));
  } finally {
    await cdp.detach();
  }
}

test('counts are words that agree with their number, in English and in Arabic', async ({ page }) => {
  const problems = await openApp(page);
  await expect(count(page)).toHaveText('5 of 5 articles');
  await expect(panelHeading(page)).toHaveText('No annotations');
  await tag(page, 'فلاديمير بوتين', '1');
  await expect(panelHeading(page)).toHaveText('1 annotation');
  await expect(libraryItems(page).first().locator('.article-annotations')).toHaveText('1 annotation');
  await tag(page, 'بكين', '3');
  await expect(panelHeading(page)).toHaveText('2 annotations');
  await expect(libraryItems(page).first().locator('.article-annotations')).toHaveText('2 annotations');
  await page.getByRole('searchbox').fill('الصين');
  await expect(count(page)).toHaveText('2 of 5 articles');
  await page.getByRole('searchbox').fill('اعاده انتخابه');
  await expect(count(page)).toHaveText('1 of 5 articles');
  await page.getByRole('searchbox').fill('');
  await libraryItems(page)
    .nth(1)
    .click({ modifiers: ['Control'] });
  await expect(count(page)).toContainText('5 of 5 articles · 1 ticked');

  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(count(page)).toContainText('5 من 5 مقالات · مقالة واحدة محددة');
  await libraryItems(page)
    .nth(2)
    .click({ modifiers: ['Control'] });
  await expect(count(page)).toContainText('5 من 5 مقالات · مقالتان محددتان');
  await libraryItems(page)
    .nth(3)
    .click({ modifiers: ['Control'] });
  await expect(count(page)).toContainText('3 مقالات محددة');
  await expect(panelHeading(page)).toHaveText('تعليقان');
  await expect(libraryItems(page).first().locator('.article-annotations')).toHaveText('تعليقان');
  await expect(libraryItems(page).nth(1).locator('.article-annotations')).toHaveText('لا تعليقات');
  await page.getByRole('searchbox').fill('اعاده انتخابه');
  await expect(count(page)).toContainText('1 من 5 مقالات');
  // 3,098 characters: 98 takes the "many" form (حرفًا), with the interface's Latin digits.
  await expect(page.locator('.reader-meta')).toContainText('3,098 حرفًا');
  await page.getByRole('button', { name: 'تصدير تقرير أو بيانات…' }).click();
  await expect(page.getByRole('dialog')).toContainText('المقالات المحددة في المكتبة (3)');
  await expect(page.getByRole('dialog')).toContainText('المدوّنة كلها (5 مقالات)');
  expect(problems).toEqual([]);
});

test('A+ and A− read left to right in the Arabic interface', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  for (const name of ['تكبير النص', 'تصغير النص']) {
    const order = await page.getByRole('button', { name }).evaluate((button) => {
      const text = document.createTreeWalker(button, NodeFilter.SHOW_TEXT).nextNode() as Text;
      const x = (i: number) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect().x;
      };
      return { text: text.data, a: x(0), sign: x(1) };
    });
    expect(order.a, `${order.text}: the A is drawn left of the sign`).toBeLessThan(order.sign);
  }
});

test('Latin letters and digits inside Arabic are set in Noto Sans, the bundled companion, not a serif', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await libraryItems(page).nth(4).click();
  await expect(articleRoot(page)).toContainText('REUTERS');
  const stacks = await page.evaluate(async () => {
    await document.fonts.ready;
    const family = (selector: string) => getComputedStyle(document.querySelector(selector)!).fontFamily;
    return {
      loaded: document.fonts.check('16px "Noto Sans"', 'A') && document.fonts.check('16px "Noto Naskh Arabic"', 'ب'),
      reader: family('[data-testid="article-root"]'),
      body: family('body'),
      file: family('.article-file'),
    };
  });
  expect(stacks.loaded).toBe(true);
  for (const [where, stack] of Object.entries({ reader: stacks.reader, body: stacks.body, file: stacks.file })) {
    const names = stack.split(',').map((s) => s.trim().replace(/^"|"$/g, ''));
    expect(names.indexOf('Noto Sans'), `${where}: ${stack}`).toBeGreaterThanOrEqual(0);
    const serif = names.indexOf('serif');
    if (serif >= 0) expect(names.indexOf('Noto Sans'), `${where}: ${stack}`).toBeLessThan(serif);
  }
  // What Chromium drew: "REUTERS" in an Arabic paragraph of article 004, and a file name in the library.
  const paragraph = await renderedFonts(page, '[data-testid="article-root"] [data-lexical-text]', 'REUTERS');
  expect(paragraph['Noto Sans'], JSON.stringify(paragraph)).toBeGreaterThanOrEqual('REUTERS'.length);
  expect(paragraph['Noto Naskh Arabic'], JSON.stringify(paragraph)).toBeGreaterThan(0);
  expect(Object.keys(paragraph).filter((f) => !['Noto Sans', 'Noto Naskh Arabic'].includes(f))).toEqual([]);
  const file = await renderedFonts(page, '.article-file', '004_');
  expect(Object.keys(file)).toEqual(['Noto Sans']);
  const meta = await renderedFonts(page, '.reader-meta', 'حرف');
  expect(meta['Noto Sans'], JSON.stringify(meta)).toBeGreaterThan(0); // the digits of the length
});
