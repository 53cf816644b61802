/**
 * Scrolling through the 1 MB article: the reader's scroller is moved by a fixed step in every
 * animation frame, from the top, for at most `maxFrames` frames or until the end, and each
 * frame's duration is the gap between successive rAF timestamps. At 60 Hz an unhurried frame is
 * 16.7 ms; anything longer is a frame the analyst sees dropped.
 *
 * The step is 240 px (14,400 px/s at 60 Hz, a hard fling of the wheel), not "whatever covers the
 * article in N frames": a step of a screen or more per frame measures the layout of a whole new
 * screen every frame, which no reader does.
 */
export const SCROLL_STEP_PX = 240;
import { settle } from './readerProbes.mjs';

export async function measureScroll(page, { maxFrames }) {
  await page.evaluate(() => {
    document.querySelector('.reader-scroll').scrollTop = 0;
  });
  await settle(page, 500);
  return page.evaluate(
    ([maxFrames, stepPx]) =>
      new Promise((resolve) => {
        const scroller = document.querySelector('.reader-scroll');
        const distance = scroller.scrollHeight - scroller.clientHeight;
        const step = stepPx;
        const frames = [];
        let last = null;
        const tick = (timestamp) => {
          if (last !== null) frames.push(timestamp - last);
          last = timestamp;
          if (frames.length >= maxFrames || scroller.scrollTop >= distance - 1) {
            resolve({ frames, step, scrollHeight: scroller.scrollHeight, reached: scroller.scrollTop, distance });
            return;
          }
          scroller.scrollTop += step;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    [maxFrames, SCROLL_STEP_PX],
  );
}
