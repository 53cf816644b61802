/**
 * The project bundle through the app (issue 12): exported from one library, read back by plain
 * JSON.parse with code-point slicing, merged into a fresh library (another browser profile),
 * merged again without doubling, and a malformed bundle refused with nothing stored.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { offsetOf, selectSpan, storedAnnotations, tagPersonPutin } from './annotateSupport';
import { EMOJI_TITLE, exportData, importData, out, tagEmojiArticle } from './dataExchangeSupport';
import { libraryItems, openApp } from './support';

interface BundleFile {
  format: string;
  version: number;
  offsets: string;
  articles: { article: { id: string; title: string }; text: string; annotations: { id: string; start: number; end: number; exact: string; claim: { claimantAnnotationId: string | null } | null }[] }[];
}

test('a bundle exported from one library merges into another, exactly, and twice without doubling', async ({ page, browser }) => {
  const problems = await openApp(page);
  const articleId = await tagEmojiArticle(page);
  const ours = await storedAnnotations(page);
  expect(ours).toHaveLength(3);

  const path = await exportData(page, 'Isnad project bundle', 'team.isnad.json');
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as BundleFile;
  expect(bundle).toMatchObject({ format: 'isnad-bundle', version: 2, offsets: 'code-points' });
  expect(bundle.articles).toHaveLength(6);
  const article = bundle.articles.find((a) => a.article.id === articleId)!;
  const points = [...article.text];
  for (const a of article.annotations) expect(points.slice(a.start, a.end).join('')).toBe(a.exact);
  expect(article.annotations.map((a) => a.exact).sort()).toEqual(ours.map((a) => a.exact).sort());

  // A colleague's fresh library: the five samples, then the bundle.
  const colleague = await (await browser.newContext()).newPage();
  const colleagueProblems = await openApp(colleague);
  const first = await importData(colleague, [path]);
  expect(first.phase).toBe('done');
  expect(first.text).toContain('Articles: 1 added, 5 already in the library.');
  expect(first.text).toContain('Annotations: 3 added');
  await expect(libraryItems(colleague).filter({ hasText: EMOJI_TITLE })).toHaveCount(1);
  const theirs = await storedAnnotations(colleague);
  const view = (rows: typeof ours) =>
    rows.map((a) => ({ id: a.id, start: a.start, end: a.end, exact: a.exact, tagId: a.tagId, claimant: a.claim?.claimantAnnotationId ?? null })).sort((x, y) => x.id.localeCompare(y.id));
  expect(view(theirs)).toEqual(view(ours));

  const again = await importData(colleague, [path]);
  expect(again.text).toContain('Articles: 0 added, 6 already in the library.');
  expect(again.text).toContain('0 added, 0 updated, 3 unchanged');
  expect(await storedAnnotations(colleague)).toHaveLength(3);

  // A damaged bundle: refused whole, naming the file and the problem; nothing changes.
  const damaged = join(out, 'damaged.isnad.json');
  const broken = JSON.parse(readFileSync(path, 'utf8')) as BundleFile;
  broken.articles[5]!.annotations[0]!.end = 99_999;
  broken.articles.push({ ...broken.articles[0]!, article: { ...broken.articles[0]!.article, id: 'f'.repeat(64) } });
  writeFileSync(damaged, JSON.stringify(broken));
  const refused = await importData(page, [damaged]);
  expect(refused.phase).toBe('failed');
  expect(refused.text).toContain('Nothing was imported from damaged.isnad.json');
  expect(refused.text).toMatch(/not inside the text|does not match/);
  expect(await storedAnnotations(page)).toHaveLength(3);
  await expect(libraryItems(page)).toHaveCount(6);
  expect(problems).toEqual([]);
  expect(colleagueProblems).toEqual([]);
});

test('two analysts who changed the same article differently exchange bundles both ways and end with the same annotations', async ({ browser }) => {
  test.setTimeout(90_000);
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  const problems = [...(await openApp(a)), ...(await openApp(b))];
  await tagPersonPutin(a);
  await expect.poll(async () => (await storedAnnotations(a)).length).toBe(1);
  const start = await exportData(a, 'Isnad project bundle', 'start.isnad.json');
  expect((await importData(b, [start])).phase).toBe('done');
  await expect(b.getByTestId('annotation-list').locator('li')).toHaveCount(1);

  // A tags بكين as a place; B deletes the shared person and tags شي جين بينغ.
  const city = await offsetOf(a, 'بكين');
  await selectSpan(a, city, city + 'بكين'.length);
  await a.keyboard.press('3');
  await expect.poll(async () => (await storedAnnotations(a)).length).toBe(2);
  await b.getByTestId('annotation-list').locator('li').first().click();
  await b.keyboard.press('Delete');
  await expect.poll(async () => (await storedAnnotations(b)).length).toBe(0);
  const xi = await offsetOf(b, 'شي جين بينغ');
  await selectSpan(b, xi, xi + 'شي جين بينغ'.length);
  await b.keyboard.press('1');
  await expect.poll(async () => (await storedAnnotations(b)).length).toBe(1);

  const fromA = await exportData(a, 'Isnad project bundle', 'from-a.isnad.json');
  const fromB = await exportData(b, 'Isnad project bundle', 'from-b.isnad.json');
  const intoA = await importData(a, [fromB]);
  const intoB = await importData(b, [fromA]);
  expect(intoA.text).toContain('1 added, 0 updated, 0 unchanged, 0 kept as yours (yours newer), 1 deleted');
  expect(intoB.text).toContain('1 added, 0 updated, 0 unchanged, 1 kept as yours (yours newer), 0 deleted');
  const view = (rows: Awaited<ReturnType<typeof storedAnnotations>>) => rows.map((r) => `${r.id} ${r.tagId} ${r.start}-${r.end} ${r.exact}`).sort();
  const inA = view(await storedAnnotations(a));
  expect(inA).toEqual(view(await storedAnnotations(b)));
  expect(inA.map((r) => r.split(' ').slice(3).join(' ')).sort()).toEqual(['بكين', 'شي جين بينغ'].sort());
  // Both panels show the merged state without a reload.
  await expect(a.getByTestId('annotation-list').locator('li')).toHaveCount(2);
  await expect(b.getByTestId('annotation-list').locator('li')).toHaveCount(2);
  expect(problems).toEqual([]);
});
