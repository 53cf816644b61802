import { expect, test } from '@playwright/test';
import { offsetOf, paintedTexts, selectSpan, storedAnnotations } from './annotateSupport';
import { openApp } from './support';

const editorRow = (page: import('@playwright/test').Page, tagId: string) => page.getByTestId('tag-editor').locator(`[data-tag-row="${tagId}"]`);

test('the tag set can be renamed, recoloured, reordered and extended, and the number keys follow the order', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByRole('button', { name: 'Edit tags…' }).click();
  const dialog = page.getByTestId('tag-editor');
  await expect(dialog).toBeVisible();
  await editorRow(page, 'person')
    .getByLabel(/English label/)
    .fill('Individual');
  await editorRow(page, 'place').locator('input[type="color"]').fill('#0000ff');
  await page.getByRole('button', { name: 'Move Organisation up' }).click();
  await expect(dialog.locator('tbody tr').first()).toHaveAttribute('data-tag-row', 'organisation');
  // A new tag needs a label; an empty one is refused with a message.
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the tag a label in English or Arabic.');
  await dialog.getByRole('group', { name: 'New tag' }).getByLabel('English label').fill('Weapon');
  await dialog.getByRole('group', { name: 'New tag' }).getByLabel('Arabic label').fill('سلاح');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(dialog.locator('tbody tr')).toHaveCount(9);
  await expect(dialog.locator('tbody tr').last().locator('kbd')).toHaveText('9');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByTestId('reader-scroll').focus();

  // The legend shows the new names; key 1 now tags Organisation and key 9 the new tag.
  await expect(page.locator('.legend')).toContainText('Individual');
  const word = await offsetOf(page, 'بوتين');
  await selectSpan(page, word, word + 5);
  await page.keyboard.press('1');
  const place = await offsetOf(page, 'بكين');
  await selectSpan(page, place, place + 4);
  await page.keyboard.press('9');
  await expect.poll(async () => (await storedAnnotations(page)).map((a) => a.tagId).sort()).toHaveLength(2);
  const stored = await storedAnnotations(page);
  expect(stored.find((a) => a.exact === 'بوتين')!.tagId).toBe('organisation');
  const weapon = stored.find((a) => a.exact === 'بكين')!.tagId;
  expect(weapon).not.toMatch(/^(person|organisation|place|datetime|figure|event|quote|claim)$/);
  await expect.poll(async () => (await paintedTexts(page))[weapon.replace(/[^A-Za-z0-9_-]/g, '_')]).toEqual(['بكين']);
  // The recolour reached the painted style.
  const rules = await page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules, (r) => r.cssText)).join('\n'));
  expect(rules).toMatch(/isnad-tag-place\)[^}]*rgb\(0, 0, 255\)|isnad-tag-place\)[^}]*#0000ff/);
  // It all survives a reload.
  await page.reload();
  await expect(page.locator('.legend .tag-chip').first()).toContainText('Organisation');
  await expect(page.locator('.legend')).toContainText('Weapon');
  expect(problems).toEqual([]);
});

test('removing a tag in use asks first; its annotations move or go, and Ctrl+Z brings them and the tag back', async ({ page }) => {
  await openApp(page);
  const place = await offsetOf(page, 'بكين');
  await selectSpan(page, place, place + 4);
  await page.keyboard.press('3'); // Place
  const name = await offsetOf(page, 'بوتين');
  await selectSpan(page, name, name + 5);
  await page.keyboard.press('6'); // Event (nonsense on purpose)
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(2);

  await page.getByRole('button', { name: 'Edit tags…' }).click();
  const dialog = page.getByTestId('tag-editor');
  // Unused tags go at once.
  await dialog.getByRole('button', { name: 'Remove Figure' }).click();
  await expect(editorRow(page, 'figure')).toHaveCount(0);
  // A tag in use asks; Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Remove Event' }).click();
  const ask = dialog.getByRole('alertdialog');
  await expect(ask).toContainText('1 annotation uses “Event”. What should happen to it?');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(editorRow(page, 'event')).toHaveCount(1);
  // Move Event's annotation to Person.
  await dialog.getByRole('button', { name: 'Remove Event' }).click();
  await ask.getByLabel('Move it to').selectOption('person');
  await ask.getByRole('button', { name: 'Move it and remove the tag' }).click();
  await expect(editorRow(page, 'event')).toHaveCount(0);
  // Delete Place with its annotation.
  await dialog.getByRole('button', { name: 'Remove Place' }).click();
  await dialog.getByRole('alertdialog').getByRole('button', { name: 'Delete it and the tag' }).click();
  await expect(editorRow(page, 'place')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await storedAnnotations(page)).map((a) => `${a.exact}:${a.tagId}`)).toEqual(['بوتين:person']);
  await expect(page.locator('.legend')).not.toContainText('Place');

  // Undo (in this article) restores the deleted annotation and the Place tag, then the Event one.
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedAnnotations(page)).map((a) => `${a.exact}:${a.tagId}`).sort()).toEqual(['بكين:place', 'بوتين:person']);
  await expect(page.locator('.legend')).toContainText('Place');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedAnnotations(page)).map((a) => `${a.exact}:${a.tagId}`).sort()).toEqual(['بكين:place', 'بوتين:event']);
  await expect(page.locator('.legend .tag-chip')).toHaveText([/Person/, /Organisation/, /Place/, /Date\/time/, /Event/, /Quote/, /Claim/]);
  await expect.poll(() => paintedTexts(page)).toEqual({ place: ['بكين'], event: ['بوتين'] });
});

