import { expect, test } from '@playwright/test';
import { openApp } from './support';
import { charCentre, offsetOf, paintedTexts, selectSpan, storedAnnotations, tagClaimAndStartLinking } from './annotateSupport';

const list = (page: import('@playwright/test').Page) => page.getByTestId('annotation-list').locator('li');

test('keyboard-only tagging: Shift+Ctrl+arrows select by word, a number key tags; highlights match the stored text', async ({ page }) => {
  const problems = await openApp(page);
  await page.getByTestId('reader-scroll').focus();
  // Title line of article 000 starts "الأولى بعد ...": in right-to-left text, Left moves forward.
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await expect(page.getByTestId('tag-palette')).toBeVisible();
  await page.keyboard.press('8'); // Claim (8th tag)
  await expect(list(page)).toHaveCount(1);
  let stored = await storedAnnotations(page);
  expect(stored[0]).toMatchObject({ tagId: 'claim', exact: 'الأولى', start: 0, end: 6, prefix: '' });
  expect(stored[0]!.suffix).toBe(' بعد إعادة انتخابه رئيساً.. بوتي'); // 32 code units
  // Escape cancels a palette without tagging. (The caret stayed at the end of الأولى: the next word is بعد.)
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await expect(page.getByTestId('tag-palette')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tag-palette')).toHaveCount(0);
  expect(await storedAnnotations(page)).toHaveLength(1);

  // Tag بوتين (Person) by selecting it and pressing 1.
  const putin = await offsetOf(page, 'بوتين');
  await selectSpan(page, putin, putin + 'بوتين'.length);
  await page.keyboard.press('1');
  await expect(list(page)).toHaveCount(2);
  stored = await storedAnnotations(page);
  const painted = await paintedTexts(page);
  expect(painted).toEqual({ claim: ['الأولى'], person: ['بوتين'] });
  for (const a of stored) expect(painted[a.tagId]).toContain(a.exact);
  expect(problems).toEqual([]);
});

test('a claim is linked to its claimant with the keyboard, and the link shows in the reader and the hover card', async ({ page }) => {
  await openApp(page);
  const putin = await offsetOf(page, 'بوتين', 1);
  await selectSpan(page, putin, putin + 5);
  await page.keyboard.press('1');
  const claimText = 'حطّ الرئيس الروسي فلاديمير بوتين رحاله في العاصمة الصينية بكين';
  const claimAt = await offsetOf(page, claimText);
  await tagClaimAndStartLinking(page, claimAt, claimAt + claimText.length);
  // Selecting the already tagged name and pressing L links that annotation; no second Person appears.
  await selectSpan(page, putin, putin + 5);
  await expect(page.getByTestId('tag-palette')).toContainText('Make the claimant');
  await page.keyboard.press('l');
  await expect(page.locator('.claim-form.linking')).toHaveCount(0);
  await page.getByLabel('Attribution').selectOption('reported');
  await page.getByLabel('Verification').selectOption('disputed');
  await page.getByLabel('Confidence (0–100)').fill('70');
  await expect
    .poll(async () => (await storedAnnotations(page)).find((a) => a.tagId === 'claim')?.claim)
    .toMatchObject({
      attribution: 'reported',
      status: 'disputed',
      confidence: 70,
    });
  const stored = await storedAnnotations(page);
  const person = stored.find((a) => a.tagId === 'person')!;
  expect(stored.find((a) => a.tagId === 'claim')!.claim!.claimantAnnotationId).toBe(person.id);
  // The claimant is marked in the reader while the claim is selected.
  const claimantMarked = await page.evaluate(() => Array.from(CSS.highlights.get('isnad-claimant') ?? [], (r) => (r as Range).toString()));
  expect(claimantMarked).toEqual(['بوتين']);
  // Hovering the claim shows tag, claimant and status.
  const box = await page.evaluate((at) => {
    const root = document.querySelector('[data-testid="article-root"]')!;
    const node = root.children[1]!.querySelector('[data-lexical-text]')!.firstChild!;
    const r = document.createRange();
    const lineStart = (root.children[0]!.textContent ?? '').length + 1;
    r.setStart(node, at - lineStart + 2);
    r.setEnd(node, at - lineStart + 3);
    const rect = r.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, claimAt);
  await page.mouse.move(box.x, box.y);
  await expect(page.getByTestId('hover-card')).toContainText('Claimant: بوتين · disputed');
});

test('overlapping spans: clicking picks among them; retag, resize, delete, and undo/redo survive a reload', async ({ page }) => {
  await openApp(page);
  const phrase = 'فلاديمير بوتين';
  const at = await offsetOf(page, phrase);
  await selectSpan(page, at, at + phrase.length);
  await page.keyboard.press('1'); // Person: the whole name
  await selectSpan(page, at + 'فلاديمير '.length, at + phrase.length);
  await page.keyboard.press('6'); // Event (deliberately wrong, retagged below) nested inside
  await expect(list(page)).toHaveCount(2);
  await page.keyboard.press('Escape');

  // Click inside the nested word: both cover it, so a pick list appears; choose with the keyboard.
  const point = await charCentre(page, at + 'فلاديمير '.length + 2);
  await page.mouse.click(point.x, point.y);
  const pick = page.getByTestId('pick-list');
  await expect(pick.locator('li')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('annotation-details')).toContainText('بوتين');
  await expect(page.getByTestId('annotation-details').locator('.details-exact')).toHaveText('بوتين');

  // Retag the nested one to Person with its number key, then grow it by one grapheme and shrink back.
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('1');
  await expect.poll(async () => (await storedAnnotations(page)).map((a) => a.tagId)).toEqual(['person', 'person']);
  await page.keyboard.press('r'); // resize mode, shown above the text
  await expect(page.getByTestId('resize-mode')).toContainText('بوتين');
  await page.keyboard.press('Shift+ArrowLeft'); // forward in RTL: end moves one grapheme on
  await expect.poll(async () => (await storedAnnotations(page))[1]!.exact).toBe('بوتين ');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await storedAnnotations(page))[1]!.exact).toBe('بوتين');
  await page.keyboard.press('Delete');
  await expect(list(page)).toHaveCount(1);
  await expect(page.getByTestId('resize-mode')).toHaveCount(0);

  // Undo the delete, then reload: the undo history is in the database.
  await page.keyboard.press('Control+Z');
  await expect(list(page)).toHaveCount(2);
  await page.keyboard.press('Control+Z'); // undo the shrink
  await expect.poll(async () => (await storedAnnotations(page))[1]!.exact).toBe('بوتين ');
  await page.reload();
  await expect(list(page)).toHaveCount(2);
  await page.keyboard.press('Control+Shift+Z'); // redo the shrink
  await expect.poll(async () => (await storedAnnotations(page))[1]!.exact).toBe('بوتين');
  await page.keyboard.press('Control+Shift+Z'); // redo the delete
  await expect(list(page)).toHaveCount(1);
  await expect.poll(() => paintedTexts(page)).toEqual({ person: ['فلاديمير بوتين'] });
});

