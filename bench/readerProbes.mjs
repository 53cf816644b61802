/**
 * What the bench asks the reader page. The functions passed to page.evaluate run in the page, so
 * each is self-contained. "Shown" means: the article root is this article's (its aria-label is
 * the article title), it has one <p> per line, and the tag highlights hold exactly the expected
 * number of ranges (CSS.highlights entries named isnad-tag-*).
 */

/**
 * Clicks a library item and times, in the page, until the first animation frame in which the
 * article is shown: `readyMs` is taken in that frame's rAF callback (the frame that paints it),
 * `paintedMs` after that frame's style, layout and paint (a message posted from the callback).
 */
export function clickAndTimeArticle(page, target, timeoutMs = 60_000) {
  return page.evaluate(
    ({ id, title, lines, annotations, spans, lineStarts, timeoutMs }) => {
      const highlighted = () => {
        let n = 0;
        for (const [name, highlight] of CSS.highlights) if (name.startsWith('isnad-tag-')) n += highlight.size;
        return n;
      };
      // A long article registers only the annotations within a screen of the view (the app's
      // paintWindow.ts, which names the window's text offsets on the root). Then "highlights
      // visible" means: the window covers every line on screen, and every annotation that
      // overlaps the window is registered.
      const expected = (root) => {
        const window = root?.dataset.paintWindow?.split(',').map(Number);
        if (!window) return annotations;
        const view = root.closest('.reader-scroll').getBoundingClientRect();
        const below = (y) => {
          let lo = 0;
          let hi = root.children.length - 1;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (root.children[mid].getBoundingClientRect().bottom <= y) lo = mid + 1;
            else hi = mid;
          }
          return lo;
        };
        const first = lineStarts[below(view.top)];
        const lastLine = below(view.bottom);
        const last = lastLine + 1 < lineStarts.length ? lineStarts[lastLine + 1] - 1 : Infinity;
        if (first < window[0] || (last > window[1] && last !== Infinity)) return -1; // the window misses text on screen
        return spans.filter(([start, end]) => end >= window[0] && start <= window[1]).length;
      };
      const state = () => {
        const root = document.querySelector('[data-testid="article-root"]');
        return { label: root?.getAttribute('aria-label') ?? null, paragraphs: root?.childElementCount ?? 0, highlights: highlighted(), expected: root ? expected(root) : null };
      };
      const shown = (s) => s.label === title && (lines == null ? s.paragraphs > 0 : s.paragraphs === lines) && s.highlights === s.expected;
      const item = document.querySelector(`.article-item[data-article-id="${id}"]`);
      if (!item) throw new Error(`no library item for ${id}`);
      // Marks put the clock's start and stops into a trace too (bench --profile reads them).
      performance.mark('bench:start');
      const t0 = performance.now();
      item.click();
      return new Promise((resolve) => {
        const frame = () => {
          const now = performance.now();
          const s = state();
          if (shown(s)) {
            performance.mark('bench:ready');
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              performance.mark('bench:painted');
              resolve({ readyMs: now - t0, paintedMs: performance.now() - t0 });
            };
            channel.port2.postMessage(null);
          } else if (now - t0 > timeoutMs) resolve({ timeout: true, state: s });
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    },
    { id: target.id, title: target.title, lines: target.lines ?? null, annotations: target.annotations, spans: target.spans ?? [], lineStarts: target.lineStarts ?? [], timeoutMs },
  );
}

/** Waits (untimed) until the page has been idle a while: a few frames and a quiet moment. */
export async function settle(page, ms = 250) {
  await page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        const idle = () => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined))), ms);
        requestAnimationFrame(() => requestAnimationFrame(idle));
      }),
    ms,
  );
}

/** Opens an article (untimed), failing loudly if it never shows. */
export async function showArticle(page, target) {
  const result = await clickAndTimeArticle(page, target);
  if (result.timeout) throw new Error(`article ${target.title} not shown: ${JSON.stringify(result.state)}`);
  await settle(page);
  return result;
}

/** The reader column's text width and visible height, so the peer lays out the same lines. */
export function readerLayout(page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid="article-root"]');
    const scroller = document.querySelector('.reader-scroll');
    return { width: root.clientWidth, height: scroller.clientHeight };
  });
}
