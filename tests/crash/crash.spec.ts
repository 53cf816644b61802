/**
 * Crash tests (issue 14, "Nothing lost"): Chromium on a persistent profile is SIGKILLed in the middle
 * of a burst of tagging, a folder import, a bundle import, an entity merge and an export, at kill
 * points a seeded PRNG chooses, then relaunched on the same profile. After each relaunch:
 *
 * - every change the screen confirmed before the kill is stored (confirmed: an annotation listed in
 *   the panel, an article listed in the library, a data import's report, a merge's notice — each of
 *   these is read from the database, so on screen means committed);
 * - nothing is half-written (crashChecks.halfWritten; a bundle import and a merge all or nothing);
 * - the corpus search, asked in the app, finds exactly the stored articles holding a word.
 *
 * Each relaunch is also the start of the next kill point, so the profile lives through every crash
 * of its scenario. ISNAD_CRASH_POINTS sets the kill points per scenario, ISNAD_CRASH_SEED the seed.
 */
import { expect, test, type Page } from '@playwright/test';
import { CrashBrowser, KillClock, SEED, baseURL, prng, sleep, tally } from './crashBrowser';
import { halfWritten, readStored, searchProblems, type StoredState } from './crashChecks';
import { COMMON_WORD, articleFolder, makeBundle, uniqueWord } from './crashFixtures';

const POINTS = Number(process.env['ISNAD_CRASH_POINTS'] ?? 4);
/** A run's name, letters only (it goes into the words searched for). */
const runName = (scenario: string, k: number) => `${scenario}${'abcdefghijklmnopqrstuvwxyz'[k % 26]}`;

/** The checks every scenario makes after a relaunch; returns what was lost or half-written. */
async function commonProblems(page: Page, state: StoredState, confirmedAnnotations: Set<string>, confirmedArticles: Set<string>, words: string[]): Promise<string[]> {
  const problems = halfWritten(state);
  const annotations = new Set(state.annotations.filter((a) => a.deletedAt === undefined).map((a) => a.id));
  for (const id of confirmedAnnotations) if (!annotations.has(id)) problems.push(`annotation ${id} was listed in the panel, is not stored`);
  const articles = new Set(state.articles.map((a) => a.id));
  for (const id of confirmedArticles) if (!articles.has(id)) problems.push(`article ${id.slice(0, 8)} was listed in the library, is not stored`);
  problems.push(...(await searchProblems(page, state, [COMMON_WORD, ...words])));
  return problems;
}

/** Runs the kill points of one scenario and asserts that none lost anything. */
async function scenario(name: string, run: (b: CrashBrowser, k: number, r: ReturnType<typeof prng>) => Promise<{ problems: string[]; detail: string }>): Promise<void> {
  const b = new CrashBrowser(baseURL());
  // Each scenario its own sequence, from the seed and its name.
  const r = prng([...name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, SEED * 2654435761));
  const details: string[] = [];
  let lost = 0;
  try {
    await b.launch();
    for (let k = 0; k < POINTS; k++) {
      const { problems, detail } = await run(b, k, r);
      if (problems.length > 0) lost++;
      details.push(`${k}: ${detail}${problems.length ? ` — LOST: ${problems.slice(0, 5).join('; ')}` : ''}`);
    }
  } finally {
    await b.close();
  }
  tally(name, POINTS, lost, details);
  expect(b.problems, 'no page errors').toEqual([]);
  expect(lost, details.join('\n')).toBe(0);
}

/** The focus in the reader, on the library's `index`-th article. */
async function openArticle(page: Page, index: number): Promise<void> {
  const item = page.locator('.article-item').nth(index);
  await item.click();
  await expect(page.getByTestId('article-root')).toHaveAttribute('aria-label', (await item.locator('.article-title').textContent())!);
  await page.getByTestId('reader-scroll').focus();
}

/** When the notice `text` (or one starting so) arrived, in ms after `start`; null if it never did. */
function noticed(b: CrashBrowser, text: string, start: number): number | null {
  const notice = b.confirmed.notices.find((n) => n.text.startsWith(text) && n.at >= start);
  return notice ? notice.at - start : null;
}

/** Keeps `action` going in the background until the browser dies under it. */
const meanwhile = (action: () => Promise<unknown>) => action().catch(() => undefined);

