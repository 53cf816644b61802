import { expect, test, type Page } from '@playwright/test';
import { offsetOf, selectSpan, storedAnnotations } from './annotateSupport';
import { openApp } from './support';

const storedClaim = async (page: Page) => (await storedAnnotations(page)).find((a) => a.tagId === 'claim')?.claim;

async function tagClaim(page: Page): Promise<void> {
  const claimText = 'حطّ الرئيس الروسي فلاديمير بوتين رحاله في العاصمة الصينية بكين';
  const at = await offsetOf(page, claimText);
  await selectSpan(page, at, at + claimText.length);
  await page.keyboard.press('8'); // Claim
  await expect(page.getByTestId('annotation-details')).toContainText('Claim');
}

test('confidence takes Arabic-Indic digits and keeps every key typed quickly; so does the claimant name', async ({ page }) => {
  const problems = await openApp(page);
  await tagClaim(page);
  const confidence = page.getByLabel('Confidence (0–100)');
  await confidence.click();
  await confidence.pressSequentially('٧٥');
  await expect.poll(async () => (await storedClaim(page))?.confidence).toBe(75);
  await expect(confidence).toHaveValue('٧٥');
  await confidence.fill('۶۰');
  await expect.poll(async () => (await storedClaim(page))?.confidence).toBe(60);
  // Typed as fast as the keyboard sends keys: nothing typed before a write comes back is lost.
  for (const typed of ['100', '85', '42.5']) {
    await confidence.fill('');
    await confidence.pressSequentially(typed);
    await expect(confidence).toHaveValue(typed);
    await expect.poll(async () => (await storedClaim(page))?.confidence).toBe(Number(typed));
  }
  const claimant = page.getByLabel('Or name them');
  await claimant.pressSequentially('مراقبون غربيون في موسكو');
  await expect(claimant).toHaveValue('مراقبون غربيون في موسكو');
  await expect.poll(async () => (await storedClaim(page))?.claimantText).toBe('مراقبون غربيون في موسكو');
  // Emptying the field clears the confidence.
  await confidence.fill('');
  await expect.poll(async () => (await storedClaim(page))?.confidence).toBeNull();
  // A change from elsewhere (undo in the reader) shows in the field.
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Control+Z');
  await expect.poll(async () => (await storedClaim(page))?.confidence).toBe(42.5);
  await expect(confidence).toHaveValue('42.5');
  expect(problems).toEqual([]);
});

test('an out-of-range or non-numeric confidence is refused with a message in either language, and nothing is stored', async ({ page }) => {
  await openApp(page);
  await tagClaim(page);
  const confidence = page.getByLabel('Confidence (0–100)');
  await confidence.fill('70');
  await expect.poll(async () => (await storedClaim(page))?.confidence).toBe(70);
  await expect(confidence).toHaveAttribute('aria-invalid', 'false');

  await confidence.fill('150');
  await expect(confidence).toHaveAttribute('aria-invalid', 'true');
  await expect(confidence).toHaveAccessibleDescription('Confidence runs from 0 to 100; this value is not saved.');
  await expect(page.getByTestId('annotation-details').getByRole('alert')).toHaveText('Confidence runs from 0 to 100; this value is not saved.');
  await expect(confidence).toHaveValue('150'); // the draft stays for the analyst to correct
  await confidence.fill('-5');
  await expect(confidence).toHaveAttribute('aria-invalid', 'true');
  await confidence.fill('high');
  await expect(confidence).toHaveAccessibleDescription('Type a number from 0 to 100 (Arabic digits are fine); this value is not saved.');
  expect((await storedClaim(page))?.confidence).toBe(70);

  // The same in the Arabic interface.
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Control+Shift+L');
  const arabic = page.getByLabel('الثقة (0–100)');
  await expect(arabic).toHaveValue('high');
  await arabic.fill('١٥٠');
  await expect(arabic).toHaveAttribute('aria-invalid', 'true');
  await expect(arabic).toHaveAccessibleDescription('الثقة من 0 إلى 100؛ لم تُحفظ هذه القيمة.');
  expect((await storedClaim(page))?.confidence).toBe(70);
  await arabic.fill('٥٠');
  await expect(arabic).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByTestId('annotation-details').getByRole('alert')).toHaveCount(0);
  await expect.poll(async () => (await storedClaim(page))?.confidence).toBe(50);
});
