/**
 * Which IndexedDB database is the library. Normally `isnad`; after a backup is restored on a
 * library that would not open, the restored copy gets a new name and becomes the library, so the
 * damaged one is never deleted or overwritten (issue 14). Kept in localStorage, which is stored
 * apart from IndexedDB, so it is readable when IndexedDB is not.
 */
const KEY = 'isnad.databaseName';
export const DEFAULT_DATABASE_NAME = 'isnad';

export function activeDatabaseName(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? DEFAULT_DATABASE_NAME;
  } catch {
    return DEFAULT_DATABASE_NAME; // storage refused (a locked-down browser): the usual name
  }
}

export function setActiveDatabaseName(name: string): void {
  localStorage.setItem(KEY, name);
}

/** A name for a new library beside the damaged one: dated, so a person looking at the browser's storage can tell them apart. */
export function newDatabaseName(now: number): string {
  return `isnad-restored-${new Date(now).toISOString().replace(/[-:.]/g, '')}`;
}
