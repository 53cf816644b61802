// Takes screenshots of the main screens from the built renderer, with a few annotations made
// through the real UI (light and dark schemes, English and Arabic interface, the tag set editor):
//   npm run build && node scripts/screenshots.mjs [outDir]
// Used for the README and for looking at what a change did to the screen.
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outDir = process.argv[2] ?? 'docs';
const port = Number(process.env.ISNAD_WEB_PORT ?? 4179); // a free port of your own when several checkouts run at once
mkdirSync(outDir, { recursive: true });

/** Selects the n-th occurrence of `needle` in the article and releases the mouse, as a drag would. */
async function selectText(page, needle) {
  await page.getByTestId('article-root').evaluate((root, word) => {
    for (const p of Array.from(root.children)) {
      const node = p.querySelector('[data-lexical-text]')?.firstChild;
      const at = node?.data.indexOf(word) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      const rect = range.getBoundingClientRect();
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.x + 1, clientY: rect.y + 1 }));
      return;
    }
    throw new Error(`not found: ${word}`);
  }, needle);
}

async function tag(page, needle, key) {
  await selectText(page, needle);
  await page.keyboard.press(key);
  await page.waitForTimeout(150);
}

/** Tags each [words, key], then the claim about Putin's visit, and links Putin as its claimant (L … L). */
async function annotateScene(page, ...tags) {
  for (const [words, key] of tags) await tag(page, words, key);
  await tag(page, 'رحاله في العاصمة الصينية بكين', '8');
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('l');
  await selectText(page, 'فلاديمير بوتين');
  await page.keyboard.press('l');
}

/**
 * The export dialog (English and Arabic) and a page of the exported report: the HTML as Chromium
 * prints it (the PDF path), turned into a PNG with poppler's pdftoppm.
 */
async function exportScreens(browser, url) {
  const work = mkdtempSync(join(tmpdir(), 'isnad-shots-'));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.article-item[aria-selected="true"]').waitFor();
  await annotateScene(page, ['فلاديمير بوتين', '1'], ['بكين', '3'], ['شي جين بينغ', '1']);
  await page.keyboard.press('n');
  await page.waitForTimeout(300); // see the closing note of session 4: typing at once can misplace the first letter here
  await page.keyboard.type('Confirmed by two ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('independent');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' sources.');
  await page.waitForTimeout(800);
  await page
    .locator('.article-item')
    .nth(1)
    .click({ modifiers: ['Control'] });
  await page
    .locator('.article-item')
    .nth(0)
    .click({ modifiers: ['Control'] });
  await page.keyboard.press('Control+e');
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${outDir}/screenshot-export.png` });
  for (const language of ['en', 'ar']) {
    if (language === 'ar') {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+L');
      await page.locator('html[dir="rtl"]').waitFor();
      await page.keyboard.press('Control+e');
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${outDir}/screenshot-export-ar.png` });
    }
    const download = page.waitForEvent('download');
    await page.getByRole('dialog').locator('button[type="submit"]').click();
    const file = join(work, `report-${language}.html`);
    await (await download).saveAs(file);
    const report = await context.newPage();
    await report.goto(`file://${file}`);
    await report.evaluate(() => document.fonts.ready);
    const pdf = join(work, `report-${language}.pdf`);
    await report.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    await report.close();
    // Page 2 is the first article: its text with highlights, legend and the start of the tables.
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '2', '-l', '2', '-singlefile', pdf, `${outDir}/report-page${language === 'ar' ? '-ar' : ''}`]);
  }
  await context.close();
}

/**
 * The data import's report: a bundle exported from one profile, changed as a colleague's copy
 * would be (a newer note on one annotation, another moved in the file), imported into a second.
 */
