import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { parse } from 'parse5';
import { charCentre, offsetOf, selectSpan, storedAnnotations, tagClaimAndStartLinking, type StoredAnnotation } from './annotateSupport';
import { libraryItems, openApp } from './support';
import { highlightTexts, htmlElements, textOf } from '../support/htmlReading';
import { W, docxPart, libreOfficeToPdf, parseXml, pdfFonts, pdfText } from '../support/exportReading';

const NOTE_MARKUP = '<script>window.__pwned=1</script><img src=x onerror=alert(1)>';
const out = mkdtempSync(join(tmpdir(), 'isnad-export-'));

async function saveDownload(download: Download, name: string): Promise<string> {
  const path = join(out, name);
  await download.saveAs(path);
  return path;
}

/** Opens the dialog with Ctrl+E, picks a format and exports; resolves when the dialog reports success. */
async function exportAs(page: Page, format: 'Web page (HTML)' | 'PDF' | 'Word document (DOCX)'): Promise<void> {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export a report' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(format).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
}

/** Tags in two sample articles (mouse in the first, keyboard in the second), a claim with claimant and note. */
async function annotateTwoArticles(page: Page): Promise<{ first: string; second: string }> {
  const first = (await libraryItems(page).nth(0).getAttribute('data-article-id'))!;
  const name = await offsetOf(page, 'فلاديمير بوتين');
  await selectSpan(page, name, name + 'فلاديمير بوتين'.length);
  await page.keyboard.press('1');
  // A highlight from a word's third letter (يـن of بكين): the export must keep the word joined.
  const city = await offsetOf(page, 'بكين');
  await selectSpan(page, city + 2, city + 4);
  await page.keyboard.press('3');
  const claimText = 'رحاله في العاصمة الصينية بكين';
  const at = await offsetOf(page, claimText);
  await tagClaimAndStartLinking(page, at, at + claimText.length);
  const point = await charCentre(page, name + 10);
  await page.mouse.click(point.x, point.y);
  await expect(page.locator('.claim-form.linking')).toHaveCount(0);
  await expect.poll(async () => (await storedAnnotations(page)).find((a) => a.tagId === 'claim')?.claim?.claimantAnnotationId).toBeTruthy();
  // The claim's note: rich text with markup typed as text.
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('n');
  await page.keyboard.type('ملاحظة ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('مهمة');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(` ${NOTE_MARKUP}`);
  await expect.poll(async () => (await storedAnnotations(page)).find((a) => a.tagId === 'claim')?.note ?? '').toContain('onerror');

  // The second article by keyboard alone: Shift+Ctrl+← selects its first word, 1 tags it.
  await libraryItems(page).nth(1).click();
  const second = (await libraryItems(page).nth(1).getAttribute('data-article-id'))!;
  // The reader shows it before the keys go to it (a key pressed on the article still leaving acts on nothing).
  await expect(page.getByTestId('article-root')).toHaveAttribute('aria-label', (await libraryItems(page).nth(1).locator('.article-title').textContent())!);
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await expect(page.getByTestId('tag-palette')).toBeVisible();
  await page.keyboard.press('1');
  await expect.poll(async () => (await storedAnnotations(page)).filter((a) => a.articleId === second).map((a) => a.exact)).toEqual(['بوتين']);
  return { first, second };
}

/** The stored annotations of each article in reading order, as the report numbers them. */
function byArticleInReadingOrder(rows: StoredAnnotation[], articleIds: string[]): StoredAnnotation[][] {
  return articleIds.map((id) => rows.filter((a) => a.articleId === id).sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id)));
}

