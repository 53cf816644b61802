/**
 * Importing a folder of 2,000 articles (10 MB) through the web host's folder picker, on a fresh
 * profile each run. The clock starts at the picker input's `change` event (files chosen; what
 * came before is the OS dialog) and stops in the first frame that shows the import report with
 * every article listed. Memory is the peak of the JS heap (performance.memory, sampled every
 * 50 ms in the page) and the peak resident size of the renderer process (read from /proc).
 * Each run gets its own browser, so nothing an earlier run left in the browser process counts.
 */
import { freshPage, launchBrowser, rendererRss, sampleRendererRss } from './browser.mjs';
import { openFreshApp } from './seedDatabase.mjs';

/** `around(page, action)` lets a profiler wrap the timed part (bench --profile). */
export async function measureImportOnce(browser, appUrl, folder, { around = (page, action) => action() } = {}) {
  const { context, page, problems } = await freshPage(browser);
  try {
    await openFreshApp(page, appUrl);
    const before = await page.locator('.article-item').count();
    const expected = before + folder.files;
    await page.evaluate((expected) => {
      const heap = () => performance.memory.usedJSHeapSize;
      const bench = { peakHeap: heap(), startHeap: heap(), t0: null };
      globalThis.__benchImport = bench;
      const sampler = setInterval(() => (bench.peakHeap = Math.max(bench.peakHeap, heap())), 50);
      window.addEventListener(
        'change',
        () => {
          performance.mark('bench:start'); // for traces (bench --profile)
          bench.t0 ??= performance.now();
        },
        { capture: true, once: true },
      );
      bench.done = new Promise((resolve) => {
        const frame = () => {
          bench.peakHeap = Math.max(bench.peakHeap, heap());
          const report = document.querySelector('[data-testid="import-report"]');
          if (bench.t0 !== null && report && document.querySelectorAll('.article-item').length === expected) {
            clearInterval(sampler);
            performance.mark('bench:ready');
            performance.mark('bench:painted');
            resolve({ ms: performance.now() - bench.t0, peakHeap: bench.peakHeap, startHeap: bench.startHeap, report: report.querySelector('p')?.textContent ?? '' });
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    }, expected);
    const startRendererRss = rendererRss();
    const rss = sampleRendererRss(100);
    const result = await around(page, async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open folder…' }).click();
      await (await chooser).setFiles(folder.dir);
      return page.evaluate(() => globalThis.__benchImport.done);
    });
    return { ...result, startRendererRss, peakRendererRss: rss.stop(), problems };
  } finally {
    await context.close();
  }
}

export async function measureImport(appUrl, folder, { runs }) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const browser = await launchBrowser();
    try {
      samples.push(await measureImportOnce(browser, appUrl, folder));
    } finally {
      await browser.close();
    }
  }
  return samples;
}