async function importScreens(browser, url) {
  const work = mkdtempSync(join(tmpdir(), 'isnad-shots-'));
  const source = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await source.newPage();
  await page.goto(url);
  await page.locator('.article-item[aria-selected="true"]').waitFor();
  await annotateScene(page, ['فلاديمير بوتين', '1'], ['بكين', '3'], ['شي جين بينغ', '1']);
  await page.waitForTimeout(500);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Isnad project bundle').check();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${outDir}/screenshot-export-data.png` });
  const download = page.waitForEvent('download');
  await dialog.locator('button[type="submit"]').click();
  const path = join(work, 'colleague.isnad.json');
  await (await download).saveAs(path);
  const bundle = JSON.parse(readFileSync(path, 'utf8'));
  const annotated = bundle.articles.find((a) => a.annotations.length > 0);
  const [first, second] = annotated.annotations;
  first.updatedAt += 60_000;
  first.note = JSON.stringify({
    root: {
      children: [
        { children: [{ detail: 0, format: 0, mode: 'normal', style: '', text: 'Confirmed', type: 'text', version: 1 }], direction: null, format: '', indent: 0, type: 'paragraph', version: 1 },
      ],
      direction: null,
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  });
  second.start += 3;
  second.end += 3;
  second.id = 'moved-in-the-file';
  writeFileSync(path, JSON.stringify(bundle));
  await page.keyboard.press('Escape');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+i');
  await (await chooser).setFiles(path);
  await page.locator('[data-testid="import-data-status"][data-phase="done"]').waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${outDir}/screenshot-import.png` });
  await source.close();
}

/** The corpus search (Ctrl+F): results by article and the hits marked in the reader, in both interface languages. */
async function searchScreens(browser, url) {
  for (const language of ['en', 'ar']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.locator('.article-item[aria-selected="true"]').waitFor();
    await page.evaluate(() => document.fonts.ready);
    if (language === 'ar') {
      await page.getByRole('button', { name: 'العربية' }).click();
      await page.locator('html[dir="rtl"]').waitFor();
    }
    await page.keyboard.press('Control+f');
    await page.locator('.search-status[data-phase="ready"]').waitFor({ state: 'attached' });
    const query = language === 'en' ? 'الصين' : 'بوتين';
    await page.locator('#corpus-search').fill(query);
    // The first start indexes the sample corpus a moment after it is imported: wait for its hits.
    await page.locator(`.search-results[data-query="${query}"] .search-group`).first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${outDir}/screenshot-search${language === 'ar' ? '-ar' : ''}.png` });
    await page.close();
  }
}

const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.mts', '--port', String(port)], { stdio: 'ignore', detached: true, env: { ...process.env, ISNAD_WEB_PORT: String(port) } });
try {
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({
    executablePath: process.env.ISNAD_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
    await page.goto(url);
    await page.locator('.article-item[aria-selected="true"]').waitFor();
    await page.evaluate(() => document.fonts.ready);
    const suffix = scheme === 'dark' ? '-dark' : '';
    if (scheme === 'light') await page.screenshot({ path: `${outDir}/screenshot.png` });
    await annotateScene(page, ['فلاديمير بوتين', '1'], ['بكين', '3'], ['الصينية', '3'], ['شي جين بينغ', '1']);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outDir}/screenshot-annotated${suffix}.png` });
    if (scheme === 'light') {
      await page.getByRole('button', { name: 'Edit tags…' }).click();
      await page.getByRole('button', { name: 'Remove Place' }).click();
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${outDir}/screenshot-tags.png` });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'العربية' }).click();
      await page.locator('html[dir="rtl"]').waitFor();
      await page.locator('.annotation-list li').last().click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${outDir}/screenshot-ar.png` });
    }
    await page.close();
  }
  await exportScreens(browser, url);
  await importScreens(browser, url);
  await searchScreens(browser, url);
  await browser.close();
} finally {
  // npx and the vite it started: killing npx alone left vite serving. The group may be gone already.
  try {
    process.kill(-server.pid);
  } catch {
    /* already ended */
  }
}
