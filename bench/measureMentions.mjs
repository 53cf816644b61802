/**
 * "Find all mentions" (issue 13) over the bench's 2,000-article corpus: one entity with three
 * aliases (بوتين, فلاديمير بوتين, الرئيس الروسي), run from its page in the entities view with the
 * "Find mentions in the corpus" button. The clock is the page's, from the click to the frame after
 * the list of suggestions is on screen (its count no longer says it is looking). The library is
 * seeded straight into IndexedDB, then opened in a new tab (a fresh renderer, as after a restart);
 * the runs begin once the corpus search's worker, which find-all asks for the matches, is ready and
 * keeps every article's text.
 */
import { freshPage, launchBrowser } from './browser.mjs';
import { seedLibrary } from './seedDatabase.mjs';

export const MENTION_ALIASES = ['بوتين', 'فلاديمير بوتين', 'الرئيس الروسي'];

function installProbe() {
  globalThis.__benchMentions = new Promise((resolve) => {
    let t0 = null;
    window.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof Element && event.target.closest('[data-bench="find-mentions"]')) t0 = performance.now();
      },
      { capture: true, once: true },
    );
    const done = () => {
      const count = document.querySelector('.suggestions-count');
      return t0 !== null && count && count.getAttribute('data-busy') === 'false';
    };
    const watch = new MutationObserver(() => {
      if (!done()) return;
      watch.disconnect();
      const listed = document.querySelectorAll('.suggestion-list li').length;
      const found = performance.getEntriesByName('isnad-mentions-found').at(-1)?.startTime ?? NaN;
      requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - t0, found: found - t0, listed, text: document.querySelector('.suggestions-count').textContent })));
    });
    watch.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

async function seedEntity(page) {
  await page.evaluate(async (aliases) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('isnad');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['entities'], 'readwrite');
    tx.objectStore('entities').put({
      id: 'bench-putin',
      name: aliases[1],
      latinName: 'Vladimir Putin',
      type: 'person',
      aliases: [aliases[0], aliases[2]],
      wikidataId: 'Q7747',
      note: null,
      createdAt: 1,
      updatedAt: 1,
      author: 'bench',
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, MENTION_ALIASES);
}

/** `{ samples: [{ ms, listed }], problems }`: `runs` runs in one fresh renderer after seeding. */
export async function measureMentions(appUrl, corpus, { runs, log = () => {} }) {
  const samples = [];
  const problems = [];
  const browser = await launchBrowser();
  try {
    const source = await freshPage(browser);
    await seedLibrary(source.page, appUrl, corpus);
    await seedEntity(source.page);
    const page = await source.context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await source.page.close();
    await page.goto(appUrl);
    await page.locator('.article-item[aria-selected="true"]').waitFor();
    // The search index is built (or brought up to date) once per start; the runs time find-all on it.
    await page.keyboard.press('Control+f');
    await page.locator('.search-status[data-phase="ready"]').waitFor({ state: 'attached', timeout: 120_000 });
    // Then until the worker keeps every text (it reads them after the index is ready; a find-all
    // before that reads what it lacks first, about twice as long): the runs time find-all itself.
    const ready = Date.now();
    await page.locator('.search-status[data-warm="true"]').waitFor({ state: 'attached', timeout: 120_000 });
    log(`mentions: the worker kept every text ${Date.now() - ready} ms after the index was ready`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+E');
    await page.locator('.entities-view').getByText(MENTION_ALIASES[1]).first().click();
    for (let run = 0; run < runs; run++) {
      await page.evaluate(installProbe);
      await page.locator('[data-bench="find-mentions"]').click();
      const sample = await page.evaluate(() => globalThis.__benchMentions);
      samples.push(sample);
      log(`mentions run ${run + 1}: ${sample.ms.toFixed(0)} ms painted, ${sample.found.toFixed(0)} ms found, ${sample.text}`);
      await page.keyboard.press('Escape');
      await page.locator('.suggestions-bar').waitFor({ state: 'detached' });
      await page.keyboard.press('Control+Shift+E');
      await page.locator('[data-bench="find-mentions"]').waitFor();
    }
  } finally {
    await browser.close();
  }
  return { samples, problems };
}
