/**
 * Opening the library, and every way that can fail (issue 14), told apart so the app can say what
 * happened in an analyst's words instead of starting with an empty library:
 * - blocked: another window or tab holds the database at an older version and does not let go;
 *   the open waits (and goes on by itself once that window closes);
 * - unreadable: the browser cannot open the files it keeps the library in (Chromium: "Internal
 *   error opening backing store", e.g. damaged files);
 * - quota: no room left on the disk, or for this app, to open it;
 * - newer: a newer version of Isnad has upgraded the library;
 * - unavailable: the browser offers no IndexedDB at all (a locked-down profile);
 * - lost: it opened, but empty where a library used to be. Chromium, finding its store damaged,
 *   can delete it and start a fresh one without telling the page; a mark kept outside IndexedDB
 *   (localStorage) that the library existed is how the app notices.
 */
import type { IsnadDatabase } from './database';

export type OpenFailureKind = 'blocked' | 'unreadable' | 'quota' | 'newer' | 'unavailable' | 'lost';
export interface OpenFailure {
  kind: OpenFailureKind;
  /** The browser's own words, shown as details. */
  detail: string;
}

interface NamedError {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
}

/** Dexie wraps the browser's error (OpenFailedError → inner DOMException); the innermost name decides. */
export function openFailureOf(error: unknown): OpenFailure {
  const chain: NamedError[] = [];
  for (let e = error as NamedError | undefined; e && typeof e === 'object' && chain.length < 5; e = e.inner as NamedError | undefined) chain.push(e);
  const names = chain.map((e) => String(e.name));
  const innermost = chain.at(-1);
  const detail = innermost ? `${String(innermost.name)}: ${String(innermost.message)}` : String(error);
  const kind: OpenFailureKind = names.includes('QuotaExceededError') ? 'quota' : names.includes('VersionError') ? 'newer' : names.includes('MissingAPIError') ? 'unavailable' : 'unreadable';
  return { kind, detail };
}

const IDENTITY_ROW = 'libraryId';
const identityKey = (db: IsnadDatabase) => `isnad.libraryId:${db.name}`;

function knownIdentity(db: IsnadDatabase): string | null {
  try {
    return localStorage.getItem(identityKey(db));
  } catch {
    return null;
  }
}

/** Marks `db` as the library this browser knows: in the database and, apart from it, in localStorage. */
export async function adoptLibrary(db: IsnadDatabase): Promise<void> {
  const row = await db.settings.get(IDENTITY_ROW);
  const id = typeof row?.value === 'string' ? row.value : crypto.randomUUID();
  if (!row) await db.settings.put({ key: IDENTITY_ROW, value: id });
  localStorage.setItem(identityKey(db), id);
}

/**
 * Opens `db`; resolves to null when the library is there, or to what went wrong. `onBlocked` is
 * called if the open has to wait for another window; the promise then resolves once it may go on.
 */
export async function openLibrary(db: IsnadDatabase, onBlocked: () => void): Promise<OpenFailure | null> {
  const blocked = () => onBlocked();
  db.on('blocked', blocked);
  try {
    await db.open();
  } catch (error) {
    return openFailureOf(error);
  } finally {
    db.on('blocked').unsubscribe(blocked);
  }
  const known = knownIdentity(db);
  const row = await db.settings.get(IDENTITY_ROW);
  if (known && !row) {
    return { kind: 'lost', detail: 'The browser reopened the library empty: its storage was reset or damaged.' };
  }
  if (!row || row.value !== known) await adoptLibrary(db);
  return null;
}
