/**
 * `npm run bench`: builds the renderer and the peer page, generates the bench articles, drives
 * both in Chromium, prints the table and writes bench/results.json. It exits non-zero only when
 * something crashes, never because a figure misses its budget.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser, freshPage } from './browser.mjs';
import { watchContention } from './contention.mjs';
import { environment } from './environment.mjs';
import { buildApp, buildPeer } from './buildTargets.mjs';
import { BENCH_ARTICLES, benchArticle } from './generateArticles.mjs';
import { describeCorpus, exportCorpus } from './generateExportCorpus.mjs';
import { measureExport } from './measureExport.mjs';
import { BUNDLE_CORPUS, measureBundle } from './measureBundle.mjs';
import { measureHeap } from './measureHeap.mjs';
import { measureImport } from './measureImport.mjs';
import { measureOpen } from './measureOpen.mjs';
import { measureOpenFloor, seedFloor } from './measureOpenFloor.mjs';
import { PEER_RENDERERS, peerOpen, peerTagging } from './measurePeer.mjs';
import { measureScroll } from './measureScroll.mjs';
import { measureSearch } from './measureSearch.mjs';
import { measureMentions } from './measureMentions.mjs';
import { measureTagging } from './measureTagging.mjs';
import { measureFrameFloor } from './measureFrameFloor.mjs';
import { parseOptions } from './options.mjs';
import { profileHotspots } from './profileHotspots.mjs';
import { readerLayout, showArticle } from './readerProbes.mjs';
import { buildRows, printProfile, printTable, writeResults } from './report.mjs';
import { seedArticles } from './seedDatabase.mjs';
import { serveStatic } from './servers.mjs';
import { writeImportFolder } from './writeImportFolder.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const WORK = here('./.work');
const APP_PORT = Number(process.env['ISNAD_BENCH_PORT'] ?? 4191);
const started = Date.now();
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** What the in-page probes need to know about an article. */
const targetOf = (article) => ({
  id: article.record.id,
  title: article.record.title,
  lines: article.lines,
  annotations: article.annotations.length,
  spans: article.annotations.map((a) => [a.start, a.end]),
  lineStarts: [0, ...[...article.text.matchAll(/\n/g)].map((m) => m.index + 1)],
});

/** The sample article left open between timed opens (no annotations), as the probes see it. */
async function otherOf(page, id) {
  const title = await page.locator(`.article-item[data-article-id="${id}"] .article-title`).textContent();
  return { id, title: title.trim(), annotations: 0 };
}

