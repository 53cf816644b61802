/**
 * The corpus search (issue 13) on the import corpus of the bench: 2,000 articles of ~5 KB through
 * the folder picker, on a fresh profile each run, in a fresh browser.
 *   import    the page's clock from the picker's `change` to (a) the frame that lists every article
 *             (the import figure's end) and (b) the search index's status "ready" covering every
 *             article (the worker's marks, 'isnad:search-index'): the import with indexing;
 *   start     the same profile in a new tab (a new renderer, the index saved by the last one): from
 *             navigation start to the index's "ready" over every article (searchable), and to the
 *             first query's results painted right after that;
 *   queries   a set of realistic queries (names, clitic forms, diacritics, alef and ة/ى forms,
 *             phrases, one word that is nowhere), each typed at once into the box: from the input
 *             event to the results list's data ready (the page's mark 'isnad:search-results', the
 *             worker's first answer, before React renders it), to the frame with the list painted
 *             (the frame in which the list shows the query, then a message posted in it: an upper
 *             bound, as the open figures), and to every hit counted (the second answer's mark).
 */
import { freshPage, launchBrowser, rendererRss, sampleRendererRss } from './browser.mjs';
import { openFreshApp } from './seedDatabase.mjs';

/** What analysts type: the sample corpus's names alone and behind clitics, with and without diacritics, and phrases. */
export const SEARCH_QUERIES = [
  'الصين',
  'بوتين',
  'روسيا',
  'بكين',
  'موسكو',
  'والصين',
  'لبوتين',
  'للصين',
  'وروسيا',
  'الصِّينُ',
  'رئيساً',
  'اعادة انتخابه',
  'الطاقه',
  'الرئيس الروسي',
  'فلاديمير بوتين',
  'شي جين بينغ',
  'مليار دولار',
  '240 مليار دولار',
  'الحرب في أوكرانيا',
  'الزنجبيل',
];

/** Resolves with the page's clock at the index's first "ready" mark that covers `articles`, watching from `from`. */
function indexReady(page, articles, { saved = false } = {}) {
  return page.evaluate(
    ({ articles, saved }) =>
      new Promise((resolve) => {
        const check = () => {
          const mark = performance.getEntriesByName('isnad:search-index').find((m) => m.detail.phase === 'ready' && m.detail.articles === articles && (!saved || m.detail.saved));
          if (mark) resolve({ at: mark.startTime, phases: performance.getEntriesByName('isnad:search-index').map((m) => m.detail.phase) });
          else setTimeout(check, 20);
        };
        check();
      }),
    { articles, saved },
  );
}

/** Types `query` into the open search box at once; returns ms to the data and to the painted results. */
function timeQuery(page, query) {
  return page.evaluate(
    (query) =>
      new Promise((resolve) => {
        const input = document.getElementById('corpus-search');
        const before = performance.getEntriesByName('isnad:search-results').length;
        const completeBefore = performance.getEntriesByName('isnad:search-complete').length;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const t0 = performance.now();
        setValue.call(input, query);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const frame = () => {
          const list = document.querySelector('.search-results');
          if (list?.getAttribute('data-query') !== query) return requestAnimationFrame(frame);
          const mark = performance
            .getEntriesByName('isnad:search-results')
            .slice(before)
            .find((m) => m.detail.query === query);
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const painted = performance.now() - t0;
            const counted = () => {
              const complete = performance
                .getEntriesByName('isnad:search-complete')
                .slice(completeBefore)
                .find((m) => m.detail.query === query);
              if (!complete) return setTimeout(counted, 5);
              resolve({ query, data: mark ? mark.startTime - t0 : null, painted, complete: complete.startTime - t0, articles: complete.detail.articles, groups: list.children.length });
            };
            counted();
          };
          channel.port2.postMessage(null);
        };
        requestAnimationFrame(frame);
      }),
    query,
  );
}

async function importAndIndex(page, appUrl, folder) {
  await openFreshApp(page, appUrl);
  const before = await page.locator('.article-item').count();
  const expected = before + folder.files;
  await page.evaluate((expected) => {
    const bench = { t0: null };
    globalThis.__benchSearchImport = bench;
    window.addEventListener('change', () => (bench.t0 ??= performance.now()), { capture: true, once: true });
    bench.listed = new Promise((resolve) => {
      const frame = () => {
        if (bench.t0 !== null && document.querySelector('[data-testid="import-report"]') && document.querySelectorAll('.article-item').length === expected) resolve(performance.now() - bench.t0);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  }, expected);
  const rss = sampleRendererRss(100);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open folder…' }).click();
  await (await chooser).setFiles(folder.dir);
  const listed = await page.evaluate(() => globalThis.__benchSearchImport.listed);
  const t0 = await page.evaluate(() => globalThis.__benchSearchImport.t0);
  const indexed = await indexReady(page, expected);
  const saved = await indexReady(page, expected, { saved: true });
  return { expected, listed, indexed: indexed.at - t0, saved: saved.at - t0, peakRendererRss: rss.stop() };
}

async function startAndSearch(context, appUrl, expected, { rounds, log }) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  const startRss = rendererRss();
  await page.goto(appUrl);
  const ready = await indexReady(page, expected);
  if (ready.phases.includes('indexing')) problems.push(`search: the saved index was not used at start (phases ${ready.phases.join(', ')})`);
  await page.locator('.article-item[aria-selected="true"]').waitFor();
  await page.keyboard.press('Control+f');
  await page.locator('#corpus-search').waitFor();
  // Not the first of the rounds' queries: the same query twice in a row is no change to the box.
  const first = await timeQuery(page, SEARCH_QUERIES[1]);
  // The worker fills its folded texts in the background after start; the timed queries come after.
  await page.waitForTimeout(3000);
  const queries = [];
  for (let round = 0; round < rounds; round++) for (const query of SEARCH_QUERIES) queries.push(await timeQuery(page, query));
  const slowest = [...queries].sort((a, b) => b.data - a.data)[0];
  log?.(`search: ${queries.length} queries; slowest ${slowest.query} ${slowest.data.toFixed(1)} ms data, ${slowest.painted.toFixed(1)} ms painted`);
  const heap = await page.evaluate(() => performance.memory.usedJSHeapSize);
  return { searchable: ready.at, firstQuery: first, queries, problems, pageHeap: heap, rendererRss: rendererRss(), startRss };
}

/** `{ samples: [{ import, start }], problems }` over `runs` runs, each in a fresh browser. */
export async function measureSearch(appUrl, folder, { runs, rounds, log = () => {} }) {
  const samples = [];
  const problems = [];
  for (let run = 0; run < runs; run++) {
    const browser = await launchBrowser();
    try {
      const { context, page, problems: importProblems } = await freshPage(browser);
      const imported = await importAndIndex(page, appUrl, folder);
      await page.close();
      const start = await startAndSearch(context, appUrl, imported.expected, { rounds, log });
      log(
        `search run ${run + 1}: import listed ${imported.listed.toFixed(0)} ms, indexed ${imported.indexed.toFixed(0)} ms, saved ${imported.saved.toFixed(0)} ms; searchable ${start.searchable.toFixed(0)} ms after navigation; first query ${start.firstQuery.painted.toFixed(0)} ms`,
      );
      problems.push(...importProblems, ...start.problems);
      samples.push({ import: imported, start });
      await context.close();
    } finally {
      await browser.close();
    }
  }
  return { samples, problems };
}
