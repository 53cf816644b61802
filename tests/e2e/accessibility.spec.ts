import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { offsetOf, selectSpan } from './annotateSupport';
import { openApp } from './support';

/** Serious and critical axe violations on the page as it is now, as readable lines. */
async function violations(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${screen}: ${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`));
}

/** The main screens with a few annotations, a selected claim, the palette, the tag editor, the export dialog and the command palette. */
async function screens(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  found.push(...(await violations(page, `${label} main`)));
  const at = await offsetOf(page, 'فلاديمير بوتين');
  await selectSpan(page, at, at + 'فلاديمير بوتين'.length);
  await expect(page.getByTestId('tag-palette')).toBeVisible();
  found.push(...(await violations(page, `${label} palette`)));
  await page.keyboard.press('1');
  const claim = await offsetOf(page, 'رحاله في العاصمة الصينية بكين');
  await selectSpan(page, claim, claim + 'رحاله في العاصمة الصينية بكين'.length);
  await page.keyboard.press('8');
  await expect(page.getByTestId('annotation-details')).toBeVisible();
  found.push(...(await violations(page, `${label} claim selected`)));
  await page.locator('.edit-tags').click();
  await expect(page.locator('.tag-editor')).toBeVisible();
  found.push(...(await violations(page, `${label} tag editor`)));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+e');
  await expect(page.locator('.export-dialog')).toBeVisible();
  found.push(...(await violations(page, `${label} export dialog`)));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('command-palette').getByRole('option').first()).toBeVisible();
  found.push(...(await violations(page, `${label} command palette`)));
  await page.keyboard.type('zzz'); // no command matches: the message instead of the list
  await expect(page.getByTestId('command-palette').getByRole('option')).toHaveCount(0);
  found.push(...(await violations(page, `${label} command palette, nothing found`)));
  await page.keyboard.press('Escape');
  return found;
}

for (const scheme of ['light', 'dark'] as const) {
  for (const language of ['en', 'ar'] as const) {
    test(`axe finds no serious or critical violation: ${language}, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page);
      if (language === 'ar') {
        await page.keyboard.press('Control+Shift+L');
        await expect(page.locator('html[dir="rtl"]')).toHaveCount(1);
      }
      expect(await screens(page, `${language}/${scheme}`)).toEqual([]);
    });
  }
}

test('tagging, retagging and deleting are announced through a live region', async ({ page }) => {
  const problems = await openApp(page);
  const live = page.getByTestId('annotation-announcer');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toHaveText('');
  const at = await offsetOf(page, 'فلاديمير بوتين');
  await selectSpan(page, at, at + 'فلاديمير بوتين'.length);
  await page.keyboard.press('1');
  await expect(live).toHaveText('Tagged Person: فلاديمير بوتين');
  await page.getByTestId('annotation-details').getByLabel('Tag').selectOption('place');
  await expect(live).toHaveText('Retagged as Place: فلاديمير بوتين');
  await page.getByTestId('annotation-details').getByRole('button', { name: 'Delete' }).click();
  await expect(live).toHaveText('Removed Place: فلاديمير بوتين');
  // Undo speaks too: the annotation comes back.
  await page.keyboard.press('Control+z');
  await expect(live).toHaveText('Tagged Place: فلاديمير بوتين');
  expect(problems).toEqual([]);
});

test('the legend shows a letter beside each tag colour, unique in each language', async ({ page }) => {
  await openApp(page);
  const codes = () => page.locator('.legend .tag-chip .tag-code').allTextContents();
  await expect.poll(codes).toEqual(['P', 'O', 'Pl', 'D', 'F', 'E', 'Q', 'C']);
  await page.keyboard.press('Control+Shift+L');
  await expect(page.locator('html[dir="rtl"]')).toHaveCount(1);
  const arabic = await codes();
  expect(arabic).toHaveLength(8);
  expect(new Set(arabic).size).toBe(8);
});
