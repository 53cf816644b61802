import { writeFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_TITLES, articleRoot, libraryItems, makeFixtureFolder, openApp } from './support';
import { utf8 } from '../support/encodings';

async function chooseFolder(page: Page, dir: string, trigger: () => Promise<void>) {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles(dir);
}

test('a folder of good and bad files: good ones imported, each bad one named with its reason', async ({ page }) => {
  const problems = await openApp(page);
  const fixtures = makeFixtureFolder();
  await chooseFolder(page, fixtures.dir, () => page.getByRole('button', { name: 'Open folder…' }).click());

  const report = page.getByTestId('import-report');
  await expect(report).toContainText(`Imported ${fixtures.good} new, 0 new versions, 0 already in the library, ${fixtures.bad.length} refused.`);
  const refusals = report.locator('.refusals li');
  await expect(refusals).toHaveCount(fixtures.bad.length);
  const byFile = Object.fromEntries(await refusals.evaluateAll((lis) => lis.map((li) => [li.querySelector('.refusal-file')!.textContent, li.getAttribute('data-reason')])));
  expect(byFile).toEqual({
    'articles/empty.txt': 'empty',
    'articles/image.png': 'binary',
    'articles/latin1.txt': 'unknown-encoding',
    'articles/huge.txt': 'too-large',
  });
  await expect(report).toContainText('articles/huge.txt: the file is larger than 20 MB');

  await expect(libraryItems(page)).toHaveCount(5 + fixtures.good);
  for (const title of [FIXTURE_TITLES.utf8, FIXTURE_TITLES.bom, FIXTURE_TITLES.utf16, FIXTURE_TITLES.cp1256, FIXTURE_TITLES.nested]) {
    await expect(libraryItems(page).filter({ hasText: title })).toHaveCount(1);
  }
  // The Windows-1256 article reads as Arabic and keeps its detected encoding.
  await libraryItems(page).filter({ hasText: FIXTURE_TITLES.cp1256 }).click();
  await expect(articleRoot(page)).toContainText('أعلنت روسيا والصين تعميق العلاقات.');
  await expect(page.locator('.reader-meta')).toContainText('04-cp1256.txt · windows-1256');

  // Importing the same folder again adds nothing.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await chooseFolder(page, fixtures.dir, () => page.keyboard.press('Control+Shift+O'));
  await expect(page.getByTestId('import-report')).toContainText(`Imported 0 new, 0 new versions, ${fixtures.good} already in the library`);
  await expect(libraryItems(page)).toHaveCount(5 + fixtures.good);
  expect(problems).toEqual([]);
});

test('a file full of markup is shown as literal text and runs nothing', async ({ page }) => {
  const problems = await openApp(page);
  const fixtures = makeFixtureFolder();
  await chooseFolder(page, fixtures.dir, () => page.getByRole('button', { name: 'Open folder…' }).click());
  await expect(page.getByTestId('import-report')).toBeVisible();
  await libraryItems(page).filter({ hasText: '<script>' }).click();
  await expect(articleRoot(page).locator('p').first()).toHaveText(FIXTURE_TITLES.markup);
  await expect(articleRoot(page).locator('script, img, iframe, b')).toHaveCount(0);
  await expect(page.locator('.article-title', { hasText: '<script>' })).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(problems).toEqual([]);
});

test('files opened with Ctrl+O; a changed file becomes a new version linked to the old one', async ({ page }) => {
  await openApp(page);
  const dir = mkdtempSync(join(tmpdir(), 'isnad-version-'));
  const file = join(dir, 'report.txt');
  writeFileSync(file, utf8('تقرير الصباح\nالنسخة الأولى من التقرير.'));
  await page.locator('.library h2').click(); // keyboard focus in the page, as an analyst's would be
  let chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+O');
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('import-report')).toContainText('Imported 1 new');

  writeFileSync(file, utf8('تقرير الصباح\nالنسخة الثانية من التقرير، بعد التصحيح.'));
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open files…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('import-report')).toContainText('Imported 0 new, 1 new versions');
  const versions = libraryItems(page).filter({ hasText: 'تقرير الصباح' });
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('Replaced by a newer version');
  await expect(versions.nth(1)).toContainText('New version of an earlier import');
  // The new version is selected and shown.
  await expect(articleRoot(page)).toContainText('النسخة الثانية');
});

test('a long folder import shows progress and can be cancelled; what was imported stays after a reload', async ({ page }) => {
  await openApp(page);
  const dir = join(mkdtempSync(join(tmpdir(), 'isnad-many-')), 'many');
  mkdirSync(dir);
  const total = 1500;
  const body = 'في زيارته الثانية خلال عام واحد، حطّ الرئيس الروسي فلاديمير بوتين رحاله في العاصمة الصينية بكين. '.repeat(30);
  for (let i = 0; i < total; i++) writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), utf8(`مقال رقم ${i}\n${body}`));
  await chooseFolder(page, dir, () => page.getByRole('button', { name: 'Open folder…' }).click());
  const progress = page.getByTestId('import-progress');
  await expect(progress).toContainText(new RegExp(`Importing \\d+ of ${total}`));
  await expect(progress.locator('progress')).toHaveAttribute('max', String(total));
  await page.keyboard.press('Escape');
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('Import cancelled after');
  const imported = Number((await report.textContent())!.match(/Imported (\d+) new/)![1]);
  expect(imported).toBeGreaterThan(0);
  expect(imported).toBeLessThan(total);
  await expect(libraryItems(page)).toHaveCount(5 + imported);
  await page.reload();
  await expect(libraryItems(page)).toHaveCount(5 + imported);
});

test('files dropped on the window are imported', async ({ page }) => {
  await openApp(page);
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new TextEncoder().encode('مقال مُسقَط\nنص المقال')], 'dropped.txt', { type: 'text/plain' }));
    dt.items.add(new File([new Uint8Array([0, 1, 2])], 'dropped.bin'));
    return dt;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toHaveCount(0);
  await expect(page.getByTestId('import-report')).toContainText('Imported 1 new, 0 new versions, 0 already in the library, 1 refused.');
  await expect(page.getByTestId('import-report')).toContainText('dropped.bin: the file is binary, not text');
  await expect(libraryItems(page).filter({ hasText: 'مقال مُسقَط' })).toHaveCount(1);
});
