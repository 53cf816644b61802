/**
 * `--profile`: one 1 MB open (`--profile=19m`: of that size) and a series of tag actions on the 200 KB article, recorded with the
 * V8 CPU profiler and a Chrome trace on an unminified build of the same source, summarised by
 * function and source file (profileSummary.mjs). Raw files: bench/.work/profiles/.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshPage, launchBrowser } from './browser.mjs';
import { buildApp } from './buildTargets.mjs';
import { environment } from './environment.mjs';
import { measureImportOnce } from './measureImport.mjs';
import { measureOpen } from './measureOpen.mjs';
import { measureTagging } from './measureTagging.mjs';
import { summary } from './stats.mjs';
import { cpuHotspots, longTasks, measuredWindows } from './profileSummary.mjs';
import { clickAndTimeArticle, settle, showArticle } from './readerProbes.mjs';
import { seedArticles } from './seedDatabase.mjs';
import { serveStatic } from './servers.mjs';
import { loadSourceMap } from './sourceMapLookup.mjs';

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'blink.user_timing', 'toplevel'];

async function record(browser, page, name, dir, locate, action, { categories = TRACE_CATEGORIES, interval = 200 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval });
  await browser.startTracing(page, { categories });
  await cdp.send('Profiler.start');
  const timing = await action();
  const { profile } = await cdp.send('Profiler.stop');
  const trace = await browser.stopTracing();
  await cdp.detach();
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  writeFileSync(join(dir, `${name}.trace.json`), trace);
  return { timing, measured: measuredWindows(trace, profile, locate), cpu: cpuHotspots(profile, locate), longTasks: longTasks(trace, profile, locate) };
}

export async function profileHotspots({ parts, openArticle, tagArticle, folder, work, port, log, targetOf }) {
  const root = await buildApp({ profile: true });
  // The source may have moved on since the figures were measured (it is read again here).
  const { srcDigest } = environment();
  const mapFile = readdirSync(join(root, 'assets')).find((f) => f.startsWith('index-') && f.endsWith('.js.map')); // the app's bundle, not the export worker's
  const lookup = loadSourceMap(join(root, 'assets', mapFile));
  const bundleName = mapFile.replace(/\.map$/, '');
  const locate = (url, line, column) => (url.endsWith(bundleName) ? lookup(line, column) : null);
  const dir = join(work, 'profiles');
  mkdirSync(dir, { recursive: true });
  const out = { build: 'unminified (bench/.work/renderer-profile)', srcDigest, files: dir };

  const server = await serveStatic(root, port);
  try {
    if (parts.includes('open') || parts.includes('tag')) {
      const browser = await launchBrowser();
      try {
        const { page } = await freshPage(browser);
        const otherId = await seedArticles(page, server.url, [...new Set([openArticle, tagArticle])]);
        const otherTitle = (await page.locator(`.article-item[data-article-id="${otherId}"] .article-title`).textContent()).trim();
        const other = { id: otherId, title: otherTitle, annotations: 0 };
        if (parts.includes('open')) {
          log(`profile: open ${openArticle.key}`);
          await showArticle(page, other);
          await settle(page, 500);
          out.open = await record(browser, page, `open-${openArticle.key}`, dir, locate, async () => {
            const timing = await clickAndTimeArticle(page, targetOf(openArticle));
            await settle(page, 300);
            return timing;
          });
          out.open.size = openArticle.label;
          log(`profile: what-if layouts of the ${openArticle.key} open`);
          out.whatIf = await layoutWhatIf(page, targetOf(openArticle), other);
        }
        if (parts.includes('tag')) {
          log('profile: tagging on 200 KB (8 actions)');
          await showArticle(page, targetOf(tagArticle));
          await measureTagging(page, { actions: 2 }); // the cold first tags, untraced
          await settle(page, 500);
          out.tagging = await record(browser, page, 'tag-200k', dir, locate, () => measureTagging(page, { actions: 8 }));
        }
      } finally {
        await browser.close();
      }
    }
    if (parts.includes('import')) {
      log('profile: import 2,000 files');
      out.import = await profileImport(server.url, folder, dir, locate);
    }
    return out;
  } finally {
    await server.close();
  }
}

/**
 * One import, traced: the timeline categories only and a coarser sampling interval, because it
 * runs for seconds (a full trace of it is hundreds of MB).
 */
async function profileImport(appUrl, folder, dir, locate) {
  const browser = await launchBrowser();
  try {
    let recorded = null;
    await measureImportOnce(browser, appUrl, folder, {
      around: async (page, action) => {
        recorded = await record(browser, page, 'import', dir, locate, action, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel'], interval: 1000 });
        return recorded.timing;
      },
    });
    return recorded;
  } finally {
    await browser.close();
  }
}

/**
 * A trace says how long layout took, not for which part of the page. These runs answer that by
 * changing the page with injected CSS (the app's files are untouched) and timing the 1 MB open
 * (click → after the frame is painted) again: without the annotation panel's list, and with
 * off-screen paragraphs skipped by `content-visibility: auto`.
 */
const WHAT_IF = {
  'as built': '',
  'annotation panel hidden': '.annotation-panel { display: none !important; }',
  'paragraphs content-visibility:auto': '.article-paragraph { content-visibility: auto; contain-intrinsic-size: auto 120px; }',
  both: '.annotation-panel { display: none !important; } .article-paragraph { content-visibility: auto; contain-intrinsic-size: auto 120px; }',
};

async function layoutWhatIf(page, target, other) {
  const out = {};
  for (const [label, css] of Object.entries(WHAT_IF)) {
    await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      globalThis.__benchSheet = sheet;
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, css);
    const runs = await measureOpen(page, { target, other, runs: 3 });
    out[label] = { readyMs: summary(runs.map((r) => r.readyMs)).median, paintedMs: summary(runs.map((r) => r.paintedMs)).median };
    await page.evaluate(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== globalThis.__benchSheet)));
  }
  return out;
}
