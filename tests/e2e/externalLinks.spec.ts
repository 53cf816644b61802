/**
 * External links in the web twin (issue 14): the entity page's Wikidata item is a link that opens
 * only after the app's own confirmation, which names the exact host. Escape and Cancel open
 * nothing; Open gives a new tab (noopener, noreferrer) on exactly that address. Every request
 * outside the app is intercepted: the "site" is a stub, nothing reaches the network.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { offsetOf, selectSpan } from './annotateSupport';
import { openApp } from './support';

const ITEM = 'https://www.wikidata.org/wiki/Q7747';

/** Answers every request that leaves the app's own server with a stub page, and records it. */
async function interceptOutside(context: BrowserContext, appOrigin: string): Promise<string[]> {
  const outside: string[] = [];
  await context.route(
    (url) => url.origin !== appOrigin,
    (route) => {
      outside.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>stub</title><p>stub</p>' });
    },
  );
  return outside;
}

/** An entity from the first sample's بوتين, linked by keyboard, its page open and its Wikidata item set. */
async function entityPageWithItem(page: Page): Promise<void> {
  const at = await offsetOf(page, 'فلاديمير بوتين');
  await selectSpan(page, at, at + 'فلاديمير بوتين'.length);
  await page.keyboard.press('1');
  await expect(page.getByTestId('annotation-details').locator('.details-exact')).toHaveText('فلاديمير بوتين');
  await page.keyboard.press('e');
  await expect(page.getByTestId('entity-completion').getByRole('combobox')).toBeFocused();
  await page.keyboard.type('فلاديمير بوتين');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('linked-entity')).toHaveText('فلاديمير بوتين');
  await page.keyboard.press('Shift+E');
  await expect(page.getByTestId('entity-page').locator('h2')).toHaveText('فلاديمير بوتين');
  const field = page.getByTestId('entity-page').getByLabel('Wikidata item', { exact: true });
  await field.fill('Q7747');
  await field.press('Enter');
}

test('the Wikidata link asks first, naming the host: Escape and Cancel open nothing, Open opens exactly that address in a new tab', async ({ page, context, baseURL }) => {
  const problems = await openApp(page);
  const outside = await interceptOutside(context, new URL(baseURL!).origin);
  await entityPageWithItem(page);

  const link = page.getByTestId('wikidata-link');
  await expect(link).toHaveText(ITEM);
  await expect(link).toHaveAttribute('href', ITEM);
  const dialog = page.getByTestId('link-confirm');
  await expect(dialog).toBeHidden();

  // Keyboard: from the Wikidata field, Tab reaches the link; Enter asks. Cancel has the focus.
  await page.getByTestId('entity-page').getByLabel('Wikidata item', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('Open a link outside Isnad');
  await expect(page.getByTestId('link-confirm-host')).toHaveText('www.wikidata.org');
  await expect(page.getByTestId('link-confirm-href')).toHaveText(ITEM);
  await expect(dialog).toContainText('It goes to \u2068www.wikidata.org\u2069.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Escape: no.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // A click, then Cancel: no.
  await link.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  // The middle button and Ctrl+click ask too: they never open the address behind the dialog's back.
  await link.click({ button: 'middle' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await link.click({ modifiers: ['Control'] });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(context.pages()).toHaveLength(1);
  expect(outside).toEqual([]);

  // Enter, Tab to Open, Enter: a new tab on exactly that address, with no handle on the app.
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Open in browser' })).toBeFocused();
  const popup = context.waitForEvent('page');
  await page.keyboard.press('Enter');
  const opened = await popup;
  await opened.waitForLoadState();
  expect(opened.url()).toBe(ITEM);
  expect(await opened.evaluate(() => window.opener === null)).toBe(true);
  expect(await opened.evaluate(() => document.referrer)).toBe('');
  await expect(dialog).toBeHidden();
  expect(context.pages()).toHaveLength(2);
  expect(outside).toEqual([ITEM]);
  expect(problems).toEqual([]);
});

/** Serious or critical axe findings on the page as it is. */
async function violations(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${screen}: ${v.id} (${v.impact}) at ${n.target.join(' ')}`));
}

test('Arabic, dark: the question is asked in Arabic with the host whole, left to right; axe finds nothing serious on the link or the question', async ({ page, context, baseURL }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const problems = await openApp(page);
  await interceptOutside(context, new URL(baseURL!).origin);
  await entityPageWithItem(page);
  await page.keyboard.press('Control+Shift+L');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const found = await violations(page, 'entity page with its Wikidata link');
  await page.getByTestId('wikidata-link').click();
  const dialog = page.getByTestId('link-confirm');
  await expect(dialog.getByRole('heading')).toHaveText('فتح رابط خارج إسناد');
  await expect(page.getByTestId('link-confirm-host')).toHaveText('www.wikidata.org');
  await expect(page.getByTestId('link-confirm-host')).toHaveAttribute('dir', 'ltr');
  found.push(...(await violations(page, 'link question')));
  expect(found).toEqual([]);
  await dialog.getByRole('button', { name: 'إلغاء' }).click();
  await expect(dialog).toBeHidden();
  expect(context.pages()).toHaveLength(1);
  expect(problems).toEqual([]);
});