/** Runs one measured part, noting how busy the rest of the machine was meanwhile. */
async function part(results, name, action) {
  log(name);
  const watch = watchContention();
  const value = await action();
  (results.contention ??= {})[name.split(':')[0]] = watch.stop();
  // What is measured so far, so a run cut short (or one that crashes later) keeps its figures.
  writeFileSync(here('./.work/partial-results.json'), JSON.stringify({ ...results, [`partial:${name}`]: value }));
  return value;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  const results = { environment: environment(), options: { ...options, wants: undefined } };

  if (!options.skipBuild) {
    log('building the renderer (vite.renderer.ts → bench/.work/renderer) and the peer page');
    await buildApp();
    await buildPeer();
  }
  log('generating articles from resources/corpus');
  // The sizes asked for (--sizes); --profile may need one more, made when it asks.
  const made = new Map();
  const articleFor = (key) => {
    if (!made.has(key)) made.set(key, benchArticle(BENCH_ARTICLES.find((spec) => spec.key === key)));
    return made.get(key);
  };
  const articles = Object.fromEntries(BENCH_ARTICLES.filter((spec) => options.wantsSize(spec.key)).map((spec) => [spec.key, articleFor(spec.key)]));
  const keys = Object.keys(articles);
  results.articles = Object.fromEntries(Object.entries(articles).map(([key, a]) => [key, { bytes: a.bytes, chars: a.text.length, lines: a.lines, annotations: a.annotations.length }]));
  const folder = options.wants('import') || options.wants('search') ? writeImportFolder(WORK) : null;
  const corpus = options.wants('export') ? exportCorpus() : null;
  if (corpus) results.exportCorpus = describeCorpus(corpus);
  const bundleCorpus = options.wants('bundle') || options.wants('mentions') ? exportCorpus(BUNDLE_CORPUS) : null;
  if (bundleCorpus) results.bundleCorpus = describeCorpus(bundleCorpus);

  const app = await serveStatic(here('./.work/renderer'), APP_PORT);
  const peer = await serveStatic(here('./.work/peer'), APP_PORT + 1);
  const browser = await launchBrowser();
  results.environment.chromium = browser.version();
  const problems = [];
  try {
    let layout = { width: 840, height: 700 };
    if (['open', 'tag', 'scroll'].some(options.wants)) {
      const { context, page, problems: pageProblems } = await freshPage(browser);
      log(`seeding the ${keys.join(', ')} articles`);
      const other = await otherOf(page, await seedArticles(page, app.url, Object.values(articles)));
      await showArticle(page, targetOf(articles[keys[0]]));
      layout = await readerLayout(page);
      results.readerLayout = layout;
      if (options.wants('open')) {
        // The opening floor in a second page of the same browser, each size right after ours.
        const floor = await freshPage(browser);
        await seedFloor(floor.page, `${peer.url}floor.html`, Object.values(articles));
        results.open = {};
        results.openFloor = {};
        for (const key of keys) {
          results.open[key] = await part(results, `open ${key}: ${options.openRuns} runs`, () => measureOpen(page, { target: targetOf(articles[key]), other, runs: options.openRuns }));
          results.openFloor[key] = await part(results, `opening floor ${key}: ${options.openRuns} runs`, () =>
            measureOpenFloor(floor.page, { article: articles[key], layout, runs: options.openRuns }),
          );
        }
        problems.push(...floor.problems);
        await floor.context.close();
      }
      if (options.wants('scroll') && articles['1m']) {
        await showArticle(page, targetOf(articles['1m']));
        results.scroll = await part(results, `scroll through 1 MB: up to ${options.scrollFrames} frames`, () => measureScroll(page, { maxFrames: options.scrollFrames }));
      }
      if (options.wants('tag')) {
        results.tagging = {};
        results.frameFloor = {};
        for (const key of keys) {
          await showArticle(page, targetOf(articles[key]));
          results.tagging[key] = await part(results, `tag on ${key}: ${options.tagActions} actions`, () => measureTagging(page, { actions: options.tagActions, warmup: 2, browser }));
          results.frameFloor[key] = await part(results, `frame floor ${key}: ${options.tagActions} key presses`, () => measureFrameFloor(page, { actions: options.tagActions, browser }));
        }
      }
      problems.push(...pageProblems);
      await context.close();
    }
    if (options.wants('heap')) {
      const heapKeys = keys.filter((key) => articles[key].nominalBytes >= 1_000_000);
      results.heap = await part(results, `heap: ${heapKeys.join(', ')} open, fresh profile`, () =>
        measureHeap(browser, app.url, Object.values(articles), { targets: heapKeys.map((key) => ({ key, ...targetOf(articles[key]) })), otherOf }),
      );
    }

    if (options.wants('peer')) {
      const { context, page, problems: pageProblems } = await freshPage(browser);
      await page.goto(peer.url);
      await page.waitForFunction(() => !!window.peerBench);
      // Both of the peer's renderers; the report sets ours beside the faster of the two on each row.
      results.peer = {};
      for (const renderer of PEER_RENDERERS) {
        const peer = (results.peer[renderer] = { open: {}, tagging: {} });
        for (const key of keys.filter(options.wantsPeerSize)) {
          const runs = articles[key].bytes > 1_000_000 ? options.peerBigOpenRuns : options.peerOpenRuns;
          peer.open[key] = await part(results, `peer ${renderer} open ${key}: ${runs} runs`, () => peerOpen(page, articles[key], layout, runs, renderer));
          peer.tagging[key] = await part(results, `peer ${renderer} tag on ${key}: ${options.peerTagActions} actions`, () =>
            peerTagging(browser, page, articles[key], layout, options.peerTagActions, 2, renderer),
          );
        }
      }
      problems.push(...pageProblems.filter((p) => !p.includes('Took ')));
      await context.close();
    }

    if (options.wants('import')) {
      results.import = await part(results, `import ${folder.files} files: ${options.importRuns} runs`, () => measureImport(app.url, folder, { runs: options.importRuns }));
      for (const run of results.import) problems.push(...run.problems);
    }

    if (options.wants('export')) {
      results.export = {};
      for (const format of ['html', 'docx']) {
        results.export[format] = await part(results, `export ${format}: ${corpus.length} articles, ${options.exportRuns} runs`, () =>
          measureExport(app.url, corpus, { formats: [format], runs: options.exportRuns, work: WORK, log }).then((r) => r[format]),
        );
        problems.push(...results.export[format].problems);
      }
    }
    if (options.wants('mentions')) {
      results.mentions = await part(results, `find all mentions over ${bundleCorpus.length} articles: ${options.mentionRuns} runs`, () =>
        measureMentions(app.url, bundleCorpus, { runs: options.mentionRuns, log }),
      );
      problems.push(...results.mentions.problems);
    }
    if (options.wants('search')) {
      results.search = await part(results, `search over ${folder.files} articles: ${options.searchRuns} runs`, () =>
        measureSearch(app.url, folder, { runs: options.searchRuns, rounds: options.searchRounds, log }),
      );
      problems.push(...results.search.problems);
    }
    if (options.wants('bundle')) {
      results.bundle = await part(results, `bundle ${bundleCorpus.length} articles: ${options.bundleRuns} runs`, () =>
        measureBundle(app.url, bundleCorpus, { runs: options.bundleRuns, work: WORK, log }),
      );
      problems.push(...results.bundle.problems);
    }
  } finally {
    await browser.close();
    await app.close();
    await peer.close();
  }

  results.problems = problems;
  const { rows, verdicts } = buildRows(results);
  console.log(
    `\nIsnad bench — ${results.environment.chromium ? `Chromium ${results.environment.chromium}` : ''}, ${results.environment.cpu} ×${results.environment.cores}, commit ${results.environment.commit}${results.environment.uncommittedChanges ? ` + uncommitted src changes (src digest ${results.environment.srcDigest})` : ''}${options.quick ? ', --quick' : ''}\n`,
  );
  console.log(printTable(rows));
  console.log(
    '\n"frame" stops in the first animation frame that has the change. Tagging\'s "frame painted" stops when the main\n' +
      'thread has finished that frame (style, layout, paint), read from a light trace (bench/framePaintTrace.mjs); opens\n' +
      'stop "after that frame painted" when a message posted in it is handled (an upper bound). "on screen" adds raster and\n' +
      'display (Event Timing). "frame floor" is the tag clock on a key press that recolours a 4 px box.',
  );
  const missed = Object.values(verdicts).filter((v) => v.met === false);
  console.log(`\nBudgets missed: ${missed.length === 0 ? 'none' : ''}`);
  const inUnit = (v, value) => (v.unit === 'bytes' ? `${Math.round(value / 1048576)} MB` : v.unit === 'ratio' ? `${value.toFixed(2)}×` : `${Math.round(value)} ms`);
  for (const [row, v] of Object.entries(verdicts)) if (v.met === false) console.log(`  - ${row}: ${v.statistic} ${inUnit(v, v.value)} > ${inUnit(v, v.limit)}`);
  const unpainted = Object.values(results.tagging ?? {}).reduce((n, t) => n + t.problems.length, 0);
  if (unpainted) console.log(`Tag actions that never painted: ${unpainted}`);
  if (problems.length) console.log(`Page errors: ${problems.length} (see results.json "problems")`);
  const busy = Object.entries(results.contention ?? {}).filter(([, cores]) => cores >= 0.25);
  if (busy.length) console.log(`Warning: other processes kept ${busy.map(([p, c]) => `${c} cores busy during "${p}"`).join(', ')}; those figures are inflated. Re-run on a quiet machine.`);

  // A missed budget is profiled at once (unless --no-profile), so the run says where the time goes.
  // The profiler knows open, tag and import; an export miss is not profiled.
  const profiled = ['open', 'tag', 'import'];
  const missedParts = new Set(
    Object.entries(verdicts)
      .filter(([, v]) => v.met === false)
      .map(([row]) => profiled.find((p) => row.startsWith(p)))
      .filter(Boolean),
  );
  const toProfile = options.profile ? profiled : options.noProfile ? [] : [...missedParts];
  if (toProfile.length > 0) {
    log(`profiling (${toProfile.join(', ')}) on an unminified build`);
    results.profile = await profileHotspots({
      parts: toProfile,
      openArticle: articleFor(options.profileSize),
      tagArticle: articleFor('200k'),
      folder: folder ?? writeImportFolder(WORK),
      work: WORK,
      port: APP_PORT + 2,
      log,
      targetOf,
    });
    results.profile.sameSourceAsFigures = results.profile.srcDigest === results.environment.srcDigest;
    console.log(printProfile(results.profile));
  }
  writeResults(here('./results.json'), results, rows, verdicts);
  console.log(`\nWrote bench/results.json (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
