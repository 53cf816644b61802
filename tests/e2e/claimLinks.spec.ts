import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { offsetOf, selectSpan } from './annotateSupport';
import { libraryItems, openApp } from './support';

/** The 240-billion-dollar trade figure, as the second and the third sample articles give it. */
const TRADE_1 = 'سجلت التجارة الثنائية رقماً قياسياً بلغ 240.1 مليار دولار';
const TRADE_2 = 'ارتفع حجم التبادل التجاري إلى أكثر من 240 مليار دولار';
const TITLE_1 = 'بوتين و شي جينغ بين يعلنان عن خطط لتعزيز العلاقات العسكرية في بكين';
const TITLE_2 = 'بوتين يختتم زيارة غير مسبوقة إلى الصين.. أوكرانيا والطاقة في قلب المباحثا';

interface StoredLink {
  fromId: string;
  toId: string;
  kind: string;
  deletedAt?: number;
}

/** Links as stored, read straight from IndexedDB; tombstones (removed links) left out. */
function storedLinks(page: Page): Promise<StoredLink[]> {
  return page.evaluate(async () => {
    const req = indexedDB.open('isnad');
    const db = await new Promise<IDBDatabase>((resolve) => (req.onsuccess = () => resolve(req.result)));
    const rows = await new Promise<StoredLink[]>((resolve) => {
      const get = db.transaction('claimLinks').objectStore('claimLinks').getAll();
      get.onsuccess = () => resolve(get.result as StoredLink[]);
    });
    db.close();
    return rows.filter((l) => l.deletedAt === undefined);
  });
}

/** Opens the library's article `index` with the keyboard (Home, then ↓). */
async function openArticle(page: Page, index: number): Promise<void> {
  await page.locator('.article-list').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(libraryItems(page).nth(index)).toHaveAttribute('aria-selected', 'true');
}

/** Tags `words` of the open article as a Claim (key 8) and waits for its form. */
async function tagClaim(page: Page, words: string): Promise<void> {
  const at = await offsetOf(page, words);
  await selectSpan(page, at, at + words.length);
  await page.keyboard.press('8');
  await expect(page.getByTestId('annotation-details').locator('.details-exact')).toHaveText(words);
}

const links = (page: Page) => page.getByTestId('claim-links').locator('.claim-link');

