/**
 * The opening floor beside each open: the same article shown by a bare page with no app
 * (bench/peer/floor.ts: one <p> per line, the reader's font and content-visibility, the text read
 * from that page's IndexedDB), timed the way measureOpen times the app: between runs another,
 * small article is shown untimed, gc, a quiet moment, then click → the first frame with every
 * paragraph, and → after that frame painted.
 */
import { articleText } from './generateArticles.mjs';
import { settle } from './readerProbes.mjs';

const OTHER = { id: 'floor-other', text: articleText(5_000, 7) };

/** Loads the floor page and stores the articles' texts (and the small other one) in its IndexedDB. */
export async function seedFloor(page, floorUrl, articles) {
  await page.goto(floorUrl);
  await page.waitForFunction(() => !!window.floorBench);
  await page.evaluate(() => window.floorBench.ready);
  for (const { id, text } of [OTHER, ...articles.map((a) => ({ id: a.record.id, text: a.text }))]) {
    await page.evaluate(({ id, text }) => window.floorBench.store(id, text), { id, text });
  }
}

const openOnce = (page, { id, lines }, layout) => page.evaluate(({ id, lines, layout }) => window.floorBench.open(id, lines, layout), { id, lines, layout });

export async function measureOpenFloor(page, { article, layout, runs }) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    await openOnce(page, { id: OTHER.id, lines: OTHER.text.split('\n').length }, layout);
    await page.evaluate(() => globalThis.gc?.());
    await settle(page, 300);
    const result = await openOnce(page, { id: article.record.id, lines: article.lines }, layout);
    if (result.timeout) throw new Error(`opening floor ${article.key}: not shown within the timeout`);
    samples.push(result);
    await settle(page);
  }
  return samples;
}