test('killed during a burst of tagging: every tag listed before the kill is stored', async () => {
  const unwritten = { burst: 0, paced: 0 };
  await scenario('tagging', async (b, k, r) => {
    const page = b.page!;
    const article = r.int(0, 4);
    await openArticle(page, article);
    const articleId = (await page.locator('.article-item[aria-selected="true"]').getAttribute('data-article-id'))!;
    const delay = r.int(300, 2500);
    // Every other kill point at an analyst's fastest pace (a tag each 250 ms), the others as fast as
    // keys can be sent (~25 tags a second here), which runs ahead of the writes.
    const pace = k % 2 === 1 ? 250 : 0;
    let pressed = 0;
    const start = Date.now();
    const burst = meanwhile(async () => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Control+ArrowLeft');
        await page.keyboard.press('Shift+Control+ArrowLeft');
        await page.keyboard.press(String(1 + ((i + k) % 5)));
        pressed++;
        if (pace) await sleep(pace);
      }
    });
    await sleep(delay);
    await b.kill();
    await burst;
    const confirmed = new Set(b.confirmed.annotations);
    const { painted, unsaved } = b.confirmed;
    const confirmedArticles = new Set(b.confirmed.articles);
    const relaunched = await b.launch();
    const state = await readStored(relaunched);
    const problems = await commonProblems(relaunched, state, confirmed, confirmedArticles, []);
    const live = state.annotations.filter((a) => a.deletedAt === undefined && a.articleId === articleId).length;
    // Painted without the 'unsaved' mark is shown as stored: every one of them must be.
    if (painted > live) problems.push(`${painted} tags were painted as stored, ${live} are stored`);
    unwritten[pace ? 'paced' : 'burst'] += unsaved;
    return {
      problems,
      detail: `${pace ? 'paced' : 'burst'}, article ${article}, killed after ${b.killedAt - start} ms, ${pressed} tags keyed, ${confirmed.size} listed, ${painted} painted as stored, ${unsaved} marked unsaved, ${live} stored in the article`,
    };
  });
  console.log(
    `crash tagging: tags marked unsaved at the kill (painted a frame before they are stored, dashed until stored; may be lost): ${unwritten.burst} in bursts, ${unwritten.paced} at an analyst's pace`,
  );
});

test('killed during a folder import: every article listed is stored whole, none half-written, the search agrees', async () => {
  const clock = new KillClock(1500);
  await scenario('folder import', async (b, k, r) => {
    const page = b.page!;
    const run = runName('f', k);
    const count = 400;
    const dir = articleFolder(run, count);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open folder…' }).click();
    await (await chooser).setFiles(dir);
    const start = Date.now();
    const delay = clock.delay(r);
    await sleep(delay);
    await b.kill();
    const finished = noticed(b, 'import-done', start);
    clock.learn(delay, finished);
    const confirmed = new Set(b.confirmed.articles);
    const confirmedAnnotations = new Set(b.confirmed.annotations);
    const relaunched = await b.launch();
    const state = await readStored(relaunched);
    // Files are stored in order, a batch per transaction: what is stored is the folder's first n files.
    const stored = new Set(state.articles.map((a) => a.title));
    const mine = Array.from({ length: count }, (_, i) => stored.has(`مقال ${run} رقم ${i}`));
    const n = mine.filter(Boolean).length;
    const problems = await commonProblems(relaunched, state, confirmedAnnotations, confirmed, [uniqueWord(run, 0), uniqueWord(run, count - 1), uniqueWord(run, r.int(0, count - 1))]);
    if (mine.slice(0, n).includes(false)) problems.push(`the ${n} files stored are not the folder's first ${n}`);
    const listed = [...confirmed].filter((id) => state.articles.find((a) => a.id === id)?.title.startsWith(`مقال ${run} `)).length;
    return { problems, detail: `killed ${b.killedAt - start} ms after choosing ${count} files (${finished === null ? 'running' : `done in ${finished} ms`}): ${listed} listed, ${n} stored` };
  });
});