/** The tag rows as stored, read straight from IndexedDB. */
const storedTags = (page: import('@playwright/test').Page) =>
  page.evaluate(async () => {
    const req = indexedDB.open('isnad');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<{ id: string; labelEn: string; labelAr: string; deletedAt?: number }[]>((resolve) => {
      const get = db.transaction('tags').objectStore('tags').getAll();
      get.onsuccess = () => resolve(get.result);
    });
    db.close();
    // A removed tag is a tombstone (deletedAt), kept for undo and a later sync.
    return Object.fromEntries(rows.filter((r) => r.deletedAt === undefined).map((r) => [r.id, `${r.labelEn}|${r.labelAr}`]));
  });

test('the tag set refuses empty labels and another tag’s label, however it is spelt, with a message; typing fast loses nothing', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByRole('button', { name: 'Edit tags…' }).click();
  const dialog = page.getByTestId('tag-editor');
  const placeEn = editorRow(page, 'place').getByLabel(/English label/);
  const placeAr = editorRow(page, 'place').getByLabel(/Arabic label/);

  await placeEn.fill(' PERSON ');
  await expect(placeEn).toHaveAttribute('aria-invalid', 'true');
  await expect(placeEn).toHaveAccessibleDescription('Another tag is already called “Person”; this label is not saved.');
  await expect(editorRow(page, 'place').getByRole('alert')).toHaveText('Another tag is already called “Person”; this label is not saved.');
  await placeAr.fill('شَخْـص'); // شخص with diacritics and tatweel
  await expect(placeAr).toHaveAccessibleDescription('Another tag is already called “شخص”; this label is not saved.');
  expect((await storedTags(page)).place).toBe('Place|مكان');
  // Typed key by key, as fast as the keyboard sends them: every key, spaces included, lands.
  await placeEn.fill('');
  await placeEn.pressSequentially('Site of events');
  await expect(placeEn).toHaveValue('Site of events');
  await expect(placeEn).toHaveAttribute('aria-invalid', 'false');
  await placeAr.fill('موقع');
  await expect.poll(async () => (await storedTags(page)).place).toBe('Site of events|موقع');
  await expect(dialog.getByRole('alert')).toHaveCount(0);

  // One label may be blank while the other remains; both blank is refused and the old one kept.
  const personEn = editorRow(page, 'person').getByLabel(/English label/);
  const personAr = editorRow(page, 'person').getByLabel(/Arabic label/);
  await personEn.fill('');
  await expect.poll(async () => (await storedTags(page)).person).toBe('|شخص');
  await personAr.fill('ـــ');
  await expect(personAr).toHaveAttribute('aria-invalid', 'true');
  await expect(personAr).toHaveAccessibleDescription('A tag needs a label; the old one is kept.');
  expect((await storedTags(page)).person).toBe('|شخص');
  await personAr.fill('شخص');
  await expect(personAr).toHaveAttribute('aria-invalid', 'false');

  // A new tag: a duplicate in either language is refused, and nothing is added.
  const form = dialog.getByRole('group', { name: 'New tag' });
  await form.getByLabel('English label').fill('organisation ');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(form.getByRole('alert')).toHaveText('Another tag is already called “Organisation”; this label is not saved.');
  await expect(form.getByLabel('English label')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('English label').fill('Weapon');
  await form.getByLabel('Arabic label').fill('مُنَظَّمة');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(form.getByRole('alert')).toHaveText('Another tag is already called “منظمة”; this label is not saved.');
  await expect(form.getByLabel('Arabic label')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.locator('tbody tr')).toHaveCount(8);
  await form.getByLabel('Arabic label').fill('سلاح');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await expect(dialog.locator('tbody tr')).toHaveCount(9);
  await expect(form.getByRole('alert')).toHaveCount(0);

  // The same refusal in the Arabic interface.
  await page.keyboard.press('Escape');
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Control+Shift+L');
  await page.getByRole('button', { name: 'تحرير الوسوم…' }).click();
  const weaponEn = page
    .getByTestId('tag-editor')
    .locator('tbody tr')
    .last()
    .getByLabel(/الاسم بالإنجليزية/);
  await weaponEn.fill('Site of Events');
  await expect(weaponEn).toHaveAccessibleDescription('يوجد وسم آخر باسم «Site of events»؛ لم يُحفظ هذا الاسم.');
  expect(Object.values(await storedTags(page))).toContain('Weapon|سلاح');
  expect(problems).toEqual([]);
});
