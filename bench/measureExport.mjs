/**
 * Exporting the whole corpus (100 articles × 50 annotations) as HTML and as DOCX through the
 * export dialog, in the web twin, where the report is handed to the browser as a download.
 *
 * The clock is the page's own (performance.now(), so no clock offsets enter it): it starts in a
 * capture-phase listener for the click on the dialog's Export button and stops in one for the
 * click on the download link (`a[download]`), the moment the finished file is handed to the
 * browser. Reading the database, building the report in the worker and encoding it all lie in
 * between. Playwright's `download` event comes later still (the browser process has to start the
 * download and tell us); that figure is kept too, as `toDownloadEventMs`, measured from the same
 * click with the page's epoch time against ours (one machine, one wall clock).
 *
 * Memory: the page's JS heap (performance.memory, sampled every 50 ms) does not include the
 * worker's heap, which is a separate isolate; the worker does run in the renderer process, so the
 * renderer's resident size (read from /proc every 50 ms) covers both, and the budget is held to it.
 *
 * Each format gets its own browser and profile, the corpus is seeded straight into IndexedDB,
 * and the runs follow one another in that page as an analyst's exports would (the first one also
 * loads the worker and the report fonts; it is counted like the others).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { freshPage, launchBrowser, rendererRss, sampleRendererRss } from './browser.mjs';
import { seedLibrary } from './seedDatabase.mjs';

export const EXPORT_FORMATS = [
  { key: 'html', label: 'Web page (HTML)', extension: 'html' },
  { key: 'docx', label: 'Word document (DOCX)', extension: 'docx' },
];

/** Listens for the Export click and the download link's click; resolves with the page's figures. */
function installProbe() {
  const heap = () => performance.memory.usedJSHeapSize;
  const bench = { t0: null, startHeap: heap(), peakHeap: heap() };
  globalThis.__benchExport = bench;
  const sampler = setInterval(() => (bench.peakHeap = Math.max(bench.peakHeap, heap())), 50);
  bench.done = new Promise((resolve) => {
    const onClick = (event) => {
      const target = event.target;
      if (bench.t0 === null) {
        if (target instanceof Element && target.closest('.export-dialog button[type="submit"]')) {
          bench.t0 = performance.now();
          performance.mark('bench:start'); // for traces
        }
        return;
      }
      if (!(target instanceof HTMLAnchorElement && target.hasAttribute('download'))) return;
      const t1 = performance.now();
      performance.mark('bench:handed');
      clearInterval(sampler);
      window.removeEventListener('click', onClick, true);
      bench.peakHeap = Math.max(bench.peakHeap, heap());
      resolve({ ms: t1 - bench.t0, startedAtEpoch: performance.timeOrigin + bench.t0, peakHeap: bench.peakHeap, startHeap: bench.startHeap, fileName: target.download });
    };
    window.addEventListener('click', onClick, true);
  });
}

/** Does the file really hold the corpus? Returns what is wrong, or nothing. */
function checkFile(path, format, corpus) {
  const bytes = statSync(path).size;
  const wrong = [];
  if (bytes === 0) wrong.push('the file is empty');
  const annotations = corpus.reduce((n, a) => n + a.annotations.length, 0);
  let found;
  if (format === 'html') {
    const html = readFileSync(path, 'utf8');
    // Each annotation has one anchor (its first highlight segment, or an empty wrapper): id="a<article>-<n>".
    found = { sections: html.match(/<section class="article"/g)?.length ?? 0, anchors: html.match(/\bid="a\d+-\d+"/g)?.length ?? 0 };
  } else {
    // Each annotation is a bookmark named a<article>_<n>; each article heading one named article_<n>.
    const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    found = { sections: xml.match(/<w:bookmarkStart[^>]*w:name="article_\d+"/g)?.length ?? 0, anchors: xml.match(/<w:bookmarkStart[^>]*w:name="a\d+_\d+"/g)?.length ?? 0 };
  }
  if (found.sections !== corpus.length) wrong.push(`${found.sections} articles, expected ${corpus.length}`);
  if (found.anchors !== annotations) wrong.push(`${found.anchors} highlight anchors, expected ${annotations}`);
  return { bytes, ...found, wrong };
}

async function exportOnce(page, format, corpus, path) {
  await page.evaluate(installProbe);
  await page.getByRole('button', { name: 'Export report or data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a report or data' });
  const whole = dialog.getByLabel(/The whole corpus/);
  // The label counts the library: a wrong count means the seeding, not the export, went wrong.
  const label = await dialog.locator('label').filter({ hasText: 'The whole corpus' }).textContent();
  if (!label.includes(`(${corpus.length} articles)`)) throw new Error(`export: the dialog offers "${label.trim()}"`);
  await whole.check();
  await dialog.getByLabel(format.label).check();

  const downloaded = page.waitForEvent('download', { timeout: 180_000 });
  const startRendererRss = rendererRss();
  const rss = sampleRendererRss(50);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloaded;
  const downloadEventEpoch = performance.timeOrigin + performance.now();
  const timing = await page.evaluate(() =>
    Promise.race([globalThis.__benchExport.done, new Promise((_, reject) => setTimeout(() => reject(new Error('export: a download started, but not from an a[download] click')), 10_000))]),
  );
  await dialog.getByRole('status').filter({ hasText: 'Report ready' }).waitFor({ timeout: 60_000 });
  const peakRendererRss = rss.stop();

  await download.saveAs(path);
  const file = checkFile(path, format.key, corpus);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return {
    ms: timing.ms,
    toDownloadEventMs: downloadEventEpoch - timing.startedAtEpoch,
    peakHeap: timing.peakHeap,
    startHeap: timing.startHeap,
    peakRendererRss,
    startRendererRss,
    file: { name: download.suggestedFilename(), bytes: file.bytes, articles: file.sections, anchors: file.anchors },
    wrong: file.wrong,
  };
}

/** `{ html: { samples, problems }, docx: … }` for `formats`; the last run's files stay in `work`/export. */
export async function measureExport(appUrl, corpus, { formats = ['html', 'docx'], runs, work, log = () => {} }) {
  const out = {};
  const dir = join(work, 'export');
  mkdirSync(dir, { recursive: true });
  for (const format of EXPORT_FORMATS.filter((f) => formats.includes(f.key))) {
    const browser = await launchBrowser();
    try {
      const { context, page, problems } = await freshPage(browser);
      await seedLibrary(page, appUrl, corpus);
      const samples = [];
      for (let run = 0; run < runs; run++) {
        const sample = await exportOnce(page, format, corpus, join(dir, `report.${format.extension}`));
        log(`export ${format.key} run ${run + 1}: ${sample.ms.toFixed(0)} ms, ${(sample.file.bytes / 1048576).toFixed(1)} MB file`);
        for (const wrong of sample.wrong) problems.push(`export ${format.key} run ${run + 1}: ${wrong}`);
        samples.push(sample);
      }
      out[format.key] = { samples, problems };
      await context.close();
    } finally {
      await browser.close();
    }
  }
  return out;
}
