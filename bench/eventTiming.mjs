/**
 * The browser's own answer to "how long from this key press to the frame on screen": Event
 * Timing (the API behind INP). Its `duration` runs from the event's timestamp to the presentation
 * of the next frame after the handlers ran, rounded to 8 ms; entries are only reported from 16 ms
 * up, so a key press without one was on screen in under 16 ms.
 */

/** Starts recording key presses' presentation times in the page (once per page). */
export function watchEventTiming(page) {
  return page.evaluate(() => {
    if (globalThis.__eventTimings) return;
    const seen = (globalThis.__eventTimings = new Map());
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') seen.set(Math.round(entry.startTime * 1000), entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
}

/** The presented duration of the key press with this timestamp: a number ≥ 16, or null for "< 16 ms". */
export async function presentedMs(page, timeStamp) {
  await page.waitForTimeout(60); // entries are delivered after the frame is presented
  return page.evaluate((key) => globalThis.__eventTimings.get(key) ?? null, Math.round(timeStamp * 1000));
}

/**
 * Key presses by time to screen, in Event Timing's 8 ms steps ("<16" for those it did not report),
 * and the p95 step: e.g. { n: 40, histogram: '<16: 1, 16: 30, 24: 6, 32: 2, 40: 1', p95: 32 }.
 */
export function summarisePresented(values) {
  const counts = new Map();
  for (const v of values) counts.set(v ?? 0, (counts.get(v ?? 0) ?? 0) + 1);
  const histogram = [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([v, c]) => `${v === 0 ? '<16' : v}: ${c}`)
    .join(', ');
  const sorted = values.map((v) => v ?? 0).sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? null;
  return { n: values.length, histogram, p95: p95 === 0 ? '<16' : p95 };
}
