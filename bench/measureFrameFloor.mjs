import { presentedMs, watchEventTiming } from './eventTiming.mjs';
import { withFramePaintTrace } from './framePaintTrace.mjs';

/**
 * The floor under every "painted" figure in the reader: a key press whose only effect is to
 * change the colour of one 4×4 px box, timed the same way as tagging (capture-phase keydown →
 * first frame with the change → that frame painted, from the same light trace), with the 200 KB
 * article open. No change to this page can take less. It is not the bare browser: any change
 * makes Chromium rebuild the highlight markers and repaint the highlighted text near the screen
 * (see src/renderer/editor/paintWindow.ts), so this row shows that cost too.
 */
export async function measureFrameFloor(page, { actions, browser }) {
  await watchEventTiming(page);
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'bench-floor';
    box.style.cssText = 'position:fixed;inset-block-start:0;inset-inline-start:0;width:4px;height:4px;background:#000;z-index:99';
    document.body.append(box);
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'F9') return;
        event.preventDefault();
        box.style.background = box.style.background === 'rgb(0, 0, 0)' ? '#fff' : '#000';
      },
      { capture: false },
    );
  });
  const { result: samples, paints } = await withFramePaintTrace(browser, page, () => floorSeries(page, actions));
  await page.evaluate(() => document.getElementById('bench-floor')?.remove());
  return samples.map((sample, i) => ({ ...sample, paintedMs: paints[i]?.paintedMs ?? undefined }));
}

async function floorSeries(page, actions) {
  const samples = [];
  for (let i = 0; i < actions; i++) {
    await page.evaluate(() => {
      globalThis.__benchFloor = new Promise((resolve) => {
        const onKey = (event) => {
          if (event.key !== 'F9') return;
          window.removeEventListener('keydown', onKey, true);
          performance.mark('bench:start');
          const t0 = performance.now();
          const timeStamp = event.timeStamp;
          requestAnimationFrame(() => {
            performance.mark('bench:ready');
            resolve({ readyMs: performance.now() - t0, timeStamp });
          });
        };
        window.addEventListener('keydown', onKey, true);
      });
    });
    await page.keyboard.press('F9');
    const sample = await page.evaluate(() => globalThis.__benchFloor);
    samples.push({ ...sample, presentedMs: await presentedMs(page, sample.timeStamp) });
    await page.waitForTimeout(50);
  }
  return samples;
}
