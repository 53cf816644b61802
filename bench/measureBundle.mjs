/**
 * The project bundle (issue 12) at the bench corpus's size: 2,000 news-sized articles with 20
 * annotations each (claims, claimants, notes, as the report bench's corpus has them), in the web
 * twin. Each run, in a fresh browser:
 *   export  the whole library as a bundle through the export dialog: the page's clock from the
 *           Export click to the download link's click (the file handed to the browser);
 *   import  that bundle into another profile (the five samples only) with Ctrl+I: the page's clock
 *           from the file input's change to the dialog's report;
 *   again   the same bundle once more into that profile: every article and annotation a duplicate.
 * Memory: the renderer's resident size, sampled every 50 ms, peak over each step. Each step runs in
 * a renderer of its own (a new tab of its profile): the seeding's evaluate() and an earlier step's
 * garbage (RSS is returned to the system lazily) would otherwise be counted against the next.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { freshPage, launchBrowser, rendererRss, sampleRendererRss } from './browser.mjs';
import { openFreshApp, seedLibrary } from './seedDatabase.mjs';

export const BUNDLE_CORPUS = { articles: 2000, annotations: 20, claims: 2, notes: 2 };

function installExportProbe() {
  globalThis.__benchBundle = new Promise((resolve) => {
    let t0 = null;
    const onClick = (event) => {
      const target = event.target;
      if (t0 === null) {
        if (target instanceof Element && target.closest('.export-dialog button[type="submit"]')) t0 = performance.now();
        return;
      }
      if (!(target instanceof HTMLAnchorElement && target.hasAttribute('download'))) return;
      window.removeEventListener('click', onClick, true);
      resolve(performance.now() - t0);
    };
    window.addEventListener('click', onClick, true);
  });
}

function installImportProbe() {
  globalThis.__benchBundle = new Promise((resolve) => {
    let t0 = null;
    document.addEventListener(
      'change',
      (event) => {
        if (event.target instanceof HTMLInputElement && event.target.type === 'file') t0 = performance.now();
      },
      { capture: true, once: true },
    );
    const watch = new MutationObserver(() => {
      const status = document.querySelector('[data-testid="import-data-status"]');
      const phase = status?.getAttribute('data-phase');
      if (t0 !== null && (phase === 'done' || phase === 'failed')) {
        watch.disconnect();
        resolve({ ms: performance.now() - t0, phase, text: status.textContent });
      }
    });
    watch.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-phase'] });
  });
}

export async function exportBundle(page, path, articles) {
  await page.evaluate(installExportProbe);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export a report or data' });
  // The count comes from a live query that may still be loading: wait for it, then insist on it.
  const whole = dialog.locator('label').filter({ hasText: 'The whole corpus' });
  await whole
    .filter({ hasText: `(${articles.toLocaleString('en')} articles)` })
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined);
  const label = await whole.textContent();
  if (!label.includes(`(${articles.toLocaleString('en')} articles)`)) throw new Error(`bundle export: the dialog offers "${label.trim()}"`);
  await dialog.getByLabel(/The whole corpus/).check();
  await dialog.getByLabel('Isnad project bundle').check();
  const downloaded = page.waitForEvent('download', { timeout: 120_000 });
  const startRendererRss = rendererRss();
  const rss = sampleRendererRss(50);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloaded;
  const ms = await page.evaluate(() => globalThis.__benchBundle);
  await dialog.getByRole('status').filter({ hasText: 'File ready' }).waitFor({ timeout: 60_000 });
  const peakRendererRss = rss.stop();
  await download.saveAs(path);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return { ms, peakRendererRss, startRendererRss, bytes: statSync(path).size };
}

async function importBundle(page, path) {
  await page.evaluate(installImportProbe);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+i');
  const startRendererRss = rendererRss();
  const rss = sampleRendererRss(50);
  await (await chooser).setFiles(path);
  const result = await page.evaluate(() => globalThis.__benchBundle);
  const peakRendererRss = rss.stop();
  await page.keyboard.press('Escape');
  await page.getByTestId('import-data-status').waitFor({ state: 'detached' });
  return { ...result, peakRendererRss, startRendererRss };
}

/** `{ samples: [{ export, import, again }], problems }` over `runs` runs; the corpus is seeded straight into IndexedDB. */
export async function measureBundle(appUrl, corpus, { runs, work, log = () => {} }) {
  const samples = [];
  const problems = [];
  const annotations = corpus.reduce((n, a) => n + a.annotations.length, 0);
  for (let run = 0; run < runs; run++) {
    const browser = await launchBrowser();
    try {
      const source = await freshPage(browser);
      await seedLibrary(source.page, appUrl, corpus);
      // Seeding hands the whole corpus to the page through evaluate(), which leaves its renderer
      // hundreds of MB larger than an analyst's ever is. The export runs in a new tab (a new
      // renderer process) that finds the library in IndexedDB, as the app after a restart would.
      const exportPage = await source.context.newPage();
      exportPage.on('pageerror', (error) => source.problems.push(`pageerror: ${error.message}`));
      await source.page.close();
      await exportPage.goto(appUrl);
      await exportPage.locator('.article-item[aria-selected="true"]').waitFor();
      const path = join(work, 'bench.isnad.json');
      const exported = await exportBundle(exportPage, path, corpus.length);
      const bundle = JSON.parse(readFileSync(path, 'utf8'));
      const inFile = bundle.articles.reduce((n, a) => n + a.annotations.length, 0);
      if (bundle.articles.length !== corpus.length || inFile !== annotations)
        problems.push(`bundle run ${run + 1}: ${bundle.articles.length} articles / ${inFile} annotations in the file, expected ${corpus.length} / ${annotations}`);
      await source.context.close();

      const target = await freshPage(browser);
      // File-chooser interception on before any key press (switching it on is asynchronous: a
      // Ctrl+I sent at once could open a native dialog no one sees), and Ctrl+I is not a text field's.
      target.page.on('filechooser', () => undefined);
      await openFreshApp(target.page, appUrl);
      await target.page.getByTestId('reader-scroll').focus();
      const first = await importBundle(target.page, path);
      // Again in a new tab of the same profile: the library is what the first import left; the
      // renderer is fresh, as when an analyst imports a colleague's bundle another day.
      const againPage = await target.context.newPage();
      againPage.on('filechooser', () => undefined);
      againPage.on('pageerror', (error) => target.problems.push(`pageerror: ${error.message}`));
      await target.page.close();
      await againPage.goto(appUrl);
      await againPage.locator('.article-item[aria-selected="true"]').waitFor();
      await againPage.getByTestId('reader-scroll').focus();
      const again = await importBundle(againPage, path);
      // The generated corpus has a few same-tag-same-span pairs (the app itself refuses them); the
      // merge takes each pair as one annotation, so the counts are checked, not the exact total.
      for (const [name, r, want] of [
        ['import', first, `Articles: ${corpus.length.toLocaleString('en')} added`],
        ['again', again, 'Annotations: 0 added, 0 updated'],
      ])
        if (r.phase !== 'done' || !r.text.includes(want)) problems.push(`bundle run ${run + 1} ${name}: ${r.phase}: ${r.text.slice(0, 300)}`);
      problems.push(...source.problems, ...target.problems);
      await target.context.close();
      log(`bundle run ${run + 1}: export ${exported.ms.toFixed(0)} ms (${(exported.bytes / 1048576).toFixed(1)} MB), import ${first.ms.toFixed(0)} ms, again ${again.ms.toFixed(0)} ms`);
      samples.push({ export: exported, import: first, again });
    } finally {
      await browser.close();
    }
  }
  return { samples, problems };
}
