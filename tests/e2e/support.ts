/** Shared helpers for the end-to-end tests: real fixture files on disk, and a page that fails on errors. */
import { mkdtempSync, mkdirSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { encodeUtf16, encodeWindows1256, utf8, withUtf8Bom } from '../support/encodings';

export const FIXTURE_TITLES = {
  utf8: 'مقال تجريبي بترميز يونيكود',
  bom: 'مقال بعلامة ترتيب البايت',
  utf16: 'مقال بترميز يو تي إف ١٦',
  cp1256: 'مقال بترميز ويندوز العربي',
  nested: 'مقال في مجلد فرعي',
  markup: '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">',
  /** What 06-markup.html is as an article: its only text, no markup. */
  markupText: 'نص &',
};

/** A folder of good and bad files, written to a fresh temp dir, as an analyst's folder would be. */
export function makeFixtureFolder(): { dir: string; good: number; bad: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-fixtures-'));
  const root = join(dir, 'articles');
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(root, '01-utf8.txt'), utf8(`${FIXTURE_TITLES.utf8}\nقال المتحدث باسم الكرملين إن الزيارة ناجحة.\n`));
  writeFileSync(join(root, '02-bom.txt'), withUtf8Bom(`${FIXTURE_TITLES.bom}\r\nنص المقال.\r\n`));
  writeFileSync(join(root, '03-utf16.txt'), encodeUtf16(`${FIXTURE_TITLES.utf16}\nنص المقال.`, 'le'));
  writeFileSync(join(root, '04-cp1256.txt'), encodeWindows1256(`${FIXTURE_TITLES.cp1256}\r\nأعلنت روسيا والصين تعميق العلاقات.`));
  writeFileSync(join(root, 'sub', '05-nested.txt'), utf8(`${FIXTURE_TITLES.nested}\nنص.`));
  writeFileSync(join(root, '06-markup.html'), utf8(`${FIXTURE_TITLES.markup}\n<b>نص</b> &amp; <iframe src="https://example.com"></iframe>`));
  writeFileSync(join(root, 'empty.txt'), new Uint8Array());
  writeFileSync(join(root, 'image.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(
    join(root, 'latin1.txt'),
    Uint8Array.from('Le président a déclaré: «très sûr»', (c) => c.charCodeAt(0)),
  );
  writeFileSync(join(root, 'huge.txt'), new Uint8Array());
  truncateSync(join(root, 'huge.txt'), 20 * 1024 * 1024 + 1);
  writeFileSync(join(root, '.hidden.txt'), utf8('مخفي'));
  return { dir: root, good: 6, bad: ['articles/empty.txt', 'articles/image.png', 'articles/latin1.txt', 'articles/huge.txt'] };
}

/** Opens the app on a fresh profile and fails the test on any page error or console error (CSP violations included). */
export async function openApp(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Switch Playwright's file-chooser interception on now, not when a test starts waiting for a
  // chooser: switching it on is asynchronous, and a key press (Ctrl+O) sent right after could
  // reach the page first and open a native dialog no test ever sees (a 60 s timeout, now and then).
  page.on('filechooser', () => undefined);
  await page.goto('/');
  await expect(page.locator('.article-item')).toHaveCount(5);
  // Seeding ends by selecting the first sample; wait for it so a click cannot race it.
  await expect(page.locator('.article-item[aria-selected="true"]')).toHaveCount(1);
  return problems;
}

export const articleRoot = (page: Page) => page.getByTestId('article-root');
export const libraryItems = (page: Page) => page.locator('.article-item');
