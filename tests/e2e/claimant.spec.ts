import { expect, test } from '@playwright/test';
import { charCentre, offsetOf, selectSpan, storedAnnotations, tagClaimAndStartLinking, tagPersonPutin } from './annotateSupport';
import { openApp } from './support';

test('keyboard only: L on a claim, Shift+Ctrl+arrows over the claimant’s name, 1 tags it Person and links it', async ({ page }) => {
  const problems = await openApp(page);
  const claimText = 'فلاديمير بوتين رحاله في العاصمة الصينية بكين';
  const at = await offsetOf(page, claimText);
  await tagClaimAndStartLinking(page, at, at + claimText.length);
  await expect(page.locator('.claim-linking-hint')).toBeVisible();
  // The caret starts at the claim; in right-to-left text Left moves forward, word by word.
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await expect(page.getByTestId('tag-palette')).toBeVisible();
  await page.keyboard.press('1'); // Person, and link it
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(2);
  const stored = await storedAnnotations(page);
  const person = stored.find((a) => a.tagId === 'person')!;
  const claim = stored.find((a) => a.tagId === 'claim')!;
  expect(person.exact).toBe('فلاديمير بوتين');
  await expect.poll(async () => (await storedAnnotations(page)).find((a) => a.tagId === 'claim')!.claim!.claimantAnnotationId).toBe(person.id);
  // The claim is selected again and its claimant is marked in the reader.
  await expect(page.getByTestId('annotation-details')).toContainText(claim.exact);
  await expect.poll(() => page.evaluate(() => Array.from(CSS.highlights.get('isnad-claimant') ?? [], (r) => (r as Range).toString()))).toEqual(['فلاديمير بوتين']);
  await expect(page.locator('#claimant-picker')).toHaveValue(person.id);
  expect(problems).toEqual([]);
});

test('while linking, clicking a Person highlight makes it the claimant', async ({ page }) => {
  await openApp(page);
  const name = await tagPersonPutin(page);
  const claimText = 'رحاله في العاصمة الصينية بكين';
  const at = await offsetOf(page, claimText);
  await tagClaimAndStartLinking(page, at, at + claimText.length);
  const point = await charCentre(page, name + 2);
  await page.mouse.click(point.x, point.y);
  await expect
    .poll(async () => {
      const rows = await storedAnnotations(page);
      return rows.find((a) => a.tagId === 'claim')!.claim!.claimantAnnotationId === rows.find((a) => a.tagId === 'person')!.id;
    })
    .toBe(true);
  await expect(page.locator('.claim-form.linking')).toHaveCount(0);
});

test('while linking, tagging an already tagged Person again with 1 links that Person; no second one is stored', async ({ page }) => {
  const problems = await openApp(page);
  const name = await tagPersonPutin(page);
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1);
  const claimText = 'رحاله في العاصمة الصينية بكين';
  const at = await offsetOf(page, claimText);
  await tagClaimAndStartLinking(page, at, at + claimText.length);
  await selectSpan(page, name, name + 5);
  await page.keyboard.press('1');
  await expect(page.locator('.claim-form.linking')).toHaveCount(0);
  const rows = await storedAnnotations(page);
  const people = rows.filter((a) => a.tagId === 'person');
  expect(people).toHaveLength(1);
  await expect.poll(async () => (await storedAnnotations(page)).find((a) => a.tagId === 'claim')!.claim!.claimantAnnotationId).toBe(people[0]!.id);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(problems).toEqual([]);
});

/** The stored claim fields of the one Claim annotation. */
async function storedClaim(page: import('@playwright/test').Page) {
  return (await storedAnnotations(page)).find((a) => a.tagId === 'claim')!.claim!;
}

test('linking a claimant with L and a span makes an unattributed claim “said”', async ({ page }) => {
  await openApp(page);
  const claimText = 'فلاديمير بوتين رحاله في العاصمة الصينية بكين';
  const at = await offsetOf(page, claimText);
  await tagClaimAndStartLinking(page, at, at + claimText.length);
  expect((await storedClaim(page)).attribution).toBe('unattributed');
  const name = await offsetOf(page, 'بوتين', 1);
  await selectSpan(page, name, name + 'بوتين'.length);
  await page.keyboard.press('l'); // tags it Person and links it
  await expect.poll(async () => (await storedClaim(page)).claimantAnnotationId).not.toBeNull();
  expect((await storedClaim(page)).attribution).toBe('said');
  await expect(page.getByLabel('Attribution')).toHaveValue('said');
});

