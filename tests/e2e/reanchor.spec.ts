/**
 * Re-anchoring (issue 14) end to end: a sample article is annotated, a changed copy of its file is
 * imported from the same place, and the annotations move to the new version — placed where their
 * text still is, the reworded claim approximately, the one whose sentence was removed orphaned and
 * listed; the orphan is placed by hand with the keyboard, and undo takes that back, then the move.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { utf8 } from '../support/encodings';
import { offsetOf, paintedTexts, selectSpan, storedAnnotations } from './annotateSupport';
import { articleRoot, openApp } from './support';

const FILE = '000_869724b5e07dc0eb.txt';
const MELNIKOV = 'إيفان ميلنيكوف';
const CLAIM = 'ووصل الرئيس الروسي إلى الصين، الخميس، في زيارة دولة تستغرق يومين يلتقي خلالها نظيره شي جين بينغ';
const REWORDED = 'ووصل الرئيس الروسي إلى الصين، الخميس، في زيارة رسمية تستغرق يومين يلتقي خلالها نظيره شي جين بينغ';

const list = (page: Page) => page.getByTestId('annotation-list').locator('li');

async function tag(page: Page, text: string, key: string): Promise<void> {
  const at = await offsetOf(page, text);
  await selectSpan(page, at, at + text.length);
  await page.keyboard.press(key);
}

/** The sample's file changed: a line inserted after the title, the claim reworded, Melnikov's sentence removed. */
function changedSampleFolder(): string {
  const original = readFileSync(join(__dirname, '../../resources/corpus', FILE), 'utf8');
  const lines = original.split('\n');
  const changed = [lines[0], 'عاجل: تحديث من مراسلنا في بكين.', ...lines.slice(1).filter((l) => !l.includes(MELNIKOV))].join('\n').replace(CLAIM, REWORDED);
  // The folder is named as the samples' place is (sample/<file>), so the file is the same article's new version.
  const dir = join(mkdtempSync(join(tmpdir(), 'isnad-reanchor-')), 'sample');
  mkdirSync(dir);
  writeFileSync(join(dir, FILE), utf8(changed));
  return dir;
}

test('a changed file re-imported: annotations move to the new version, the orphan is listed, placed by hand, and undone', async ({ page }) => {
  const problems = await openApp(page);
  await tag(page, 'شي جين بينغ', '1');
  await tag(page, MELNIKOV, '1');
  await tag(page, CLAIM, '8');
  await expect(list(page)).toHaveCount(3);
  const oldId = (await storedAnnotations(page))[0]!.articleId;

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open folder…' }).click();
  await (await chooser).setFiles(changedSampleFolder());
  await expect(page.getByTestId('import-report')).toContainText('Imported 0 new, 1 new version,');
  await expect(page.getByTestId('import-reanchored')).toHaveText('2 annotations moved to the new versions (1 of them approximately); 1 orphaned: listed in the panel.');

  // The new version is open: two annotations placed on their text, the orphan listed apart with its old quote.
  await expect(articleRoot(page)).toContainText('عاجل: تحديث');
  await expect(list(page)).toHaveCount(2);
  const orphans = page.getByTestId('orphan-list');
  await expect(orphans.locator('h3')).toHaveText('1 orphaned annotation');
  await expect(orphans.locator('li')).toHaveCount(1);
  await expect(orphans.locator('li .ann-exact')).toHaveText(MELNIKOV);
  await expect(orphans.locator('li')).toContainText('its text is no longer in the article');
  const painted = Object.values(await paintedTexts(page))
    .flat()
    .sort();
  expect(painted).toEqual([REWORDED, 'شي جين بينغ'].sort());
  const stored = await storedAnnotations(page);
  const newId = stored.find((a) => a.exact === REWORDED)!.articleId;
  expect(newId).not.toBe(oldId);
  expect(stored.every((a) => a.articleId === newId)).toBe(true);
  expect(stored.find((a) => a.exact === MELNIKOV)).toMatchObject({ start: 0, end: 0, orphaned: { reason: 'quote-not-found', fromArticleId: oldId } });

  // By keyboard: O chooses the orphan, its text is selected, P places it there.
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('o');
  await expect(orphans.locator('li.chosen')).toHaveCount(1);
  const target = 'تابعونا عبر فيسبوك';
  const at = await offsetOf(page, target);
  await selectSpan(page, at, at + target.length);
  await page.keyboard.press('p');
  await expect(orphans).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Placed.' })).toBeVisible();
  await expect(list(page)).toHaveCount(3);
  expect((await storedAnnotations(page)).find((a) => a.exact === target)).toMatchObject({ start: at, end: at + target.length });
  expect((await storedAnnotations(page)).find((a) => a.exact === target)?.orphaned).toBeUndefined();

  // Undo: the orphan is back in its list; undo again: the move itself is taken back, whole.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(orphans.locator('li')).toHaveCount(1);
  await expect(list(page)).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(orphans).toHaveCount(0);
  await expect(list(page)).toHaveCount(0);
  const back = await storedAnnotations(page);
  expect(back.map((a) => a.exact).sort()).toEqual([CLAIM, MELNIKOV, 'شي جين بينغ'].sort());
  expect(back.every((a) => a.articleId === oldId && !a.orphaned)).toBe(true);
  expect(problems).toEqual([]);
});