test('selecting in the panel scrolls the reader to the annotation; Delete there deletes it', async ({ page }) => {
  await openApp(page);
  const last = await offsetOf(page, 'الطاقة');
  await selectSpan(page, last, last + 'الطاقة'.length);
  await page.keyboard.press('4');
  await page.keyboard.press('Escape');
  await page.getByTestId('reader-scroll').evaluate((el) => (el.scrollTop = 0));
  await list(page).first().click();
  await expect(page.getByTestId('annotation-details')).toBeVisible();
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('isnad-flash'))).toBe(true);
  await page.getByTestId('annotation-list').focus();
  await page.keyboard.press('Delete');
  await expect(list(page)).toHaveCount(0);
});

test('notes in Arabic and English take their own direction and are saved', async ({ page }) => {
  await openApp(page);
  const at = await offsetOf(page, 'بكين');
  await selectSpan(page, at, at + 4);
  await page.keyboard.press('3');
  const note = page.getByTestId('note-content');
  await note.click();
  await page.keyboard.type('This is the capital.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('عاصمة الصين');
  await page.keyboard.press('Control+A');
  await page.getByRole('button', { name: 'Bold' }).click();
  await expect(note.locator('p').nth(0)).toHaveCSS('direction', 'ltr');
  await expect(note.locator('p').nth(1)).toHaveCSS('direction', 'rtl');
  await expect.poll(async () => (await storedAnnotations(page))[0]!.note ?? '').toContain('عاصمة الصين');
  await page.reload();
  await list(page).first().click();
  await expect(page.getByTestId('note-content')).toContainText('This is the capital.');
  await expect(page.getByTestId('note-content').locator('.note-bold').first()).toBeVisible();
  await expect(page.getByTestId('annotation-list').locator('.ann-note')).toContainText('This is the capital. عاصمة الصين');
});

test('a partially highlighted Arabic word keeps its joined glyphs and its width', async ({ page }) => {
  await openApp(page);
  // Measure in the article's own font: before it has loaded, the fallback font's width is measured
  // first and the real one after, a difference that has nothing to do with the highlight.
  await page.waitForFunction(() => document.fonts.status === 'loaded' && document.fonts.check('20px "Noto Naskh Arabic"', 'بكين'));
  const word = await offsetOf(page, 'بكين');
  const measure = () =>
    page.evaluate((at) => {
      const root = document.querySelector('[data-testid="article-root"]')!;
      const lineStart = (root.children[0]!.textContent ?? '').length + 1;
      const node = root.children[1]!.querySelector('[data-lexical-text]')!.firstChild!;
      const r = document.createRange();
      r.setStart(node, at - lineStart);
      r.setEnd(node, at - lineStart + 4);
      const rect = r.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }, word);
  const before = await measure();
  const clip = { x: before.x - 2, y: before.y, width: before.width + 4, height: before.height };
  const plain = await page.screenshot({ clip });
  // Highlight from the third letter: "ين" of بكين.
  await selectSpan(page, word + 2, word + 4);
  await page.keyboard.press('3');
  await expect(list(page)).toHaveCount(1);
  expect((await storedAnnotations(page))[0]!.exact).toBe('ين');
  await page.keyboard.press('Escape'); // no selection underline in the picture
  await page.mouse.move(0, 0);
  const after = await measure();
  expect(after.width).toBe(before.width);
  const highlighted = await page.screenshot({ clip });
  // Same glyphs: the ink (darkness relative to each picture's own background) is the same; only
  // the background under it changed. Anti-aliased edges blend a little with the new background.
  const ink = await page.evaluate(
    async ([a, b]) => {
      const inkOf = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const { data, width, height } = ctx.getImageData(0, 0, img.width, img.height);
        const lum: number[] = [];
        for (let i = 0; i < data.length; i += 4) lum.push(0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!);
        // The background differs under the highlighted letters: take each column's own (its lightest pixels).
        const background = Array.from({ length: width }, (_, x) => {
          const column = Array.from({ length: height }, (_, y) => lum[y * width + x]!).sort((p, q) => p - q);
          return column[Math.floor(height * 0.9)]!;
        });
        return { ink: lum.map((l, i) => Math.max(0, Math.min(1, (background[i % width]! - l) / background[i % width]!))), width };
      };
      const difference = (x: number[], y: number[]) => x.reduce((s, v, i) => s + Math.abs(v - (y[i] ?? 0)), 0) / x.reduce((s, v) => s + v, 0);
      const plainInk = await inkOf(a!);
      const highlightedInk = await inkOf(b!);
      // Negative control: the same word moved by one pixel, as a changed glyph would move ink.
      const shifted = plainInk.ink.map((_, i) => (i % plainInk.width === 0 ? 0 : plainInk.ink[i - 1]!));
      return { diff: difference(plainInk.ink, highlightedInk.ink), control: difference(plainInk.ink, shifted), changed: a !== b };
    },
    [plain.toString('base64'), highlighted.toString('base64')],
  );
  expect(ink.changed).toBe(true);
  expect(ink.control).toBeGreaterThan(0.3);
  expect(ink.diff).toBeLessThan(0.1);
});

