/**
 * The entity registry end to end (issue 13): mentions linked by keyboard in two articles to one
 * entity, seen on its page; two entities merged, undone and redone; an entity deleted with its
 * mentions kept — each surviving a reload.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { EntityRecord } from '../../src/shared/entity/entity';
import { offsetOf, selectSpan, storedAnnotations } from './annotateSupport';
import { libraryItems, openApp } from './support';

/** Every live entity, read straight from IndexedDB. */
function storedEntities(page: Page): Promise<EntityRecord[]> {
  return page.evaluate(async () => {
    const req = indexedDB.open('isnad');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<EntityRecord[]>((resolve) => {
      const get = db.transaction('entities').objectStore('entities').getAll();
      get.onsuccess = () => resolve(get.result as EntityRecord[]);
    });
    db.close();
    return rows.filter((e) => e.deletedAt === undefined);
  });
}

/** Tags the n-th `words` of the article on screen as Person (key 1) and waits for its details. */
async function tagPerson(page: Page, words: string, nth = 0): Promise<void> {
  const at = await offsetOf(page, words, nth);
  await selectSpan(page, at, at + words.length);
  await page.keyboard.press('1');
  await expect(page.getByTestId('annotation-details').locator('.details-exact')).toHaveText(words);
}

/** E, the name typed, Enter: links the selected mention by keyboard alone; the focus comes back to the reader. */
async function linkByKeyboard(page: Page, typed: string, expectFirst: RegExp): Promise<void> {
  await page.keyboard.press('e');
  const field = page.getByTestId('entity-completion').getByRole('combobox');
  await expect(field).toBeFocused();
  if (typed) await page.keyboard.type(typed);
  await expect(page.locator('.completion-list [aria-selected="true"]')).toHaveText(expectFirst);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('linked-entity')).toBeVisible();
  await expect(page.getByTestId('reader-scroll')).toBeFocused();
}

