import { expect, test } from '@playwright/test';
import { offsetOf, selectSpan, storedAnnotations } from './annotateSupport';
import { openApp } from './support';

// The note editor saves shortly after typing stops; these reload before that moment comes.

test('an article note typed just before a reload is there after it', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('n');
  await expect(page.getByTestId('article-note').getByTestId('note-content')).toBeFocused();
  await page.keyboard.type('Typed, then reloaded at once');
  await page.reload();
  await expect(page.getByTestId('article-note').getByTestId('note-content')).toHaveText('Typed, then reloaded at once');
  expect(problems).toEqual([]);
});

test('an annotation note typed just before a reload is there after it', async ({ page }) => {
  const problems = await openApp(page);
  const at = await offsetOf(page, 'بكين');
  await selectSpan(page, at, at + 4);
  await page.keyboard.press('3');
  await page.getByTestId('annotation-details').getByTestId('note-content').click();
  await page.keyboard.type('عاصمة الصين');
  await page.reload();
  await page.getByTestId('annotation-list').locator('li').first().click();
  await expect(page.getByTestId('annotation-details').getByTestId('note-content')).toHaveText('عاصمة الصين');
  expect((await storedAnnotations(page))[0]!.note).toContain('عاصمة الصين');
  expect(problems).toEqual([]);
});

test('a note whose write cannot land before the page goes is written on the next start', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('n');
  await expect(page.getByTestId('article-note').getByTestId('note-content')).toBeFocused();
  await page.keyboard.type('Kept through a failed write');
  // From now until the reload every IndexedDB write fails, so only the journal can keep the note.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
  });
  await page.reload();
  await expect(page.getByTestId('article-note').getByTestId('note-content')).toHaveText('Kept through a failed write');
  // Written into the database, and the journal is empty again.
  await page.reload();
  await expect(page.getByTestId('article-note').getByTestId('note-content')).toHaveText('Kept through a failed write');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('isnad.noteDraft.')))).toEqual([]);
  expect(problems).toEqual([]);
});

test('leaving a note editor stores the note at once, without waiting for the typing pause', async ({ page }) => {
  await page.clock.install();
  const problems = await openApp(page);
  const at = await offsetOf(page, 'بكين');
  await selectSpan(page, at, at + 4);
  await page.keyboard.press('3');
  await page.getByTestId('annotation-details').getByTestId('note-content').click();
  // Stop the page's timers: the save after the typing pause cannot come.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100);
  await page.keyboard.type('stored on leaving');
  await page.getByTestId('reader-scroll').focus();
  await expect.poll(async () => (await storedAnnotations(page))[0]!.note ?? '').toContain('stored on leaving');
  await page.clock.resume();
  expect(problems).toEqual([]);
});