test('two claims of two articles linked from the claim form with the keyboard: seen from both sides, in the claims view, undone, surviving a reload', async ({ page }) => {
  const problems = await openApp(page);
  await openArticle(page, 1);
  await tagClaim(page, TRADE_1);
  await openArticle(page, 2);
  await tagClaim(page, TRADE_2);

  // C in the reader goes to the claim form's "link to" field; Shift+Tab reaches the kind.
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('c');
  const field = page.getByRole('combobox', { name: 'Link to the claim' });
  await expect(field).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('combobox', { name: 'Link as' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('combobox', { name: 'Link as' })).toHaveValue('supports');
  await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  // Typed without its hamza and with ه for ة: the folded match still finds the claim of the other article.
  await page.keyboard.type('التجاره الثنائيه');
  const offers = page.getByRole('listbox', { name: 'Link to the claim' }).getByRole('option');
  await expect(offers).toHaveCount(1);
  await expect(offers.first()).toContainText(TRADE_1);
  await expect(offers.first()).toContainText(TITLE_1);
  await expect(offers.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(links(page)).toHaveCount(1);
  await expect(links(page)).toHaveAttribute('data-reading', 'supports');
  await expect(links(page)).toContainText(TRADE_1);
  await expect(links(page)).toContainText(TITLE_1);
  await expect(field).toHaveValue('');
  await expect.poll(() => storedLinks(page)).toMatchObject([{ kind: 'supports' }]);
  // The claim itself and one already linked are never offered.
  await page.keyboard.type('240');
  await expect(offers).toHaveCount(0);
  await expect(page.getByTestId('claim-links')).toContainText('No other claim matches “240”.');
  await page.keyboard.press('Escape'); // closes the offers
  await page.keyboard.press('Escape'); // clears the field
  await expect(field).toHaveValue('');

  // Open the other claim from the link (Tab to its button): the reader shows it selected, and its
  // form shows the link from its side.
  await links(page).getByRole('button', { name: 'Open' }).focus();
  await page.keyboard.press('Enter');
  await expect(libraryItems(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('annotation-details').locator('.details-exact')).toHaveText(TRADE_1);
  await expect(links(page)).toHaveAttribute('data-reading', 'supportedBy');
  await expect(links(page).getByRole('combobox')).toHaveValue('supports');
  await expect(links(page).locator('option:checked')).toHaveText('Supported by');
  await expect(links(page)).toContainText(TRADE_2);

  // The claims view (Ctrl+Shift+C): both claims with their links, filtered and sorted.
  await page.keyboard.press('Control+Shift+C');
  const view = page.getByTestId('claims-view');
  await expect(view).toBeVisible();
  const rows = page.getByTestId('claims-list').getByRole('option');
  const rowOf = (text: string) => rows.filter({ has: page.locator('.claims-text', { hasText: text }) });
  await expect(rows).toHaveCount(2);
  await expect(rowOf(TRADE_1)).toContainText(`Supported by ${TRADE_2}`);
  await expect(rowOf(TRADE_2)).toContainText(`Supports ${TRADE_1}`);
  await page.keyboard.press('/');
  await expect(view.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('ارتفع');
  await expect(rows).toHaveCount(1);
  await expect(view.locator('.claims-count')).toHaveText('1 of 2 claims');
  await page.keyboard.press('Escape'); // clears the filter first
  await expect(rows).toHaveCount(2);
  // Sorted by the claim's words (Enter on the column's button sorts; again, the other way).
  const byClaim = view.getByRole('button', { name: 'Sort by Claim', exact: true });
  await byClaim.focus();
  await page.keyboard.press('Enter');
  await expect(byClaim).toHaveAttribute('aria-pressed', 'true');
  await expect(rows.first().locator('.claims-text')).toHaveText(TRADE_2); // ا before س
  await page.keyboard.press('Enter');
  await expect(rows.first().locator('.claims-text')).toHaveText(TRADE_1);
  await view.getByRole('combobox', { name: 'Verification' }).selectOption('disputed');
  await expect(rows).toHaveCount(0);
  await expect(view).toContainText('No claim matches these filters.');
  await view.getByRole('combobox', { name: 'Verification' }).selectOption('all');
  // ↓ from the list and Enter: the claim opens in the reader, selected.
  await page.getByTestId('claims-list').focus();
  await page.keyboard.press('End');
  await expect(rows.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(view).toBeHidden();
  await expect(libraryItems(page).nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('annotation-details').locator('.details-exact')).toHaveText(TRADE_2);
  await expect(page.getByTestId('reader-scroll')).toBeFocused();

  // Survives a reload: both sides and the claims view.
  await page.reload();
  await expect(libraryItems(page).nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('annotation-list').getByRole('option').first().click();
  await expect(links(page)).toHaveAttribute('data-reading', 'supports');

  // Ctrl+Z in the reader of the article the link was made from undoes it, on both sides; Ctrl+Shift+Z redoes it.
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Control+Z');
  await expect(links(page)).toHaveCount(0);
  await expect(page.getByTestId('claim-links')).toContainText('Not linked to other claims.');
  await expect.poll(() => storedLinks(page)).toEqual([]);
  await page.keyboard.press('Control+Shift+C');
  await expect(rowOf(TRADE_1).locator('.claims-link')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => storedLinks(page)).toMatchObject([{ kind: 'supports' }]);
  await page.reload();
  await expect(libraryItems(page).nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+Shift+C');
  await expect(rowOf(TRADE_1)).toContainText(`Supported by ${TRADE_2}`);
  await expect(rowOf(TRADE_1)).toContainText(TITLE_1);
  await expect(rowOf(TRADE_2)).toContainText(TITLE_2);
  expect(problems).toEqual([]);
});

/** Serious and critical axe violations on the page as it is now. */
async function violations(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${screen}: ${v.id} at ${n.target.join(' ')}`));
}

test('a link changed and removed from the other claim’s side is undone in that claim’s article; the form and the view pass axe in both languages', async ({ page }) => {
  const problems = await openApp(page);
  await openArticle(page, 1);
  await tagClaim(page, TRADE_1);
  await openArticle(page, 2);
  await tagClaim(page, TRADE_2);
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('c');
  await page.keyboard.type('240.1');
  const offers = page.getByRole('listbox', { name: 'Link to the claim' }).getByRole('option');
  await expect(offers).toHaveCount(1);
  const found: string[] = await violations(page, 'claim form, claims offered');
  await page.keyboard.press('Enter');
  await expect(links(page)).toHaveAttribute('data-reading', 'same');

  // From the other claim: its kind changed there, then the link removed there.
  await links(page).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByTestId('annotation-details').locator('.details-exact')).toHaveText(TRADE_1);
  await links(page).getByRole('combobox').selectOption('contradicts');
  await expect.poll(() => storedLinks(page)).toMatchObject([{ kind: 'contradicts' }]);
  await expect(links(page)).toHaveAttribute('data-reading', 'contradicts');
  found.push(...(await violations(page, 'claim form, linked')));
  await links(page).getByRole('button', { name: 'Remove' }).click();
  await expect(links(page)).toHaveCount(0);
  await expect.poll(() => storedLinks(page)).toEqual([]);
  // Ctrl+Z here, in the article the link was removed from, brings it back; once more, its kind.
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Control+Z');
  await expect(links(page)).toHaveAttribute('data-reading', 'contradicts');
  await page.keyboard.press('Control+Z');
  await expect(links(page)).toHaveAttribute('data-reading', 'same');
  await expect.poll(() => storedLinks(page)).toMatchObject([{ kind: 'same' }]);

  for (const language of ['en', 'ar']) {
    if (language === 'ar') {
      await page.keyboard.press('Control+Shift+L');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    await page.keyboard.press('Control+Shift+C');
    await expect(page.getByTestId('claims-view')).toBeVisible();
    await expect(page.getByTestId('claims-list').getByRole('option')).toHaveCount(2);
    found.push(...(await violations(page, `claims view ${language}`)));
    // The toolbar button says the view is on, and takes it back to the reader.
    const button = page.getByRole('button', { name: language === 'en' ? 'Claims view' : 'عرض الادعاءات' });
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await button.click();
    await expect(page.getByTestId('claims-view')).toBeHidden();
    await expect(page.getByTestId('reader-scroll')).toBeFocused();
  }
  await page.getByTestId('annotation-list').getByRole('option').first().click();
  await expect(links(page).locator('option:checked')).toHaveText('مطابق لـ');
  expect(found).toEqual([]);
  expect(problems).toEqual([]);
});
