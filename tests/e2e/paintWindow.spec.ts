import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { articleRoot, libraryItems, openApp } from './support';
import { offsetOf, paintedTexts, selectSpan } from './annotateSupport';

/** Scrolls paragraph `n` to the top of the reader and returns, from the frame that shows it, every painted text. */
function scrollAndReadInSameFrame(page: Page, n: number): Promise<string[]> {
  return articleRoot(page)
    .locator('p')
    .nth(n)
    .evaluate(
      (p) =>
        new Promise<string[]>((resolve) => {
          p.scrollIntoView({ block: 'start' });
          // The scroll event runs before this frame's animation callbacks, and so before its paint.
          requestAnimationFrame(() => {
            const texts: string[] = [];
            for (const [name, highlight] of CSS.highlights) if (name.startsWith('isnad-tag-')) for (const r of highlight) texts.push((r as Range).toString());
            resolve(texts);
          });
        }),
    );
}

test('a long article registers only the highlights near the screen, and they follow the scroll in the same frame', async ({ page }) => {
  const problems = await openApp(page);
  // 400 numbered paragraphs (~120,000 characters): over the lazy-layout threshold.
  const sentence = 'وصل الرئيس الروسي إلى الصين، الخميس، في زيارة دولة تستغرق يومين يلتقي خلالها نظيره شي جين بينغ';
  const lines = Array.from({ length: 400 }, (_, i) => `فقرة ${i + 1}: ${sentence} ${sentence} ${sentence}.`);
  const dir = mkdtempSync(join(tmpdir(), 'isnad-window-'));
  writeFileSync(join(dir, 'long.txt'), `مقال طويل للرسم\n${lines.join('\n')}\n`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open files…' }).click();
  await (await chooser).setFiles(join(dir, 'long.txt'));
  await libraryItems(page).filter({ hasText: 'مقال طويل للرسم' }).click();
  await expect(articleRoot(page)).toHaveAttribute('data-lazy', 'true');

  // Tag "فقرة 3" near the top (Person) …
  const near = await offsetOf(page, 'فقرة 3:');
  await selectSpan(page, near, near + 'فقرة 3'.length);
  await page.keyboard.press('1');
  await expect(page.getByTestId('annotation-list').locator('li')).toHaveCount(1);
  await page.keyboard.press('Escape');
  // … and "فقرة 300" far below it (Place), after scrolling there.
  await scrollAndReadInSameFrame(page, 300);
  const far = await offsetOf(page, 'فقرة 300:');
  await selectSpan(page, far, far + 'فقرة 300'.length);
  await page.keyboard.press('3');
  await expect(page.getByTestId('annotation-list').locator('li')).toHaveCount(2);
  await page.keyboard.press('Escape');

  // Down here only the near-screen tag is registered: the one at the top is left out.
  await expect.poll(async () => Object.values(await paintedTexts(page)).flat()).toEqual(['فقرة 300']);
  await expect(articleRoot(page)).toHaveAttribute('data-paint-window', /^\d+,\d+$/);

  // Back at the top, the frame that shows paragraph 3 already has its highlight, and the far one is gone.
  expect(await scrollAndReadInSameFrame(page, 0)).toEqual(['فقرة 3']);
  const painted = await paintedTexts(page);
  expect(painted['person']).toEqual(['فقرة 3']);
  expect(painted['place']).toBeUndefined();
  // And down again.
  expect(await scrollAndReadInSameFrame(page, 299)).toEqual(['فقرة 300']);
  expect(problems).toEqual([]);
});

test('a short article keeps every highlight registered wherever the reader is scrolled', async ({ page }) => {
  const problems = await openApp(page);
  // Sample article 000 is short (no lazy layout): tag its first word and its last word.
  await expect(articleRoot(page)).not.toHaveAttribute('data-lazy', 'true');
  const last = await articleRoot(page).evaluate(
    (root) =>
      Array.from(root.children, (p) => p.textContent ?? '')
        .join('\n')
        .trimEnd().length,
  );
  await selectSpan(page, 0, 6);
  await page.keyboard.press('1');
  await page.keyboard.press('Escape');
  await selectSpan(page, last - 4, last);
  await page.keyboard.press('3');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('annotation-list').locator('li')).toHaveCount(2);
  await articleRoot(page)
    .locator('p')
    .last()
    .evaluate((p) => p.scrollIntoView({ block: 'end' }));
  await expect.poll(async () => Object.values(await paintedTexts(page)).flat().length).toBe(2);
  await expect(articleRoot(page)).not.toHaveAttribute('data-paint-window', /.*/);
  expect(problems).toEqual([]);
});
