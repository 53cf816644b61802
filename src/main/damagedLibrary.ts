/**
 * A library whose files the browser cannot read (issue 14, "unreadable"): Chromium keeps every
 * database of the page's origin in one store, so while it is damaged no other database opens and
 * nothing can be restored beside it (measured in the web twin). The way out on the desktop: set the
 * damaged store aside — never delete it — and start again; the page then finds its library gone and
 * offers the last automatic backup. The store is in use while the app runs, so the request is
 * written now and carried out at the next start, before any page opens storage.
 */
import { join } from 'node:path';

export interface AsideFs {
  writeFile(path: string, data: string): Promise<void>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** Chromium's folder for the IndexedDB of every origin, under the app's data folder. */
const STORE = 'IndexedDB';
const REQUEST = 'set-library-aside.request';

const stamp = (time: number) => new Date(time).toISOString().replace(/[-:.]/g, '');

/** Asks for the damaged store to be set aside at the next start. */
export async function requestSetAside(userData: string, fs: AsideFs, now = Date.now()): Promise<void> {
  await fs.writeFile(join(userData, REQUEST), new Date(now).toISOString());
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * At start, before the window: when asked, renames the store to `IndexedDB-set-aside-<time>` (kept for
 * the analyst or a specialist) and drops the request. Returns the folder it was moved to, or null
 * when nothing was asked or there was no store. A rename that fails leaves the request, so the next
 * start tries again and the library is never half moved.
 */
export async function setAsideIfRequested(userData: string, fs: AsideFs, now = Date.now()): Promise<string | null> {
  try {
    await fs.readFile(join(userData, REQUEST), 'utf8');
  } catch (error) {
    if (missing(error)) return null;
    throw error;
  }
  const aside = `${STORE}-set-aside-${stamp(now)}`;
  let moved: string | null = aside;
  try {
    await fs.rename(join(userData, STORE), join(userData, aside));
  } catch (error) {
    if (!missing(error)) throw error;
    moved = null; // no store to set aside: the request is done all the same
  }
  await fs.unlink(join(userData, REQUEST));
  return moved;
}
