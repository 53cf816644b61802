/** Helpers for annotation tests: select text by offsets, read painted highlights and stored rows. */
import { expect, type Page } from '@playwright/test';
import type { AnnotationRecord } from '../../src/shared/annotation/annotation';

/** Selects [start, end) of the article text in the DOM and releases the mouse, as a drag would. */
export async function selectSpan(page: Page, start: number, end: number): Promise<void> {
  await page.getByTestId('article-root').evaluate(
    (root, [s, e]) => {
      const point = (offset: number) => {
        let seen = 0;
        for (const p of Array.from(root.children)) {
          const node = p.querySelector('[data-lexical-text]')?.firstChild as Text | undefined;
          const len = node?.length ?? 0;
          if (offset <= seen + len && node) return [node, offset - seen] as const;
          seen += len + 1;
        }
        throw new Error(`offset ${offset} not found`);
      };
      const [a, ao] = point(s!);
      const [b, bo] = point(e!);
      const range = document.createRange();
      range.setStart(a, ao);
      range.setEnd(b, bo);
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      const rect = range.getBoundingClientRect();
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.x + 1, clientY: rect.y + 1 }));
    },
    [start, end],
  );
}

/** Offset of the n-th occurrence (0-based) of `needle` in the normalised article text shown. */
export async function offsetOf(page: Page, needle: string, nth = 0): Promise<number> {
  const text = await page.getByTestId('article-root').evaluate((root) => Array.from(root.children, (p) => p.textContent ?? '').join('\n'));
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return at;
}

/** The text under every painted tag highlight, by highlight name. */
export function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('isnad-tag-')) continue;
      out[name.slice('isnad-tag-'.length)] = Array.from(highlight, (r) => (r as Range).toString()).sort();
    }
    return out;
  });
}

/** Rows as stored, in the app's own shape (read raw from IndexedDB, not through the app). */
export type StoredAnnotation = AnnotationRecord;

/**
 * Every stored annotation, read straight from IndexedDB (not through the app). A deleted
 * annotation stays stored as a tombstone (`deletedAt`, for a later sync) and is no annotation.
 */
export function storedAnnotations(page: Page): Promise<StoredAnnotation[]> {
  return page.evaluate(async () => {
    const req = indexedDB.open('isnad');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<StoredAnnotation[]>((resolve) => {
      const get = db.transaction('annotations').objectStore('annotations').getAll();
      get.onsuccess = () => resolve(get.result as StoredAnnotation[]);
    });
    db.close();
    return rows.filter((a) => a.deletedAt === undefined).sort((a, b) => a.start - b.start || b.end - a.end);
  });
}

/** The screen box of the character at `offset` of the article text. */
export function charRect(page: Page, offset: number): Promise<{ x: number; y: number; width: number; height: number; right: number }> {
  return page.getByTestId('article-root').evaluate((root, at) => {
    let seen = 0;
    for (const p of Array.from(root.children)) {
      const node = p.querySelector('[data-lexical-text]')?.firstChild as Text | undefined;
      const len = node?.length ?? 0;
      if (node && at < seen + len) {
        const r = document.createRange();
        r.setStart(node, at - seen);
        r.setEnd(node, at - seen + 1);
        const rect = r.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height, right: rect.right };
      }
      seen += len + 1;
    }
    throw new Error(`offset ${at} not found`);
  }, offset);
}

/** The screen centre of the character at `offset` of the article text (for clicks and drags). */
export async function charCentre(page: Page, offset: number): Promise<{ x: number; y: number }> {
  const rect = await charRect(page, offset);
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** Tags [start, end) as a Claim (key 8), waits until it is selected, and presses L to start linking its claimant. */
export async function tagClaimAndStartLinking(page: Page, start: number, end: number): Promise<void> {
  await selectSpan(page, start, end);
  await page.keyboard.press('8');
  await expect(page.getByTestId('annotation-details')).toContainText('Claim');
  await page.getByTestId('reader-scroll').focus();
  await page.keyboard.press('l');
  await expect(page.locator('.claim-form.linking')).toBeVisible();
}

/** Tags the second بوتين of the first sample article as Person (key 1): the claimant most claim tests need. */
export async function tagPersonPutin(page: Page): Promise<number> {
  const name = await offsetOf(page, 'بوتين', 1);
  await selectSpan(page, name, name + 'بوتين'.length);
  await page.keyboard.press('1');
  return name;
}
