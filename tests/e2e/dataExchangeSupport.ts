/** Helpers for the data-format e2e tests: an article with emoji, tagged in the app, and exports saved to disk. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { utf8 } from '../support/encodings';
import { offsetOf, selectSpan, storedAnnotations, tagClaimAndStartLinking, charCentre } from './annotateSupport';
import { libraryItems } from './support';

export const out = mkdtempSync(join(tmpdir(), 'isnad-data-'));

/** Astral characters before and between the spans: every UTF-16 offset after them differs from its code point. */
export const EMOJI_TITLE = 'خبر 📰 عن الزيارة';
export const EMOJI_TEXT = `${EMOJI_TITLE}\nقال الرئيس بوتين 😀 إن روسيا 📰 مستعدة للحوار مع الصين.\nوأضاف <b>أن</b> العلاقات "جيدة", و=SUM(A1) ليست صيغة.`;

/** Imports the emoji article through Ctrl+O, opens it, and tags a person, a place and a claim with its claimant. */
export async function tagEmojiArticle(page: Page): Promise<string> {
  const path = join(out, 'emoji.txt');
  writeFileSync(path, utf8(EMOJI_TEXT));
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles(path);
  const item = libraryItems(page).filter({ hasText: EMOJI_TITLE });
  await expect(item).toHaveCount(1);
  await item.click();
  const id = (await item.getAttribute('data-article-id'))!;
  const person = await offsetOf(page, 'بوتين');
  await selectSpan(page, person, person + 'بوتين'.length);
  await page.keyboard.press('1');
  const place = await offsetOf(page, 'روسيا');
  await selectSpan(page, place, place + 'روسيا'.length);
  await page.keyboard.press('3');
  const claim = 'إن روسيا 📰 مستعدة';
  const at = await offsetOf(page, claim);
  await tagClaimAndStartLinking(page, at, at + claim.length);
  const point = await charCentre(page, person + 2);
  await page.mouse.click(point.x, point.y);
  await expect(page.locator('.claim-form.linking')).toHaveCount(0);
  await expect.poll(async () => (await storedAnnotations(page)).find((a) => a.tagId === 'claim')?.claim?.claimantAnnotationId).toBeTruthy();
  return id;
}

/** Exports with Ctrl+E in the given format (the radio's label) and saves the download as `name`. */
export async function exportData(page: Page, label: string | RegExp, name: string): Promise<string> {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export a report or data' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(label).check();
  await dialog.getByLabel('The whole corpus').check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const path = join(out, name);
  await (await download).saveAs(path);
  await expect(dialog.getByRole('status')).toContainText('File ready');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  return path;
}

/** Imports files with Ctrl+I and waits for the import dialog to settle; returns its text. */
export async function importData(page: Page, paths: string[]): Promise<{ phase: string; text: string }> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Control+i');
  await (await chooser).setFiles(paths);
  const status = page.getByTestId('import-data-status');
  await expect(status).not.toHaveAttribute('data-phase', 'running', { timeout: 30_000 });
  const result = { phase: (await status.getAttribute('data-phase'))!, text: await status.innerText() };
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-data-status')).toHaveCount(0);
  return result;
}

/** Every article text as stored, by id, read straight from IndexedDB (not through the app). */
export function storedTexts(page: Page): Promise<Map<string, string>> {
  return page
    .evaluate(async () => {
      const req = indexedDB.open('isnad');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const rows = await new Promise<{ id: string; text: string }[]>((resolve) => {
        const get = db.transaction('articleTexts').objectStore('articleTexts').getAll();
        get.onsuccess = () => resolve(get.result as { id: string; text: string }[]);
      });
      db.close();
      return rows.map((r) => [r.id, r.text] as [string, string]);
    })
    .then((rows) => new Map(rows));
}
