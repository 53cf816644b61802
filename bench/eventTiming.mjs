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

/** How many key presses were on screen in under 16 ms, and the reported durations of the others. */
export function summarisePresented(values) {
  const over = values.filter((v) => v !== null);
  return { n: values.length, under16: values.length - over.length, over16: over.sort((a, b) => a - b) };
}
