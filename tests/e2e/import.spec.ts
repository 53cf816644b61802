import { writeFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_TITLES, articleRoot, libraryItems, makeFixtureFolder, openApp } from './support';
import { utf8 } from '../support/encodings';

/** Requests for what the fixture pages point at (example.com, and "x" or "x.png" beside the app). */
function watchFixtureRequests(page: Page): () => string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (/example\.com|\/x(\.png)?$/.test(request.url())) seen.push(request.url());
  });
  return () => seen;
}

/**
 * Chromium checks a parsed page's inline event handlers and styles against the app's
 * Content-Security-Policy as it parses, and logs each refusal, even in DOMParser's document, which
 * can run nothing at all. Those refusals are expected when hostile HTML is imported; any other
 * console error is still a problem.
 */
const withoutImportedPageRefusals = (problems: string[]) =>
  problems.filter((p) => !/^console: (Executing inline event handler|Applying inline style) violates the following Content Security Policy directive/.test(p));

/** The article on screen shows `text`, is stored with exactly that text, and its id is the SHA-256 of it. */
async function expectStoredAsShown(page: Page, text: string): Promise<void> {
  const stored = await page.evaluate(async () => {
    const req = indexedDB.open('isnad');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<{ id: string; text: string }[]>((resolve) => {
      const get = db.transaction('articleTexts').objectStore('articleTexts').getAll();
      get.onsuccess = () => resolve(get.result);
    });
    db.close();
    const shown = Array.from(document.querySelectorAll('[data-testid="article-root"] > *'), (p) => p.textContent ?? '').join('\n');
    const row = rows.find((r) => r.text === shown);
    const digest = row && Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(row.text))), (b) => b.toString(16).padStart(2, '0')).join('');
    return { shown, row, digest };
  });
  expect(stored.shown).toBe(text);
  expect(stored.row?.text).toBe(text);
  expect(stored.digest).toBe(stored.row?.id);
}

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
  expect(withoutImportedPageRefusals(problems)).toEqual([]); // 06-markup.html has an onerror handler
});

test('an HTML file full of hostile markup becomes its text alone: nothing runs, nothing is fetched, no markup is shown', async ({ page }) => {
  const problems = await openApp(page);
  const requests = watchFixtureRequests(page);
  const fixtures = makeFixtureFolder();
  await chooseFolder(page, fixtures.dir, () => page.getByRole('button', { name: 'Open folder…' }).click());
  await expect(page.getByTestId('import-report')).toBeVisible();
  await expect(libraryItems(page).filter({ hasText: '<' })).toHaveCount(0);
  await libraryItems(page).filter({ hasText: FIXTURE_TITLES.markupText }).click();
  await expect(page.locator('.reader-meta')).toContainText('06-markup.html');
  await expect(articleRoot(page).locator('p')).toHaveText([FIXTURE_TITLES.markupText]);
  await expect(articleRoot(page).locator('script, img, iframe, b')).toHaveCount(0);
  await expect(page.locator('.article-title', { hasText: FIXTURE_TITLES.markupText })).toHaveCount(1);
  await expectStoredAsShown(page, FIXTURE_TITLES.markupText);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(requests()).toEqual([]);
  expect(withoutImportedPageRefusals(problems)).toEqual([]);
});

test('an HTML article is read as its title and paragraphs in order; HTML by content too; a page without text is refused', async ({ page }) => {
  const problems = await openApp(page);
  const requests = watchFixtureRequests(page);
  const dir = join(mkdtempSync(join(tmpdir(), 'isnad-html-')), 'pages');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'news.htm'),
    utf8(`<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>بوتين &amp;   شي في بكين</title>
<style>p { color: red }</style><script>window.__pwned = 'head'</script>
<link rel="stylesheet" href="https://example.com/site.css"></head>
<body onload="window.__pwned = 'onload'">
<nav><a href="/">الرئيسية</a> | <a href="/world">العالم</a></nav>
<h1>بوتين يصل إلى بكين</h1>
<p>وصل الرئيس الروسي
   فلاديمير بوتين<br>إلى العاصمة الصينية.</p>
<img src="https://example.com/photo.jpg" onerror="window.__pwned = 'img'">
<script>window.__pwned = 'body'</script>
<ul><li>الطاقة</li><li>التجارة <b>والاستثمار</b></li></ul>
<p>قال: <q>نعم</q> &amp; «لا» <span hidden>مخفي</span><noscript>فعّل جافاسكربت</noscript></p>
<iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>
<template><p>قالب</p></template>
<svg><text>رسم</text></svg>
</body></html>`),
  );
  writeFileSync(join(dir, 'saved.txt'), utf8('<!doctype html><html><body><div>فقرة في ملف نصي</div><div>وفقرة ثانية</div></body></html>'));
  writeFileSync(join(dir, 'literal.txt'), utf8('<p>نص حرفي</p>\nليس صفحة ويب'));
  writeFileSync(join(dir, 'empty.html'), utf8('<html><head><title>عنوان بلا نص</title><script>window.__pwned = 1</script></head><body><img src="x.png"></body></html>'));
  await chooseFolder(page, dir, () => page.getByRole('button', { name: 'Open folder…' }).click());
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('Imported 3 new, 0 new versions, 0 already in the library, 1 refused.');
  await expect(report.locator('.refusals li')).toHaveText(['pages/empty.html: the HTML file holds no article text']);
  await expect(report.locator('.refusals li')).toHaveAttribute('data-reason', 'no-text');

  const lines = ['بوتين & شي في بكين', 'بوتين يصل إلى بكين', 'وصل الرئيس الروسي فلاديمير بوتين', 'إلى العاصمة الصينية.', 'الطاقة', 'التجارة والاستثمار', 'قال: نعم & «لا»'];
  await libraryItems(page).filter({ hasText: lines[0] }).click();
  await expect(articleRoot(page).locator('p')).toHaveText(lines);
  await expect(articleRoot(page).locator('script, img, iframe, svg, template, b, q, a')).toHaveCount(0);
  await expectStoredAsShown(page, lines.join('\n'));

  await libraryItems(page).filter({ hasText: 'فقرة في ملف نصي' }).click();
  await expect(page.locator('.reader-meta')).toContainText('saved.txt');
  await expect(articleRoot(page).locator('p')).toHaveText(['فقرة في ملف نصي', 'وفقرة ثانية']);
  await expectStoredAsShown(page, 'فقرة في ملف نصي\nوفقرة ثانية');
  // A text file that only mentions markup is text, shown as typed.
  await libraryItems(page).filter({ hasText: '<p>نص حرفي</p>' }).click();
  await expect(articleRoot(page).locator('p')).toHaveText(['<p>نص حرفي</p>', 'ليس صفحة ويب']);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(requests()).toEqual([]);
  expect(withoutImportedPageRefusals(problems)).toEqual([]);
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
  await expect(page.getByTestId('import-report')).toContainText('Imported 0 new, 1 new version,');
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
  await expect(progress).toContainText(new RegExp(`Importing [\\d,]+ of ${total.toLocaleString('en')} files`));
  await expect(progress.locator('progress')).toHaveAttribute('max', String(total));
  await page.keyboard.press('Escape');
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('Import cancelled after');
  const imported = Number((await report.textContent())!.match(/Imported ([\d,]+) new/)![1]!.replace(/,/g, ''));
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
