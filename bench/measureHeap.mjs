/**
 * JS heap with each large article open, after a forced full gc (what stays alive: text, Lexical's
 * node map, ranges, annotation rows, React state), on a fresh profile so nothing from earlier
 * runs is counted: first with the small sample article open (the baseline), then for each target
 * in turn: with it open, then with the sample again (what opening it left behind).
 */
import { freshPage, heapAfterGc } from './browser.mjs';
import { settle, showArticle } from './readerProbes.mjs';
import { seedArticles } from './seedDatabase.mjs';

export async function measureHeap(browser, appUrl, articles, { targets, otherOf }) {
  const { context, page } = await freshPage(browser);
  try {
    const other = await otherOf(page, await seedArticles(page, appUrl, articles));
    await settle(page, 500);
    const baseline = await heapAfterGc(page);
    const out = { baseline, byArticle: {} };
    for (const target of targets) {
      await showArticle(page, target);
      await settle(page, 500);
      const open = await heapAfterGc(page);
      await showArticle(page, other);
      await settle(page, 500);
      const afterClosing = await heapAfterGc(page);
      out.byArticle[target.key] = { open, afterClosing, deltaJsHeap: open.jsHeapUsed - baseline.jsHeapUsed, retainedJsHeap: afterClosing.jsHeapUsed - baseline.jsHeapUsed };
    }
    return out;
  } finally {
    await context.close();
  }
}