test('killed during a bundle import: all of it or none of it, all of it once its report was shown', async () => {
  const clock = new KillClock(1500);
  await scenario('bundle import', async (b, k, r) => {
    const page = b.page!;
    const run = runName('b', k);
    const bundle = makeBundle(run, 200, 24);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('reader-scroll').focus();
    await page.keyboard.press('Control+i');
    await (await chooser).setFiles(bundle.path);
    const start = Date.now();
    const delay = clock.delay(r);
    await sleep(delay);
    await b.kill();
    const finished = noticed(b, 'import-data-done', start);
    clock.learn(delay, finished);
    const reported = finished !== null;
    const [confirmedAnnotations, confirmedArticles] = [new Set(b.confirmed.annotations), new Set(b.confirmed.articles)];
    const relaunched = await b.launch();
    const state = await readStored(relaunched);
    const articles = new Set(state.articles.map((a) => a.id));
    const annotations = new Set(state.annotations.map((a) => a.id));
    const storedArticles = bundle.articleIds.filter((id) => articles.has(id)).length;
    const storedAnnotations = bundle.annotationIds.filter((id) => annotations.has(id)).length;
    const whole = storedArticles === bundle.articleIds.length && storedAnnotations === bundle.annotationIds.length;
    const none = storedArticles === 0 && storedAnnotations === 0;
    const problems = await commonProblems(relaunched, state, confirmedAnnotations, confirmedArticles, [uniqueWord(run, 0), uniqueWord(run, 199)]);
    if (!whole && !none) problems.push(`half a bundle: ${storedArticles}/${bundle.articleIds.length} articles, ${storedAnnotations}/${bundle.annotationIds.length} annotations`);
    if (reported && !whole) problems.push('the import was reported done, the bundle is not all stored');
    return {
      problems,
      detail: `${bundle.articleIds.length} articles, ${bundle.annotationIds.length} annotations, killed after ${b.killedAt - start} ms: ${whole ? 'all' : none ? 'none' : 'PART'} stored${reported ? `, report shown after ${finished} ms` : ''}`,
    };
  });
});

test('killed during an entity merge: merged whole (mentions, aliases, tombstone, undo step) or not at all, whole once its notice was shown', async () => {
  const bundle = makeBundle('merge', 60, 48, POINTS);
  const clock = new KillClock(300);
  await scenario('entity merge', async (b, k, r) => {
    let page = b.page!;
    if (k === 0) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('reader-scroll').focus();
      await page.keyboard.press('Control+i');
      await (await chooser).setFiles(bundle.path);
      await expect(page.getByTestId('import-data-status')).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
      await page.keyboard.press('Escape');
    }
    const pair = bundle.pairs[k]!;
    await page.getByTestId('reader-scroll').focus();
    await page.keyboard.press('Control+Shift+E');
    await expect(page.getByTestId('entities-view')).toBeVisible();
    await page.keyboard.type(pair.a.name);
    await expect(page.locator('.entity-row')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('entity-page').locator('h2')).toHaveText(pair.a.name);
    await page.getByTestId('merge-completion').getByRole('combobox').fill(pair.b.name);
    await expect(page.locator('.completion-list [aria-selected="true"]')).toContainText(pair.b.name);
    const delay = clock.delay(r);
    await page.keyboard.press('Enter');
    const start = Date.now();
    await sleep(delay);
    await b.kill();
    const finished = noticed(b, 'entities-said Merged', start);
    clock.learn(delay, finished);
    const [confirmedAnnotations, confirmedArticles] = [new Set(b.confirmed.annotations), new Set(b.confirmed.articles)];
    page = await b.launch();
    const state = await readStored(page);
    const a = state.entities.find((e) => e.id === pair.a.id);
    const target = state.entities.find((e) => e.id === pair.b.id);
    if (!a || !target) {
      const lost = await commonProblems(page, state, confirmedAnnotations, confirmedArticles, []);
      return {
        problems: [`the pair's entities are not stored (${state.entities.length} entities, ${state.articles.length} articles stored)`, ...lost],
        detail: `killed ${b.killedAt - start} ms after Enter`,
      };
    }
    const byId = new Map(state.annotations.map((x) => [x.id, x]));
    const pointing = (ids: string[], entityId: string) => ids.filter((id) => byId.get(id)?.entityId === entityId).length;
    const step = state.corpusSteps.some((s) => s.entityIds.includes(pair.a.id) && s.entityIds.includes(pair.b.id));
    const merged = a.deletedAt !== undefined && pointing(pair.aMentions, pair.b.id) === pair.aMentions.length && target.aliases.includes(pair.a.name) && step;
    const untouched = a.deletedAt === undefined && pointing(pair.aMentions, pair.a.id) === pair.aMentions.length && !target.aliases.includes(pair.a.name) && !step;
    const problems = await commonProblems(page, state, confirmedAnnotations, confirmedArticles, []);
    if (pointing(pair.bMentions, pair.b.id) !== pair.bMentions.length) problems.push("the target's own mentions changed");
    if (!merged && !untouched)
      problems.push(
        `half a merge: source deleted ${a.deletedAt !== undefined}, ${pointing(pair.aMentions, pair.b.id)}/${pair.aMentions.length} mentions moved, alias ${target.aliases.includes(pair.a.name)}, step ${step}`,
      );
    if (finished !== null && !merged) problems.push('the merge was announced, it is not stored');
    return {
      problems,
      detail: `${pair.aMentions.length} mentions, killed ${b.killedAt - start} ms after Enter: ${merged ? 'merged' : untouched ? 'not merged' : 'PART'}${finished !== null ? `, notice shown after ${finished} ms` : ''}`,
    };
  });
});