test('a tag whose write fails is taken off the screen and the analyst is told; nothing is stored', async ({ page }) => {
  await openApp(page);
  const at = await offsetOf(page, 'بكين');
  await selectSpan(page, at, at + 4);
  // Make every IndexedDB write fail, as a full disk would.
  await page.evaluate(() => {
    const w = window as unknown as { __put: unknown };
    w.__put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    };
  });
  await page.keyboard.press('3');
  await expect(page.getByRole('alert')).toContainText('The tag was not saved, so it is not shown');
  expect(await paintedTexts(page)).toEqual({});
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = (window as unknown as { __put: typeof IDBObjectStore.prototype.put }).__put;
  });
  expect(await storedAnnotations(page)).toEqual([]);
  await expect(list(page)).toHaveCount(0);
  // With the disk back, the same span tags as usual.
  await selectSpan(page, at, at + 4);
  await page.keyboard.press('3');
  await expect.poll(() => paintedTexts(page)).toEqual({ place: ['بكين'] });
  // Painted first, stored a moment later.
  await expect.poll(async () => (await storedAnnotations(page)).map((a) => a.exact)).toEqual(['بكين']);
});

test('the same tag on the same span again is refused with a notice, and the existing annotation is selected', async ({ page }) => {
  const problems = await openApp(page);
  const at = await offsetOf(page, 'بكين');
  await selectSpan(page, at, at + 4);
  await page.keyboard.press('3'); // Place
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1);
  const [place] = await storedAnnotations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('annotation-details')).toHaveCount(0);
  // The same word with the space before it: trimmed, it is the same span.
  await selectSpan(page, at - 1, at + 4);
  await page.keyboard.press('3');
  await expect(page.getByRole('alert')).toHaveText(/This text is already tagged Place; the existing annotation is selected\./);
  await expect(page.getByTestId('annotation-details').locator('.details-exact')).toHaveText('بكين');
  await expect(list(page).and(page.locator('[aria-selected="true"]'))).toHaveCount(1);
  expect((await storedAnnotations(page)).map((a) => a.id)).toEqual([place!.id]);
  await expect(list(page)).toHaveCount(1);
  await expect.poll(() => paintedTexts(page)).toEqual({ place: ['بكين'] });
  // Another tag on that span is a different fact and is stored; the notice goes with the next tag.
  await selectSpan(page, at, at + 4);
  await page.keyboard.press('6'); // Event
  await expect(list(page)).toHaveCount(2);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // In Arabic the notice is Arabic.
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Control+Shift+L');
  await selectSpan(page, at, at + 4);
  await page.keyboard.press('3');
  await expect(page.getByRole('alert')).toContainText('هذا النص موسوم بالفعل بوسم «مكان»');
  expect(await storedAnnotations(page)).toHaveLength(2);
  expect(problems).toEqual([]);
});

test('retagging onto a tag the span already has is refused the same way, and changes nothing', async ({ page }) => {
  const problems = await openApp(page);
  const at = await offsetOf(page, 'بكين');
  await selectSpan(page, at, at + 4);
  await page.keyboard.press('3'); // Place
  await selectSpan(page, at, at + 4);
  await page.keyboard.press('6'); // Event, on the same span
  await expect(list(page)).toHaveCount(2);
  const event = (await storedAnnotations(page)).find((a) => a.tagId === 'event')!;
  await page.getByTestId('annotation-details').getByLabel('Tag').selectOption('place');
  await expect(page.getByRole('alert')).toHaveText(/This text is already tagged Place/);
  expect((await storedAnnotations(page)).find((a) => a.id === event.id)?.tagId).toBe('event');
  expect(problems).toEqual([]);
});
