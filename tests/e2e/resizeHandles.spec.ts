import { expect, test, type Page } from '@playwright/test';
import { charCentre, offsetOf, paintedTexts, selectSpan, storedAnnotations } from './annotateSupport';
import { openApp } from './support';

async function drag(page: Page, handle: string, to: { x: number; y: number }): Promise<void> {
  const box = (await page.getByTestId(handle).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move((box.x + to.x) / 2, to.y, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 3 });
  await page.mouse.up();
}

test('dragging the handles of a selected annotation resizes it to whole graphemes, undoably', async ({ page }) => {
  const problems = await openApp(page);
  const phrase = 'الرئيس الروسي فلاديمير بوتين';
  const at = await offsetOf(page, phrase);
  const name = at + 'الرئيس الروسي '.length;
  await selectSpan(page, name, name + 'فلاديمير'.length);
  await page.keyboard.press('1');
  await expect(page.getByTestId('resize-handle-end')).toBeVisible();
  await expect(page.getByTestId('resize-handle-start')).toBeVisible();
  // In right-to-left text the end handle sits to the left of the start handle.
  const startBox = (await page.getByTestId('resize-handle-start').boundingBox())!;
  const endBox = (await page.getByTestId('resize-handle-end').boundingBox())!;
  expect(endBox.x).toBeLessThan(startBox.x);

  // Drop the end on the space after بوتين (either side of it trims to the word): "فلاديمير بوتين".
  await drag(page, 'resize-handle-end', await charCentre(page, name + 'فلاديمير بوتين'.length));
  await expect.poll(async () => (await storedAnnotations(page))[0]!.exact).toBe('فلاديمير بوتين');
  // Drop the start on the space before الروسي: "الروسي فلاديمير بوتين".
  await drag(page, 'resize-handle-start', await charCentre(page, at + 'الرئيس'.length));
  await expect.poll(async () => (await storedAnnotations(page))[0]!.exact).toBe('الروسي فلاديمير بوتين');
  await expect.poll(() => paintedTexts(page)).toEqual({ person: ['الروسي فلاديمير بوتين'] });
  // The drags did not open a pick list or deselect.
  await expect(page.getByTestId('annotation-details')).toBeVisible();
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedAnnotations(page))[0]!.exact).toBe('فلاديمير بوتين');
  expect(problems).toEqual([]);
});
