import { presentedMs, watchEventTiming } from './eventTiming.mjs';

/**
 * The floor under every "after paint" figure on this machine: a key press whose only effect is
 * to change the colour of one 4×4 px box, timed the same way as tagging (capture-phase keydown →
 * first frame with the change → after that frame painted). Whatever this takes, no change to
 * the page can take less; it is the browser's own frame production (here software raster on
 * two cores, no GPU), not the app's work.
 */
export async function measureFrameFloor(page, { actions }) {
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
  const samples = [];
  for (let i = 0; i < actions; i++) {
    await page.evaluate(() => {
      globalThis.__benchFloor = new Promise((resolve) => {
        const onKey = (event) => {
          if (event.key !== 'F9') return;
          window.removeEventListener('keydown', onKey, true);
          const t0 = performance.now();
          const timeStamp = event.timeStamp;
          requestAnimationFrame(() => {
            const ready = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ readyMs: ready - t0, paintedMs: performance.now() - t0, timeStamp });
            channel.port2.postMessage(null);
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
  await page.evaluate(() => document.getElementById('bench-floor')?.remove());
  return samples;
}
