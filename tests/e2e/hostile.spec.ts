/**
 * Hostile content never runs (issue 14). The hostile corpus (tests/support/hostileCorpus.ts) comes
 * in as a colleague's project bundle, and hostile file names through the file import; then every
 * view is opened — library, reader, hover card, annotation panel and notes (a paste of HTML with
 * scripts included), entity list and page, claims view, search results, find-all suggestions,
 * import reports, the command palette — and after each: no payload ran (`window.__hostile`, no
 * dialog), the strict CSP saw nothing to block, no console error, no element or attribute made of
 * a payload, and the payloads are shown as their literal text. The HTML report is then opened in
 * Chromium and runs nothing either. Bidi controls in names are shown as tokens; in the text they
 * stay, isolated so they cannot reorder anything outside their own paragraph or name.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bundleJson } from '../../src/shared/interchange/bundle/writeBundle';
import { visibleControls } from '../../src/shared/text/visibleControls';
import { utf8 } from '../support/encodings';
import { pdfText } from '../support/exportReading';
import { DISGUISED_FILE, DISGUISED_SHOWN, HOSTILE_ENTITY_NAME, HOSTILE_FILE_NAME, HOSTILE_LINE, HOSTILE_TEXT, HOSTILE_TITLE, hostileCorpus, PAYLOADS } from '../support/hostileCorpus';
import { charCentre, offsetOf } from './annotateSupport';
import { importData } from './dataExchangeSupport';
import { articleRoot, libraryItems, openApp } from './support';

const dir = mkdtempSync(join(tmpdir(), 'isnad-hostile-'));
/** The texts of the hostile articles, whose excerpts may carry their author's bidi controls. */
const ARTICLE_TEXTS = [HOSTILE_TEXT];

/** Before any of the app's code: a record of every CSP violation, so a blocked payload is seen too. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
}

/**
 * What a payload that ran or got in would leave: the flag it sets, a CSP violation, an element or
 * attribute made of markup, a script URL. Returns what it found (empty when nothing).
 */
function traces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const w = window as unknown as { __hostile?: unknown; __violations?: string[] };
    if (w.__hostile !== undefined) found.push(`ran: ${JSON.stringify(w.__hostile)}`);
    // A page that replaced its document (the print window) has lost the listener: its console tells instead.
    for (const v of w.__violations ?? []) found.push(`csp: ${v}`);
    for (const e of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(e.attributes)) {
        if (a.name.startsWith('on')) found.push(`${e.tagName}[${a.name}]`);
        if (['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href'].includes(a.name) && /^\s*(javascript|vbscript|data:text)/i.test(a.value)) found.push(`${e.tagName}[${a.name}=${a.value}]`);
      }
    }
    for (const e of Array.from(document.querySelectorAll('script:not([src]), iframe, object, embed, frame, img[src="x"], circle, svg[onload]'))) found.push(`<${e.tagName.toLowerCase()}>`);
    return found;
  });
}

/**
 * Text that leaves a bidi embedding, override or isolate open must be isolated: the nearest ancestor
 * that is a paragraph of its own (a block, a flex or grid item) or an isolate (<bdi>, unicode-bidi:
 * isolate or plaintext) holds only that name or sentence — or is a paragraph of the article's text
 * or of a note, where the marks are the author's and end with the paragraph. Returns the texts that are not.
 */
function unisolatedControls(page: Page): Promise<string[]> {
  return page.evaluate((texts) => {
    // Whether the text leaves an embedding, override or isolate open at its end (what could reach
    // past it): a PDI closes its isolate and anything opened inside it, as the bidi algorithm does.
    const leaves = (text: string) => {
      const open: ('embed' | 'isolate')[] = [];
      for (const c of text) {
        if (c >= '\u202A' && c <= '\u202E' && c !== '\u202C') open.push('embed');
        else if (c === '\u202C' && open.at(-1) === 'embed') open.pop();
        else if (c >= '\u2066' && c <= '\u2068') open.push('isolate');
        else if (c === '\u2069' && open.includes('isolate')) while (open.pop() !== 'isolate');
      }
      return open.length > 0;
    };
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!leaves(node.nodeValue ?? '')) continue;
      let el = node.parentElement;
      while (el) {
        const style = getComputedStyle(el);
        // A block, and an inline-block or other atomic inline, is a bidi paragraph of its own.
        const isolating = el.tagName === 'BDI' || ['isolate', 'plaintext', 'isolate-override'].includes(style.unicodeBidi) || style.display !== 'inline';
        if (isolating) break;
        el = el.parentElement;
      }
      // A paragraph of the article or of a note is the author's own: the marks end with it.
      const authorsParagraph = el?.closest('[data-testid="article-root"], [data-testid="note-content"]');
      // So is an excerpt of the article's text shown whole in its own box (a search hit, a sentence).
      const excerpt = (el?.textContent ?? '').replace(/^…|…$/g, '');
      const isExcerpt = texts.some((t) => t.includes(excerpt));
      if (!el || (!authorsParagraph && !isExcerpt && el.textContent !== node.nodeValue)) bad.push(`${el?.tagName ?? '?'}.${el?.className ?? ''}: ${(el?.textContent ?? '').slice(0, 60)}`);
    }
    return bad;
  }, ARTICLE_TEXTS);
}

