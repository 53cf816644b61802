import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp } from './support';
import { exportData, importData } from './dataExchangeSupport';
import { storedAnnotations, tagPersonPutin } from './annotateSupport';

/** The text under each suggestion highlight in the reader: all suggestions, and the current one. */
function paintedSuggestions(page: Page): Promise<{ all: string[]; current: string[] }> {
  return page.evaluate(() => {
    const texts = (name: string) => Array.from(CSS.highlights.get(name) ?? [], (r) => (r as Range).toString());
    return { all: texts('isnad-suggestion'), current: texts('isnad-suggestion-current') };
  });
}

const bar = (page: Page) => page.getByTestId('suggestions');
const count = async (page: Page) => page.locator('.suggestion-list li').count();

test('find all mentions in an article: reject one, accept one, the rejected one never comes back; all after a reload', async ({ page }) => {
  const problems = await openApp(page);
  const source = await tagPersonPutin(page);
  await expect(page.getByTestId('annotation-details')).toContainText('Person');
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('m');
  await expect(bar(page)).toContainText('Suggested mentions of “بوتين” in this article');
  await expect(page.locator('.suggestion-list li').first()).toBeVisible();
  const first = await count(page);
  expect(first).toBeGreaterThan(3);
  // Drawn as dotted suggestions (their own highlight), the current one marked, and the names only.
  await expect.poll(async () => (await paintedSuggestions(page)).all.length).toBe(first);
  const painted = await paintedSuggestions(page);
  expect(new Set(painted.all)).toEqual(new Set(['بوتين']));
  expect(painted.current).toEqual(['بوتين']);

  await page.keyboard.press('x'); // reject the first
  await expect(page.locator('.suggestion-list li')).toHaveCount(first - 1);
  const before = (await storedAnnotations(page)).length;
  await page.keyboard.press('a'); // accept the next
  await expect(page.locator('.suggestion-list li')).toHaveCount(first - 2);
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(before + 1);
  const rows = await storedAnnotations(page);
  // The run began from an unlinked Person: accepting made its entity and linked both to it.
  const linked = rows.filter((r) => r.entityId);
  expect(linked.map((r) => r.exact)).toEqual(['بوتين', 'بوتين']);
  expect(new Set(linked.map((r) => r.entityId)).size).toBe(1);
  expect(linked.some((r) => r.start === source)).toBe(true);

  await page.keyboard.press('Escape');
  await expect(bar(page)).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.article-item[aria-selected="true"]')).toHaveCount(1);
  expect((await storedAnnotations(page)).filter((r) => r.entityId)).toHaveLength(2);
  // Again from the source: neither the accepted nor the rejected one is proposed.
  await page.locator('.annotation-list [role="option"]').first().click();
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('m');
  await expect(page.locator('.suggestion-list li').first()).toBeVisible();
  expect(await count(page)).toBe(first - 2);
  expect(problems).toEqual([]);
});

test('find all mentions in the corpus: the next key opens the next article, accept all links every one in one step undone from the reader, and the links travel in a bundle', async ({
  page,
  browser,
}) => {
  const problems = await openApp(page);
  await tagPersonPutin(page);
  await expect(page.getByTestId('annotation-details')).toContainText('Person');
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Shift+M');
  await expect(bar(page)).toContainText('in the corpus');
  await expect(page.locator('.suggestion-list li').first()).toBeVisible();
  const total = await count(page);
  await expect(page.locator('.suggestion-list .suggestion-article')).not.toHaveCount(0);
  const articles = new Set(await page.locator('.suggestion-list .suggestion-article').allTextContents());
  expect(articles.size).toBe(5);
  // Walk back from the first to the last suggestion: it is in another article, which the reader opens.
  const firstTitle = await page.locator('.article-item[aria-selected="true"]').textContent();
  await page.keyboard.press('Shift+F8');
  await expect(page.locator('.suggestion-list li').last()).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('.article-item[aria-selected="true"]')).not.toHaveText(firstTitle ?? '');
  await expect.poll(async () => (await paintedSuggestions(page)).current).toEqual(['بوتين']);

  const before = (await storedAnnotations(page)).length;
  await page.keyboard.press('Shift+A');
  await expect(bar(page)).toContainText('No more mentions found');
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(before + total);
  const linked = (await storedAnnotations(page)).filter((r) => r.entityId);
  expect(new Set(linked.map((r) => r.articleId)).size).toBe(5);
  expect(new Set(linked.map((r) => r.entityId)).size).toBe(1);

  // One step, undone from the reader (it is the corpus's latest) and redone.
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedAnnotations(page)).filter((r) => r.entityId).length).toBe(0);
  expect(await storedAnnotations(page)).toHaveLength(before);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await storedAnnotations(page)).filter((r) => r.entityId).length).toBe(linked.length);

  // The links travel: a bundle carries the entity and every mention's link, and a colleague's library gets them.
  const path = await exportData(page, 'Isnad project bundle', 'mentions.isnad.json');
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as { entities: { id: string; name: string }[]; articles: { annotations: { entityId?: string }[] }[] };
  expect(bundle.entities.map((e) => [e.id, e.name])).toEqual([[linked[0]!.entityId, 'بوتين']]);
  expect(bundle.articles.flatMap((a) => a.annotations).filter((a) => a.entityId)).toHaveLength(linked.length);
  const colleague = await (await browser.newContext()).newPage();
  const colleagueProblems = await openApp(colleague);
  expect((await importData(colleague, [path])).phase).toBe('done');
  const theirs = (await storedAnnotations(colleague)).filter((r) => r.entityId);
  expect(theirs.map((r) => r.id).sort()).toEqual(linked.map((r) => r.id).sort());
  expect(problems).toEqual([]);
  expect(colleagueProblems).toEqual([]);
});

test('from an entity’s page, M finds its mentions in the corpus; rejecting them all leaves none to propose again', async ({ page }) => {
  const problems = await openApp(page);
  await tagPersonPutin(page);
  await expect(page.getByTestId('annotation-details')).toContainText('Person');
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('e'); // the field offers a new entity named after the mention's own words
  await expect(page.getByTestId('entity-completion').getByRole('combobox')).toBeFocused();
  await expect(page.locator('.completion-list [aria-selected="true"]')).toHaveText(/New entity “.*بوتين.*”/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('linked-entity')).toBeVisible();
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Shift+E');
  await expect(page.locator('.entities-view')).toBeVisible();
  await page.locator('#entity-page-name').focus();
  await page.keyboard.press('m');
  await expect(bar(page)).toContainText('in the corpus');
  await expect(page.locator('.suggestion-list li').first()).toBeVisible();
  const total = await count(page);
  expect(total).toBeGreaterThan(20);
  await page.keyboard.press('Shift+X');
  await expect(bar(page)).toContainText('No more mentions found');
  expect((await storedAnnotations(page)).filter((r) => r.entityId)).toHaveLength(1);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+E');
  await page.locator('[data-bench="find-mentions"]').click();
  await expect(bar(page)).toContainText('No more mentions found');
  expect(problems).toEqual([]);
});