test('killed during an export: the tags listed before it are stored, the library is as it was, and a later export completes', async () => {
  const bundle = makeBundle('export', 80, 20);
  const clock = new KillClock(1500);
  await scenario('export', async (b, k, r) => {
    let page = b.page!;
    if (k === 0) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('reader-scroll').focus();
      await page.keyboard.press('Control+i');
      await (await chooser).setFiles(bundle.path);
      await expect(page.getByTestId('import-data-status')).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
      await page.keyboard.press('Escape');
    }
    // A few tags, each waited for until listed, then the export.
    await openArticle(page, r.int(0, 4));
    const panel = page.getByTestId('annotation-list').locator('[data-annotation-id]');
    for (let i = 0; i < 3; i++) {
      const before = await panel.count();
      await page.keyboard.press('Control+ArrowLeft');
      await page.keyboard.press('Shift+Control+ArrowLeft');
      await page.keyboard.press(String(1 + ((i + k) % 5)));
      await expect(panel).not.toHaveCount(before);
    }
    const before = await readStored(page);
    const format = (['Web page (HTML)', 'Isnad project bundle (.isnad.json)', 'Word document (DOCX)'] as const)[k % 3]!;
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export a report' });
    await dialog.getByLabel(/The whole corpus/).check();
    await dialog.getByLabel(format).check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const start = Date.now();
    const delay = clock.delay(r);
    await sleep(delay);
    await b.kill();
    const finished = noticed(b, 'export-done', start);
    clock.learn(delay, finished);
    const progressed = finished === null ? 'running' : `done in ${finished} ms`;
    const confirmed = new Set(b.confirmed.annotations);
    const confirmedArticles = new Set(b.confirmed.articles);
    page = await b.launch();
    const state = await readStored(page);
    const problems = await commonProblems(page, state, confirmed, confirmedArticles, [uniqueWord('export', 0)]);
    if (state.articles.length !== before.articles.length) problems.push(`${before.articles.length} articles before the export, ${state.articles.length} after`);
    const live = (s: StoredState) => s.annotations.filter((a) => a.deletedAt === undefined).length;
    if (live(state) !== live(before)) problems.push(`${live(before)} annotations before the export, ${live(state)} after`);
    if (k === POINTS - 1) {
      // After every crash, the export still runs to the end.
      const download = page.waitForEvent('download', { timeout: 90_000 });
      await page.keyboard.press('Control+e');
      const again = page.getByRole('dialog', { name: 'Export a report' });
      await again.getByLabel(/The whole corpus/).check();
      await again.getByLabel('Isnad project bundle (.isnad.json)').check();
      await again.getByRole('button', { name: 'Export', exact: true }).click();
      await expect(page.locator('.export-message[data-kind="done"]')).toBeVisible({ timeout: 90_000 });
      expect((await download).suggestedFilename()).toMatch(/\.isnad\.json$/);
    }
    return { problems, detail: `${format}, killed ${b.killedAt - start} ms after Export (${progressed}), ${confirmed.size} tags listed` };
  });
});

test('the checks themselves see half-written state (so a crash test that passes has looked)', () => {
  const article = { id: 'a'.repeat(64), length: 5 } as StoredState['articles'][number];
  const annotation = { id: 'x', articleId: article.id, start: 0, end: 2, exact: 'zz', entityId: 'gone' } as StoredState['annotations'][number];
  const problems = halfWritten({
    articles: [article, { ...article, id: 'b'.repeat(64) }],
    texts: { [article.id]: 'hello', ['c'.repeat(64)]: 'orphan' },
    annotations: [annotation, { ...annotation, id: 'y', articleId: 'd'.repeat(64), exact: 'he', entityId: undefined }],
    entities: [],
    corpusSteps: [],
  });
  expect(problems).toEqual([
    'article bbbbbbbb has no text',
    'text cccccccc has no article',
    'annotation x: quote is not the text at 0–2',
    'annotation x names an absent entity',
    'annotation y of an absent article',
  ]);
});