test('clicking a Person highlight while linking makes an unattributed claim “said”', async ({ page }) => {
  await openApp(page);
  const name = await tagPersonPutin(page);
  const claimText = 'رحاله في العاصمة الصينية بكين';
  const at = await offsetOf(page, claimText);
  await tagClaimAndStartLinking(page, at, at + claimText.length);
  const point = await charCentre(page, name + 2);
  await page.mouse.click(point.x, point.y);
  await expect.poll(async () => (await storedClaim(page)).attribution).toBe('said');
});

test('choosing the claimant in the panel makes an unattributed claim “said”; an attribution already chosen stays', async ({ page }) => {
  await openApp(page);
  await tagPersonPutin(page);
  const claimText = 'رحاله في العاصمة الصينية بكين';
  const at = await offsetOf(page, claimText);
  await selectSpan(page, at, at + claimText.length);
  await page.keyboard.press('8');
  const details = page.getByTestId('annotation-details');
  await expect(details).toContainText('Claim');
  const person = (await storedAnnotations(page)).find((a) => a.tagId === 'person')!;
  await page.locator('#claimant-picker').selectOption(person.id);
  await expect.poll(async () => storedClaim(page)).toMatchObject({ claimantAnnotationId: person.id, attribution: 'said' });
  // Unlinked, set to "reported" by the analyst, linked again: "reported" stays.
  await page.locator('#claimant-picker').selectOption('');
  await expect.poll(async () => (await storedClaim(page)).claimantAnnotationId).toBeNull();
  await page.getByLabel('Attribution').selectOption('reported');
  await expect.poll(async () => (await storedClaim(page)).attribution).toBe('reported');
  await page.locator('#claimant-picker').selectOption(person.id);
  await expect.poll(async () => storedClaim(page)).toMatchObject({ claimantAnnotationId: person.id, attribution: 'reported' });
});

test('the panel’s row for a claim shows its claimant', async ({ page }) => {
  await openApp(page);
  const name = await tagPersonPutin(page);
  const claimText = 'رحاله في العاصمة الصينية بكين';
  const at = await offsetOf(page, claimText);
  await tagClaimAndStartLinking(page, at, at + claimText.length);
  await selectSpan(page, name, name + 5);
  await page.keyboard.press('l');
  const claimRow = page.getByTestId('annotation-list').locator('li', { hasText: claimText });
  await expect(claimRow.locator('.ann-claimant')).toHaveText('by بوتين');
  // A claimant named in words shows the same way.
  await page.locator('#claimant-picker').selectOption('');
  await page.getByLabel('Or name them').fill('مراقبون غربيون');
  await expect(claimRow.locator('.ann-claimant')).toHaveText('by مراقبون غربيون');
  // In Arabic too.
  await page.keyboard.press('Control+Shift+L');
  await expect(claimRow.locator('.ann-claimant')).toHaveText('على لسان مراقبون غربيون');
});

test('the hover card of a claim shows its attribution and confidence', async ({ page }) => {
  await openApp(page);
  const claimText = 'رحاله في العاصمة الصينية بكين';
  const at = await offsetOf(page, claimText);
  await selectSpan(page, at, at + claimText.length);
  await page.keyboard.press('8');
  await expect(page.getByTestId('annotation-details')).toContainText('Claim');
  const point = await charCentre(page, at + 2);
  await page.mouse.move(point.x, point.y);
  await expect(page.getByTestId('hover-card')).toContainText('Attribution: unattributed · Confidence: —');
  await page.getByLabel('Attribution').selectOption('according-to');
  await page.getByLabel('Confidence (0–100)').fill('70');
  await expect.poll(async () => (await storedClaim(page)).confidence).toBe(70);
  await page.mouse.move(0, 0);
  await page.mouse.move(point.x, point.y);
  await expect(page.getByTestId('hover-card')).toContainText('Attribution: according to · Confidence: 70%');
});
