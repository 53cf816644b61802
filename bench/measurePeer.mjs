/**
 * The peer (@recogito/text-annotator) on the same texts and spans, laid out at the app's reader
 * width and height, with either of its renderers: SPANS (its default) or CSS_HIGHLIGHTS (the API
 * Isnad paints with). See bench/peer/main.ts for what its clock covers.
 */
export const PEER_RENDERERS = ['SPANS', 'CSS_HIGHLIGHTS'];
import { withFramePaintTrace } from './framePaintTrace.mjs';
import { settle } from './readerProbes.mjs';

const TAGS = ['person', 'organisation', 'place', 'datetime', 'figure', 'event', 'quote', 'claim'];

/** The span fields the peer needs (its own shape is built in the page, before the clock starts). */
const spansOf = (article) => article.annotations.map(({ id, tagId, start, end, exact }) => ({ id, tagId, start, end, exact }));

export async function peerOpen(page, article, layout, runs, renderer) {
  const spans = spansOf(article);
  const samples = [];
  for (let run = 0; run < runs; run++) {
    await page.evaluate(() => {
      window.peerBench.clear();
      globalThis.gc?.();
    });
    await settle(page, 300);
    samples.push(await page.evaluate(({ text, spans, layout, renderer }) => window.peerBench.open(text, spans, layout, renderer), { text: article.text, spans, layout, renderer }));
  }
  return samples;
}

/** Tags through the peer's API; "painted" comes from the same light trace as ours. */
export async function peerTagging(browser, page, article, layout, actions, warmup, renderer) {
  await page.evaluate(({ text, spans, layout, renderer }) => window.peerBench.open(text, spans, layout, renderer), { text: article.text, spans: spansOf(article), layout, renderer });
  await settle(page, 500);
  const words = await page.evaluate((n) => window.peerBench.visibleWords(n), warmup + actions);
  const { result, paints } = await withFramePaintTrace(browser, page, async () => {
    const samples = [];
    for (let action = 0; action < warmup + actions; action++) {
      const word = words[action % words.length];
      const span = { id: `peer-tag-${action}`, tagId: TAGS[action % TAGS.length], ...word };
      samples.push(await page.evaluate((span) => window.peerBench.tag(span), span));
      await settle(page, 150);
    }
    return samples;
  });
  // The same warm-up as the app side is left out.
  return result.map((sample, i) => ({ ...sample, afterFrameTaskMs: sample.paintedMs, paintedMs: paints[i]?.paintedMs ?? undefined })).slice(warmup);
}
