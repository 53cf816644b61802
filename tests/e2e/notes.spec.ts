import { expect, test, type Page } from '@playwright/test';
import { offsetOf, selectSpan, storedAnnotations } from './annotateSupport';
import { openApp } from './support';

/** Every stored article note, read straight from IndexedDB. */
function storedArticleNotes(page: Page): Promise<{ articleId: string; note: string }[]> {
  return page.evaluate(async () => {
    const req = indexedDB.open('isnad');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<{ articleId: string; note: string }[]>((resolve) => {
      const get = db.transaction('articleNotes').objectStore('articleNotes').getAll();
      get.onsuccess = () => resolve(get.result as { articleId: string; note: string }[]);
    });
    db.close();
    return rows;
  });
}

test('N opens the article note; it takes its own direction per paragraph and survives a reload', async ({ page }) => {
  const problems = await openApp(page);
  const fold = page.getByTestId('article-note');
  await expect(fold).not.toHaveAttribute('open');
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('n');
  const editor = fold.getByTestId('note-content');
  await expect(editor).toBeFocused();
  await page.keyboard.type('Sources: Xinhua and TASS.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('مصادر رسمية فقط');
  await expect(editor.locator('p').nth(0)).toHaveCSS('direction', 'ltr');
  await expect(editor.locator('p').nth(1)).toHaveCSS('direction', 'rtl');
  await expect.poll(async () => (await storedArticleNotes(page))[0]?.note ?? '').toContain('مصادر رسمية فقط');
  const selectedId = await page.locator('.article-item[aria-selected="true"]').getAttribute('data-article-id');
  expect((await storedArticleNotes(page))[0]!.articleId).toBe(selectedId);
  await page.reload();
  // An article with a note shows it unfolded, marked in its summary.
  await expect(page.getByTestId('article-note')).toHaveAttribute('open');
  await expect(page.getByTestId('article-note').locator('.note-marker')).toBeVisible();
  await expect(page.getByTestId('article-note').getByTestId('note-content')).toContainText('Sources: Xinhua and TASS.');
  // Another article has no note: the fold is closed there.
  await page.locator('.article-item').nth(1).click();
  await expect(page.getByTestId('article-note')).not.toHaveAttribute('open');
  expect(problems).toEqual([]);
});

test('undo and redo of a note edit show in the open note editor', async ({ page }) => {
  await openApp(page);
  const at = await offsetOf(page, 'بكين');
  await selectSpan(page, at, at + 4);
  await page.keyboard.press('3');
  const editor = page.getByTestId('annotation-details').getByTestId('note-content');
  await editor.click();
  await page.keyboard.type('first thought');
  await expect.poll(async () => (await storedAnnotations(page))[0]!.note ?? '').toContain('first thought');
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedAnnotations(page))[0]?.note).toBeNull();
  await expect(editor).not.toContainText('first thought');
  await page.keyboard.press('Control+Shift+z');
  await expect(editor).toContainText('first thought');
  // Bringing the value back in is not an edit: no new history step, so redo stays exhausted and undo still works.
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
  await page.keyboard.press('Control+z');
  await expect(editor).not.toContainText('first thought');
});

test('N then typing at once: no key is lost while the article note unfolds', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('n');
  // No wait for the focus: an analyst types straight after N (the first keys were lost here).
  await page.keyboard.type('Confirmed by two ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('independent');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' sources.');
  const content = page.getByTestId('article-note').getByTestId('note-content');
  await expect(content).toHaveText('Confirmed by two independent sources.');
  await expect(content.locator('strong, .note-bold')).toHaveText('independent');
  expect(problems).toEqual([]);
});