test('tag two articles, tick them, export HTML, PDF and DOCX through the dialog, and read each file back', async ({ page, context }) => {
  test.setTimeout(240_000);
  const problems = await openApp(page);
  const { first, second } = await annotateTwoArticles(page);
  const thirdTitle = (await libraryItems(page).nth(2).locator('.article-title').textContent())!;

  // Tick both for export: Space ticks the article in focus, Ctrl+click another.
  await page.locator('.article-list').focus();
  await page.keyboard.press('Space');
  await libraryItems(page)
    .nth(0)
    .click({ modifiers: ['Control'] });
  await expect(page.locator('.article-item[aria-checked="true"]')).toHaveCount(2);
  await expect(page.locator('.library-count')).toContainText('2 ticked');

  const stored = await storedAnnotations(page);
  const expected = byArticleInReadingOrder(stored, [first, second]);

  // ---- HTML
  const htmlDownload = page.waitForEvent('download');
  await exportAs(page, 'Web page (HTML)');
  const htmlPath = await saveDownload(await htmlDownload, 'report.html');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('Report ready');
  const html = readFileSync(htmlPath, 'utf8');
  const root = parse(html);
  const texts = highlightTexts(root);
  expected.forEach((rows, a) => rows.forEach((row, i) => expect(texts.get(`a${a + 1}-${i + 1}`), row.exact).toBe(row.exact)));
  expect(texts.size).toBe(stored.length);
  const elements = htmlElements(root);
  const bodies = elements.filter((e) => e.attrs.some((x) => x.name === 'class' && x.value === 'article-text'));
  expect(bodies.map((b) => b.attrs.find((x) => x.name === 'dir')?.value)).toEqual(['rtl', 'rtl']);
  expect(elements.filter((e) => ['script', 'img', 'iframe', 'object', 'embed', 'link'].includes(e.tagName))).toEqual([]);
  expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
  expect(html).not.toMatch(/url\((?!data:)/);
  const body = textOf(elements.find((e) => e.tagName === 'body')!);
  expect(body).toContain(NOTE_MARKUP); // the note's markup is text
  expect(body).not.toContain(thirdTitle); // only the ticked articles
  expect(elements.some((e) => e.tagName === 'strong' && textOf(e) === 'مهمة')).toBe(true);
  const claimRow = elements
    .filter((e) => e.tagName === 'table' && e.attrs.some((x) => x.value === 'claims'))
    .flatMap((t) => htmlElements(t).filter((r) => r.tagName === 'tr'))
    .at(1)!;
  expect(
    htmlElements(claimRow)
      .filter((c) => c.tagName === 'td')
      .map(textOf)
      .slice(1, 3),
  ).toEqual(['رحاله في العاصمة الصينية بكين', 'فلاديمير بوتين']);

  // The exported page itself, in Chromium: scripts never ran, and the partly highlighted word keeps its joined width.
  const view = await context.newPage();
  await view.goto(`file://${htmlPath}`);
  await view.waitForFunction(() => document.fonts.status === 'loaded');
  expect(await view.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const widths = await view.evaluate(() => {
    const place = [...document.querySelectorAll<HTMLElement>('.article-text .hl')].find((el) => el.textContent === 'ين')!;
    const p = place.closest('p')!;
    // The word بكين: two letters before the highlight, and the highlight's two.
    const texts = () => {
      const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const out: Text[] = [];
      for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
      return out;
    };
    let wordEnd = 0;
    for (const node of texts()) {
      if (place.contains(node)) {
        wordEnd += 2;
        break;
      }
      wordEnd += node.length;
    }
    const measure = () => {
      const range = document.createRange();
      let seen = 0;
      for (const node of texts()) {
        if (seen <= wordEnd - 4 && wordEnd - 4 < seen + node.length) range.setStart(node, wordEnd - 4 - seen);
        if (seen < wordEnd && wordEnd <= seen + node.length) range.setEnd(node, wordEnd - seen);
        seen += node.length;
      }
      return { word: range.toString(), width: range.getBoundingClientRect().width };
    };
    const highlighted = measure();
    // eslint-disable-next-line no-self-assign -- writing the text back replaces the highlight elements by one text node
    p.textContent = p.textContent; // the same paragraph with no highlight elements at all
    return { highlighted, plain: measure() };
  });
  expect(widths.highlighted.word).toBe('بكين');
  expect(widths.plain.word).toBe('بكين');
  expect(widths.highlighted.width).toBeGreaterThan(10);
  expect(widths.highlighted.width).toBe(widths.plain.width);
  await view.screenshot({ path: join(out, 'report-html.png') });
  await view.close();

  // ---- PDF: the web twin opens the same HTML in a print window; Playwright prints it on Chromium's print path.
  const popupPromise = context.waitForEvent('page');
  await exportAs(page, 'PDF');
  const popup = await popupPromise;
  await expect(popup.locator('h1')).toHaveCount(1);
  await popup.waitForFunction(() => document.fonts.status === 'loaded');
  const pdfPath = join(out, 'report.pdf');
  await popup.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await popup.close();
  const pdf = pdfText(pdfPath);
  for (const words of ['فلاديمير بوتين', 'رحاله في العاصمة الصينية بكين', 'مهمة']) expect(pdf).toContain(words);
  expect(pdf).toMatch(/Page 1 \/ \d+/);
  const fonts = pdfFonts(pdfPath);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((f) => !f.embedded)).toEqual([]);

  // ---- DOCX
  const docxDownload = page.waitForEvent('download');
  await exportAs(page, 'Word document (DOCX)');
  const docxPath = await saveDownload(await docxDownload, 'report.docx');
  expect((await docxDownload).suggestedFilename()).toMatch(/\.docx$/);
  const xml = parseXml(docxPart(docxPath, 'word/document.xml'));
  const paragraphs = Array.from(xml.getElementsByTagNameNS(W, 'p'));
  const textOfXml = (node: Element) => Array.from(node.getElementsByTagNameNS(W, 't'), (t) => t.textContent).join('');
  const articleParagraph = paragraphs.find((p) => textOfXml(p as unknown as Element).includes('فلاديمير بوتين رحاله'))!;
  expect(articleParagraph.getElementsByTagNameNS(W, 'bidi').length).toBe(1);
  const runs = Array.from(articleParagraph.getElementsByTagNameNS(W, 'r')).filter((r) => r.getElementsByTagNameNS(W, 't').length > 0);
  expect(runs.length).toBeGreaterThan(1);
  for (const run of runs) expect(run.getElementsByTagNameNS(W, 'rtl').length).toBe(1);
  const tables = Array.from(xml.getElementsByTagNameNS(W, 'tbl')).map((t) => textOfXml(t as unknown as Element));
  expect(tables.some((t) => t.includes('Claimant') && t.includes('فلاديمير بوتين') && t.includes('رحاله في العاصمة الصينية بكين'))).toBe(true);
  expect(textOfXml(xml.documentElement as unknown as Element)).toContain(NOTE_MARKUP);
  // Writer opens it: LibreOffice converts it, and its PDF has the Arabic words whole.
  const writerPdf = pdfText(libreOfficeToPdf(docxPath));
  expect(writerPdf).toContain('فلاديمير بوتين');

  expect(problems).toEqual([]);
});

test('Shift+click ticks a range; a bad file name is refused with a message; Escape closes the dialog', async ({ page }) => {
  const problems = await openApp(page);
  // The first article is on screen: Shift+click ticks from it to the clicked one, then on from there.
  await libraryItems(page)
    .nth(1)
    .click({ modifiers: ['Shift'] });
  await expect(page.locator('.article-item[aria-checked="true"]')).toHaveCount(2);
  await libraryItems(page)
    .nth(3)
    .click({ modifiers: ['Shift'] });
  await expect(page.locator('.article-item[aria-checked="true"]')).toHaveCount(4);
  // Ctrl+click unticks one; the article on screen never changed.
  await libraryItems(page)
    .nth(2)
    .click({ modifiers: ['Control'] });
  await expect(page.locator('.article-item[aria-checked="true"]')).toHaveCount(3);
  await expect(libraryItems(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Export report or data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a report' });
  await expect(dialog.getByLabel('The articles ticked in the library (3)')).toBeChecked();
  const name = dialog.getByLabel('File name');
  await name.fill('../secret/report');
  await expect(dialog.locator('#export-name-error')).toContainText('Give the file a name without');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  await name.fill('تقرير الأسبوع');
  await dialog.getByLabel('Word document (DOCX)').check();
  await expect(name).toHaveValue('تقرير الأسبوع.docx');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a corpus export can be cancelled with Escape and writes no file', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await openApp(page);
  // 400 articles of ~25 KB: long enough to press Escape while the report is still being made.
  const dir = mkdtempSync(join(tmpdir(), 'isnad-many-'));
  const sample = readFileSync(join(__dirname, '../../resources/corpus/001_a9f105fa16ec1e92.txt'), 'utf8');
  for (let i = 0; i < 400; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), `مقال رقم ${i}\n${sample.repeat(3)}`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open folder…' }).click();
  await (await chooser).setFiles(dir);
  await expect(page.getByTestId('import-report')).toContainText('Imported 400 new', { timeout: 60_000 });
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export a report' });
  await dialog.getByLabel(/The whole corpus/).check();
  await dialog.getByLabel('Word document (DOCX)').check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByTestId('export-progress')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('status')).toHaveText('Export cancelled; no file was written.');
  await expect(page.getByTestId('export-progress')).toHaveCount(0);
  // The dialog stays for another try; a second Escape closes it.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.waitForTimeout(1000);
  expect(downloaded).toBe(false);
  expect(problems).toEqual([]);
});
