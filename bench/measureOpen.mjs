/**
 * Opening an article, as the analyst does it: with another article in the reader, click this one
 * in the library; the clock runs from the click to the first frame with the whole text and every
 * highlight present (readerProbes.clickAndTimeArticle). Between runs the other article (a small
 * sample without annotations) is opened again, untimed, and the page left to settle.
 */
import { clickAndTimeArticle, settle, showArticle } from './readerProbes.mjs';

export async function measureOpen(page, { target, other, runs }) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    await showArticle(page, other);
    await page.evaluate(() => globalThis.gc?.());
    await settle(page, 300);
    const result = await clickAndTimeArticle(page, target);
    if (result.timeout) throw new Error(`open ${target.title}: not shown within the timeout (${JSON.stringify(result.state)})`);
    samples.push(result);
    await settle(page);
  }
  return samples;
}
