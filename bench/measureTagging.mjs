/**
 * Tagging as the analyst does it: select a word on screen (a DOM selection plus the mouseup the
 * reader listens for, as tests/e2e/annotateSupport.ts selectSpan does), the palette opens, press a
 * digit. The clock starts in a capture-phase keydown listener on window (before the app's own
 * listener runs). "Frame" stops in the first animation frame whose highlight for that tag holds
 * one more range; "painted" at the end of that frame's main-thread work (style, layout, paint),
 * read from a trace (framePaintTrace.mjs). The app paints a new tag before its write to IndexedDB lands (it takes the highlight
 * off again if the write fails), so a second clock runs on to the frame where the side panel's
 * count shows it: that one includes the write, the live query and React ("listed").
 * Digits 1–8 are cycled so every tag (claims included) is exercised.
 */
import { presentedMs, watchEventTiming } from './eventTiming.mjs';
import { withFramePaintTrace } from './framePaintTrace.mjs';
import { settle } from './readerProbes.mjs';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8'];

/** Selects the n-th pick among the words of the paragraphs fully on screen; returns its highlight. */
function selectVisibleWord(page, { action, digit }) {
  return page.evaluate(
    ({ action, digit }) => {
      const root = document.querySelector('[data-testid="article-root"]');
      const scroller = root.closest('.reader-scroll');
      // What a mouse drag in the text does to focus: the reader (tabindex=0) takes it.
      scroller.focus({ preventScroll: true });
      const view = scroller.getBoundingClientRect();
      const words = [];
      for (const p of root.children) {
        const rect = p.getBoundingClientRect();
        if (rect.top < view.top || rect.bottom > view.bottom) continue;
        const node = p.querySelector('[data-lexical-text]')?.firstChild;
        if (!node) continue;
        for (const m of node.data.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) words.push([node, m.index, m.index + m[0].length]);
      }
      if (words.length === 0) throw new Error('no words on screen');
      const [node, start, end] = words[(action * 37) % words.length];
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      const rect = range.getBoundingClientRect();
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.x + 1, clientY: rect.y + 1 }));
      // The tag bound to this digit, by palette order (tagForDigit): default tag set order.
      const tagIds = ['person', 'organisation', 'place', 'datetime', 'figure', 'event', 'quote', 'claim'];
      const name = `isnad-tag-${tagIds[Number(digit) - 1]}`;
      return { name, before: CSS.highlights.get(name)?.size ?? 0 };
    },
    { action, digit },
  );
}

/** Arms the in-page clock: keydown (capture) → first frame with one more range under `name`. */
const LISTED_TIMEOUT_MS = 10_000;

function armClock(page, { name, before, timeoutMs = LISTED_TIMEOUT_MS }) {
  return page.evaluate(
    ({ name, before, timeoutMs }) => {
      globalThis.__benchTag = new Promise((resolve) => {
        const onKey = (event) => {
          if (!/^[1-9]$/.test(event.key)) return;
          window.removeEventListener('keydown', onKey, true);
          performance.mark('bench:start'); // for traces (bench --profile)
          const t0 = performance.now();
          const timeStamp = event.timeStamp;
          const listed = () => Number(document.querySelector('.annotation-panel h2')?.dataset.count ?? NaN);
          const listedBefore = listed();
          const times = {};
          const frame = () => {
            const now = performance.now();
            if (times.readyMs === undefined && (CSS.highlights.get(name)?.size ?? 0) === before + 1) {
              performance.mark('bench:ready');
              times.readyMs = now - t0;
              // Only a mark for --profile's breakdown: a task queued from here runs after this
              // frame is painted but is held back further by the browser (framePaintTrace.mjs),
              // so "painted" itself is read from the trace.
              scheduler.postTask(
                () => {
                  performance.mark('bench:painted');
                  times.afterFrameTaskMs = performance.now() - t0;
                },
                { priority: 'user-blocking' },
              );
            }
            if (times.listedMs === undefined && listed() === listedBefore + 1) times.listedMs = now - t0;
            if (times.readyMs !== undefined && times.afterFrameTaskMs !== undefined && times.listedMs !== undefined) resolve({ ...times, inputDelayMs: t0 - timeStamp, timeStamp });
            else if (now - t0 > timeoutMs) resolve({ timeout: true, size: CSS.highlights.get(name)?.size ?? 0, before, ...times, timeStamp });
            else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        };
        window.addEventListener('keydown', onKey, true);
      });
    },
    { name, before, timeoutMs },
  );
}

/**
 * `warmup` actions first, kept apart from the figures: the first tag of a session also loads the
 * bold font subset and compiles the code paths, a one-time cost reported on its own. With
 * `browser`, the series runs under framePaintTrace's light trace and each sample gets `paintedMs`
 * (key → the frame with the highlight painted); without it (inside --profile's own trace) not.
 */
export async function measureTagging(page, { actions, warmup = 0, browser = null }) {
  await watchEventTiming(page);
  const series = () => tagSeries(page, { actions, warmup });
  const { result: results, paints } = browser ? await withFramePaintTrace(browser, page, series) : { result: await series(), paints: [] };
  const samples = [];
  const problems = [];
  results.forEach((result, action) => {
    // Painted, but not listed in the panel within the timeout (19 MB): the tag's figures stand,
    // and "listed" counts as the timeout, so its p95 says at least that much.
    const paintedNotListed = result.timeout && result.readyMs !== undefined && result.size === result.before + 1;
    if (result.timeout && !paintedNotListed) problems.push(result);
    else samples.push({ ...result, ...(paintedNotListed ? { listedMs: LISTED_TIMEOUT_MS, listedTimedOut: true } : {}), paintedMs: paints[action]?.paintedMs ?? undefined });
  });
  return { samples: samples.filter((s) => !s.warmup), warmup: samples.filter((s) => s.warmup), problems };
}

/** One result per action, in order (each has made exactly one bench:start mark). */
async function tagSeries(page, { actions, warmup }) {
  const results = [];
  for (let action = 0; action < warmup + actions; action++) {
    const digit = DIGITS[action % DIGITS.length];
    const target = await selectVisibleWord(page, { action, digit });
    await page.getByTestId('tag-palette').waitFor();
    // An analyst reads the palette before pressing a digit (a reaction takes well over 100 ms),
    // so the key finds a still page. Without this pause the key came ~20 ms after the mouseup,
    // right behind the frame that drew the palette, and the tag's frame waited a vsync for it.
    // settle() ends in animation frames, so the quiet wait after it is what leaves no frame
    // pending when the key arrives (trace, session 3).
    await settle(page, 100);
    await page.waitForTimeout(50);
    await armClock(page, target);
    await page.keyboard.press(digit);
    const result = await page.evaluate(() => globalThis.__benchTag);
    const warm = action < warmup;
    // A tag painted but not listed in time still has its key press's time to screen.
    const shown = result.readyMs !== undefined ? { presentedMs: await presentedMs(page, result.timeStamp) } : {};
    results.push(result.timeout ? { action, digit, warmup: warm, ...result, ...shown } : { digit, warmup: warm, ...result, ...shown });
    await settle(page, 150);
    // Back to the same state before each action: no annotation selected, no palette.
    await page.keyboard.press('Escape');
    await settle(page, 100);
  }
  return results;
}