test('keyboard: mentions in two articles linked to one entity, listed on its page, after a reload too', async ({ page }) => {
  const problems = await openApp(page);
  // First article: a new entity named after the mention.
  await tagPerson(page, 'فلاديمير بوتين');
  await linkByKeyboard(page, 'فلاديمير بوتين', /New entity “.*فلاديمير بوتين.*”/);
  await expect(page.getByTestId('linked-entity')).toHaveText('فلاديمير بوتين');
  // Second article, chosen from the library with the keys: بوتين alone, found by typing a clitic form.
  await page.keyboard.press('/');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(libraryItems(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('reader-scroll').focus(); // Tab from the list, as the keyboard session does
  await tagPerson(page, 'بوتين');
  await linkByKeyboard(page, 'لبوتين', /فلاديمير بوتين/);
  await expect(page.getByTestId('linked-entity')).toHaveText('فلاديمير بوتين');

  const [putin] = await storedEntities(page);
  expect(putin).toMatchObject({ name: 'فلاديمير بوتين', type: 'person', aliases: ['بوتين'] });
  const linked = (await storedAnnotations(page)).filter((a) => a.entityId === putin!.id);
  expect(linked.map((a) => a.exact).sort()).toEqual(['بوتين', 'فلاديمير بوتين']);
  expect(new Set(linked.map((a) => a.articleId)).size).toBe(2);

  // Shift+E opens its page from the reader.
  await page.keyboard.press('Shift+E');
  await expectPutinsPage(page);
  // Escape: back to the list, where the entity is one row with its counts; Enter opens it again.
  await page.keyboard.press('Escape');
  const row = page.locator('.entity-row', { hasText: 'فلاديمير بوتين' });
  await expect(row.locator('.entity-col-mentions')).toHaveText('2');
  await expect(row.locator('.entity-col-articles')).toHaveText('2');
  await page.keyboard.press('Enter');
  await expectPutinsPage(page);

  await page.reload();
  await expect(libraryItems(page)).toHaveCount(5);
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByTestId('entities-view')).toBeVisible();
  await page.keyboard.type('بوت');
  // Enter opens the active row: wait for the list to be read (after a reload the search index loads meanwhile).
  await expect(page.locator('.entity-row', { hasText: 'فلاديمير بوتين' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expectPutinsPage(page);

  // A mention's row opens the reader on it: its article, the mention selected.
  await page.getByTestId('entity-mentions').locator('.mention-jump').first().click();
  await expect(page.getByTestId('annotation-details').locator('.details-exact')).toHaveText('فلاديمير بوتين');
  await expect.poll(() => page.evaluate(() => Array.from(CSS.highlights.get('isnad-flash') ?? [], (r) => (r as Range).toString()))).toEqual(['فلاديمير بوتين']);
  await expect(libraryItems(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  expect(problems).toEqual([]);
});

async function expectPutinsPage(page: Page): Promise<void> {
  const entityPage = page.getByTestId('entity-page');
  await expect(entityPage.locator('h2')).toHaveText('فلاديمير بوتين');
  await expect(page.getByTestId('entity-mention-count')).toHaveText('2 mentions in 2 articles');
  const mentions = page.getByTestId('entity-mentions').locator('.mention-row');
  await expect(mentions).toHaveCount(2);
  await expect(mentions.nth(0).locator('mark')).toHaveText('فلاديمير بوتين');
  await expect(mentions.nth(0)).toContainText('حطّ الرئيس الروسي');
  await expect(mentions.nth(1).locator('mark')).toHaveText('بوتين');
  await expect(page.getByTestId('entity-aliases')).toContainText('بوتين');
}

test('merging two entities is one step undone and redone with the keys; deleting keeps the mentions; both survive a reload', async ({ page }) => {
  const problems = await openApp(page);
  await tagPerson(page, 'فلاديمير بوتين');
  await linkByKeyboard(page, 'فلاديمير بوتين', /New entity/);
  // E, then Enter at once: the mention's own words are suggested before anything is typed.
  await tagPerson(page, 'الرئيس الروسي');
  await linkByKeyboard(page, '', /New entity “.*الرئيس الروسي.*”/);
  await expect(page.getByTestId('linked-entity')).toHaveText('الرئيس الروسي');
  await expect.poll(async () => (await storedEntities(page)).length).toBe(2);

  await page.keyboard.press('Control+Shift+E');
  await expect(page.locator('.entity-row')).toHaveCount(2);
  await page.keyboard.type('الرئيس');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('entity-page').locator('h2')).toHaveText('الرئيس الروسي');
  // Merge it into فلاديمير بوتين, chosen by typing: that entity's page opens, with both mentions.
  await page.getByTestId('merge-completion').getByRole('combobox').fill('فلاد');
  await expect(page.locator('.completion-list [aria-selected="true"]')).toContainText('فلاديمير بوتين');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('entity-page').locator('h2')).toHaveText('فلاديمير بوتين');
  await expect(page.getByTestId('entity-mention-count')).toHaveText('2 mentions in 1 article');
  await expect(page.getByTestId('entities-said')).toContainText('Merged “\u2068الرئيس الروسي\u2069” into “\u2068فلاديمير بوتين\u2069”');
  await expect(page.getByTestId('entity-aliases')).toContainText('الرئيس الروسي');
  await expect.poll(async () => (await storedEntities(page)).map((e) => e.name)).toEqual(['فلاديمير بوتين']);

  // Ctrl+Z outside a field undoes the merge (a step of the corpus), Ctrl+Shift+Z does it again.
  await page.getByTestId('entity-page').locator('h2').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('entity-mention-count')).toHaveText('1 mention in 1 article');
  await expect.poll(async () => (await storedEntities(page)).length).toBe(2);
  await expect(page.getByTestId('entities-said')).toHaveText('Undone.');
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByTestId('entity-mention-count')).toHaveText('2 mentions in 1 article');
  await expect.poll(async () => (await storedEntities(page)).length).toBe(1);

  await page.reload();
  await expect(libraryItems(page)).toHaveCount(5);
  await page.keyboard.press('Control+Shift+E');
  await expect(page.locator('.entity-row')).toHaveCount(1);
  await expect(page.locator('.entity-row .entity-col-mentions')).toHaveText('2');
  await page.keyboard.press('Enter');

  // Delete, after a question that says the mentions stay.
  await page.getByRole('button', { name: 'Delete the entity…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Its 2 mentions stay in their articles as plain annotations');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.locator('.entities-empty')).toBeVisible();
  await expect(page.getByTestId('entities-said')).toContainText('its mentions stay as plain annotations');
  await page.reload();
  await expect(libraryItems(page)).toHaveCount(5);
  expect(await storedEntities(page)).toEqual([]);
  const people = (await storedAnnotations(page)).filter((a) => a.tagId === 'person');
  expect(people.map((a) => a.exact).sort()).toEqual(['الرئيس الروسي', 'فلاديمير بوتين']);
  expect(people.every((a) => a.entityId === undefined)).toBe(true);
  expect(problems).toEqual([]);
});

/** Serious and critical axe violations on the page as it is now. */
async function violations(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${screen}: ${v.id} (${v.impact}) at ${n.target.join(' ')}`));
}

for (const [language, scheme] of [
  ['en', 'light'],
  ['ar', 'dark'],
] as const) {
  test(`axe finds no serious or critical violation in the entity field, the entities view and an entity page: ${language}, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const problems = await openApp(page);
    if (language === 'ar') {
      await page.keyboard.press('Control+Shift+L');
      await expect(page.locator('html[dir="rtl"]')).toHaveCount(1);
    }
    const found: string[] = [];
    await tagPerson(page, 'فلاديمير بوتين');
    await page.keyboard.press('e');
    await expect(page.locator('.completion-list')).toBeVisible();
    found.push(...(await violations(page, 'entity field, suggestions open')));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('linked-entity')).toBeVisible();
    found.push(...(await violations(page, 'entity field, linked')));
    await page.keyboard.press('Control+Shift+E');
    await expect(page.locator('.entity-row')).toHaveCount(1);
    found.push(...(await violations(page, 'entities view')));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('entity-page')).toBeVisible();
    found.push(...(await violations(page, 'entity page')));
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  });
}