async function expectNothingRan(page: Page, problems: string[], where: string): Promise<void> {
  expect(await traces(page), where).toEqual([]);
  expect(problems, where).toEqual([]);
  expect(await unisolatedControls(page), `${where}: bidi controls not isolated`).toEqual([]);
}

test('hostile articles, names and notes run nothing in any view and are shown as their text', async ({ page }) => {
  test.setTimeout(120_000);
  await watchViolations(page);
  const problems = await openApp(page);
  // The page runs under the app's strict policy: no inline script, no eval, nothing from elsewhere.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("default-src 'none'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);

  // A colleague's bundle, itself under a hostile name: the import report shows it as text.
  const data = await hostileCorpus();
  const bundlePath = join(dir, `\u202E<svg onload=alert(1)>.isnad.json`);
  writeFileSync(bundlePath, bundleJson(data));
  const imported = await importData(page, [bundlePath]);
  expect(imported.phase).toBe('done');
  expect(imported.text).toContain('Articles: 1 added');
  expect(imported.text).toContain('Imported from: ⟨RLO⟩<svg onload=alert(1)>.isnad.json');
  expect(imported.text).not.toContain('\u202E');
  await expectNothingRan(page, problems, 'import report');

  // Library: the title and the file name as text, their bidi controls as tokens.
  const item = libraryItems(page).filter({ hasText: 'تقرير' });
  await expect(item).toHaveCount(1);
  await expect(item.locator('.article-title')).toHaveText(visibleControls(HOSTILE_TITLE));
  await expect(item.locator('.article-file')).toHaveText(visibleControls(HOSTILE_FILE_NAME));
  await expect(item.locator('.article-file')).toContainText(DISGUISED_SHOWN);
  await expect(item.locator('.hidden-char').first()).toHaveText('⟨RLO⟩');
  await expectNothingRan(page, problems, 'library');

  // Reader: the text is the text, payloads and bidi controls included.
  await item.click();
  await expect(articleRoot(page)).toContainText(PAYLOADS.script);
  const shown = await articleRoot(page).evaluate((el) => el.textContent ?? '');
  for (const payload of Object.values(PAYLOADS)) expect(shown).toContain(payload);
  expect(shown).toContain(HOSTILE_LINE);
  await expect(page.locator('.reader-meta')).toContainText(DISGUISED_SHOWN);
  await expect(page.getByTestId('article-note').getByTestId('note-content')).toContainText(PAYLOADS.img);
  await expectNothingRan(page, problems, 'reader and article note');

  // Hover card and annotation panel on the claim (its claimant, its note with script links).
  const claimAt = await offsetOf(page, PAYLOADS.img);
  const point = await charCentre(page, claimAt + 3);
  await page.mouse.move(point.x, point.y);
  await expect(page.getByTestId('hover-card')).toContainText('Claim');
  await expect(page.getByTestId('hover-card')).toContainText(PAYLOADS.img.slice(0, 20));
  await expectNothingRan(page, problems, 'hover card');
  await page.mouse.click(point.x, point.y);
  const details = page.getByTestId('annotation-details');
  await expect(details.getByTestId('note-content')).toContainText(PAYLOADS.script);
  const links = await details.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const href of links) expect(href).not.toMatch(/^\s*(javascript|data):/i);
  await expectNothingRan(page, problems, 'annotation panel');

  // The typed claimant, on the other claim.
  const typedAt = await offsetOf(page, 'في تصريح');
  const typed = await charCentre(page, typedAt + 2);
  await page.mouse.click(typed.x, typed.y);
  await expect(details).toContainText('Claim');
  await expectNothingRan(page, problems, 'claim form');

  // A paste of HTML with a script, an event handler and a script link into the note: text only, no live link.
  const note = details.getByTestId('note-content');
  await note.click();
  await note.evaluate((el) => {
    const transfer = new DataTransfer();
    transfer.setData(
      'text/html',
      `<p>pasted <img src=x onerror="window.__hostile='paste'"><script>window.__hostile='paste-script'</script><a href="javascript:window.__hostile='paste-link'">link</a><svg onload="window.__hostile='paste-svg'"></svg></p>`,
    );
    transfer.setData('text/plain', 'pasted link');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  });
  await expect(note).toContainText('pasted');
  await expectNothingRan(page, problems, 'pasted note');

  // Entity list and the hostile entity's page, with its note.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByTestId('entities-view')).toBeVisible();
  const row = page.locator('.entity-row', { hasText: 'كيان' });
  await expect(row).toContainText(PAYLOADS.script);
  await expectNothingRan(page, problems, 'entity list');
  await row.click();
  await expect(page.getByTestId('entity-page').locator('h2')).toHaveText(HOSTILE_ENTITY_NAME);
  await expect(page.getByTestId('entity-aliases')).toContainText(PAYLOADS.mustache);
  await expectNothingRan(page, problems, 'entity page');
  await page.keyboard.press('Escape');
  // Putin's row (its Latin name, a payload, is on its page).
  await page
    .getByTestId('entities-view')
    .getByRole('option', { name: /^بوتين Person/ })
    .click();
  await expect(page.getByTestId('entity-page')).toContainText(PAYLOADS.img);
  await expect(page.getByTestId('entity-mentions')).toContainText(visibleControls(HOSTILE_TITLE));
  await expectNothingRan(page, problems, 'entity page with a note and mentions');

  // Claims view: claim texts, the typed claimant, the article title.
  await page.keyboard.press('Control+Shift+C');
  const claims = page.getByTestId('claims-view');
  await expect(claims).toContainText(PAYLOADS.breakout);
  await expect(claims).toContainText(DISGUISED_SHOWN);
  await expectNothingRan(page, problems, 'claims view');
  await page.keyboard.press('Escape');

  // Search results: the title and the hit's sentence.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('غادر');
  const results = page.locator('.search-group', { hasText: DISGUISED_SHOWN });
  await expect(results).toHaveCount(1);
  await expect(results).toContainText('غادر');
  await expectNothingRan(page, problems, 'search results');
  await page.getByRole('button', { name: 'Close the search (Esc)' }).click();

  // Find all mentions of بوتين in the hostile article: the suggestions' sentences carry payloads.
  await item.click();
  const putinAt = await offsetOf(page, 'بوتين');
  const putin = await charCentre(page, putinAt + 2);
  await page.mouse.click(putin.x, putin.y);
  await expect(details).toContainText('Person');
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('m');
  // The second بوتين, and the alias that is itself a payload (found in the text, word for word), each in its sentence.
  await expect(page.locator('.suggestion-list')).toContainText('باسم بوتين');
  await expect(page.locator('.suggestion-list')).toContainText(PAYLOADS.template);
  await expectNothingRan(page, problems, 'find-all suggestions');
  await page.keyboard.press('Escape');

  // The entity completion (E on the mention): registry names, the hostile one among them.
  await page.mouse.click(putin.x, putin.y);
  await page.keyboard.press('e');
  await expect(page.getByTestId('entity-completion').getByRole('combobox')).toBeFocused();
  await page.keyboard.type('كيان');
  await expect(page.locator('.completion-list')).toContainText(PAYLOADS.script);
  await expectNothingRan(page, problems, 'entity completion');
  await page.keyboard.press('Escape');

  // The tag set editor and the export dialog's tag filter: the hostile tag's labels.
  await page.getByRole('button', { name: 'Edit tags…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNothingRan(page, problems, 'tag set editor');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('dialog', { name: 'Export a report or data' })).toContainText(PAYLOADS.img);
  await expectNothingRan(page, problems, 'export dialog');
  await page.keyboard.press('Escape');

  // The command palette, given a payload to search for.
  await page.keyboard.press('Control+k');
  await page.keyboard.type(PAYLOADS.img);
  await expect(page.getByRole('dialog', { name: 'Commands' }).getByRole('combobox')).toHaveValue(PAYLOADS.img);
  await expectNothingRan(page, problems, 'command palette');
  await page.keyboard.press('Escape');
});

test('hostile file names are shown with their bidi controls visible, in the library and the refusal reports; the HTML report and the PDF print window run nothing', async ({ page, context }) => {
  await watchViolations(page);
  const problems = await openApp(page);
  const folder = mkdtempSync(join(dir, 'files-'));
  const good = join(folder, `${DISGUISED_FILE}<img src=x onerror=alert(1)>.txt`);
  writeFileSync(good, utf8(`${PAYLOADS.svg} عنوان ${DISGUISED_FILE}\nنص المقال ${PAYLOADS.script}.`));
  // An HTML article: read for its text by the browser's parser, its markup never reaching the page.
  const page_ = join(folder, `${DISGUISED_FILE}.html`);
  writeFileSync(
    page_,
    utf8(
      `<title>صفحة ${PAYLOADS.breakout}</title><body onload="window.__hostile='body'"><p>فقرة <img src=x onerror="window.__hostile='html'"><a href="javascript:alert(1)" onclick="alert(2)">رابط</a><svg/onload=alert(1)></svg></p><script>window.__hostile='html-script'</script><iframe srcdoc="<script>parent.__hostile=1</script>"></iframe></body>`,
    ),
  );
  const empty = join(folder, `${DISGUISED_FILE}<script>alert(1).txt`);
  writeFileSync(empty, new Uint8Array());
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles([good, page_, empty]);
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await expect(report.locator('.refusal-file')).toContainText(DISGUISED_SHOWN);
  await expect(report.locator('.refusal-file')).toContainText('<script>alert(1)');
  const item = libraryItems(page).filter({ hasText: 'عنوان' });
  await expect(item.locator('.article-file')).toHaveText(`${DISGUISED_SHOWN}<img src=x onerror=alert(1)>.txt`);
  await expect(item.locator('.article-title')).toHaveText(`${PAYLOADS.svg} عنوان ${DISGUISED_SHOWN}`);
  const htmlItem = libraryItems(page).filter({ hasText: 'صفحة' });
  await expect(htmlItem.locator('.article-title')).toHaveText(`صفحة ${PAYLOADS.breakout}`);
  await expect(htmlItem.locator('.article-file')).toHaveText(`${DISGUISED_SHOWN}.html`);
  await htmlItem.click();
  await expect(articleRoot(page)).toContainText('فقرة رابط');
  await expectNothingRan(page, problems, 'file import');

  // A damaged bundle under a hostile name: the refusal names it, its override shown, its markup as text.
  const damaged = join(folder, `${DISGUISED_FILE}<img src=x onerror=alert(1)>.isnad.json`);
  writeFileSync(damaged, '{"format":"isnad-bundle",');
  const refused = await importData(page, [damaged]);
  expect(refused.phase).toBe('failed');
  expect(refused.text).toContain(`${DISGUISED_SHOWN}<img src=x onerror=alert(1)>.isnad.json`);
  await expectNothingRan(page, problems, 'refused data import');

  // The HTML report of that article, opened as a page of its own.
  await item.click();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export a report or data' });
  await dialog.getByLabel('Web page (HTML)').check();
  await dialog.getByLabel('The article on screen').check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const path = join(folder, 'report.html');
  await (await download).saveAs(path);
  await page.keyboard.press('Escape');
  const reportPage = await context.newPage();
  const reportProblems: string[] = [];
  reportPage.on('dialog', (d) => {
    reportProblems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  reportPage.on('pageerror', (e) => reportProblems.push(`pageerror: ${e.message}`));
  await watchViolations(reportPage);
  await reportPage.goto(`file://${path}`);
  await expect(reportPage.locator('h2', { hasText: 'عنوان' })).toHaveText(`${PAYLOADS.svg} عنوان ${DISGUISED_SHOWN}`);
  await expect(reportPage.locator('body')).toContainText(PAYLOADS.script);
  expect(await reportPage.title()).toContain(DISGUISED_SHOWN);
  expect(await traces(reportPage)).toEqual([]);
  expect(reportProblems).toEqual([]);

  // The PDF: the web twin writes the same HTML into its print window (print.html), which prints it.
  const popupPromise = context.waitForEvent('page');
  await page.keyboard.press('Control+e');
  await dialog.getByLabel('PDF').check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const popup = await popupPromise;
  const popupProblems: string[] = [];
  popup.on('console', (m) => {
    if (m.type() === 'error') popupProblems.push(`console: ${m.text()}`);
  });
  popup.on('dialog', (d) => {
    popupProblems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await expect(popup.locator('h2', { hasText: 'عنوان' })).toHaveText(`${PAYLOADS.svg} عنوان ${DISGUISED_SHOWN}`);
  await popup.waitForFunction(() => document.fonts.status === 'loaded');
  const pdfPath = join(folder, 'report.pdf');
  await popup.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  expect(await traces(popup)).toEqual([]);
  expect(popupProblems).toEqual([]);
  await popup.close();
  const pdf = pdfText(pdfPath);
  // pdftotext wraps right-to-left runs in bidi marks: the Latin runs are looked for, not whole lines.
  expect(pdf).toContain("window.__hostile='script'");
  expect(pdf).toContain('fdp.txt');
  await page.keyboard.press('Escape');
  expect(problems).toEqual([]);
});
