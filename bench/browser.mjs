/**
 * Debian's Chromium driven by Playwright (its own browser download is impossible here), with
 * the flags that make heap figures meaningful: precise memory info (otherwise
 * performance.memory is rounded and cached) and an exposed gc() for "heap after gc".
 */
import { chromium } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';

export const CHROMIUM = process.env['ISNAD_CHROMIUM'] ?? '/usr/bin/chromium';
/** The e2e tests' window, so the reader column (and so line breaking) is the one they see. */
export const VIEWPORT = { width: 1280, height: 820 };

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
      // A bench tab must not be throttled as a background tab would be.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}

/** A fresh profile (empty IndexedDB) with one page; page errors are collected, not thrown. */
export async function freshPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

/** JS heap in use after a full gc, in bytes (CDP's figure, which matches DevTools'). */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.evaluate(() => {
      globalThis.gc?.();
      globalThis.gc?.();
    });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
    return { jsHeapUsed: metric('JSHeapUsedSize'), jsHeapTotal: metric('JSHeapTotalSize'), domNodes: metric('Nodes') };
  } finally {
    await cdp.detach();
  }
}

/** Ids of this process's descendants (the browser Playwright started and its children). */
function descendants(rootPid) {
  const parentOf = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) follows the ")" that closes the command name.
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const out = [];
  const walk = (pid) => {
    for (const [child, parent] of parentOf)
      if (parent === pid) {
        out.push(child);
        walk(child);
      }
  };
  walk(rootPid);
  return out;
}

/**
 * Samples the resident memory of this bench's Chromium renderer processes every `everyMs`, so the
 * import's memory figure also covers what the JS heap does not (DOM, layout, IndexedDB buffers).
 * Only our own descendants are read: other Chromiums (e.g. an e2e run) are left out.
 */
const renderers = () =>
  descendants(process.pid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
    } catch {
      return false;
    }
  });

/** The largest resident size (bytes) among the given processes right now. */
function largestRss(pids) {
  let largest = 0;
  for (const pid of pids) {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      largest = Math.max(largest, kb * 1024);
    } catch {
      // gone
    }
  }
  return largest;
}

/** The largest resident size among this bench's renderer processes now. */
export const rendererRss = () => largestRss(renderers());

export function sampleRendererRss(everyMs = 100) {
  let pids = renderers();
  let peak = largestRss(pids);
  let ticks = 0;
  const timer = setInterval(() => {
    if (++ticks % 10 === 0) pids = renderers();
    peak = Math.max(peak, largestRss(pids));
  }, everyMs);
  return { stop: () => (clearInterval(timer), peak) };
}
