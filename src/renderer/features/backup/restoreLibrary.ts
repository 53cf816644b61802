/**
 * Restoring a backup when the library will not open (issue 14): into a NEW database, never over the
 * one that failed, which stays on the machine untouched (someone may yet recover more from it). The
 * new one becomes the library (db/databaseName.ts) once the whole bundle is in; a restore that fails
 * part-way deletes only the new, incomplete copy, and the app keeps pointing at the old library.
 */
import { IsnadDatabase } from '../../db/database';
import { newDatabaseName, setActiveDatabaseName } from '../../db/databaseName';
import { mergeIntoLibrary } from '../../db/mergeImport';
import { adoptLibrary } from '../../db/openFailure';
import { markSeededAndSelect } from '../../db/settings';

/** Fills a fresh database with `fill` and makes it the library; the caller reloads the page. */
async function intoNewLibrary(fill: (db: IsnadDatabase, now: number) => Promise<string | null>): Promise<void> {
  const now = Date.now();
  const db = new IsnadDatabase(newDatabaseName(now));
  try {
    await db.open();
    const first = await fill(db, now);
    // The sample articles are for a first start, not for a restored library.
    await markSeededAndSelect(db, first);
    await adoptLibrary(db);
  } catch (error) {
    await db.delete().catch(() => undefined); // only the copy this restore made
    throw error;
  } finally {
    db.close();
  }
  setActiveDatabaseName(db.name);
}

/** Restores a project bundle (a backup, or a bundle the analyst exported) into a new library. */
export function restoreIntoNewLibrary(bytes: Uint8Array, sourceName: string): Promise<void> {
  return intoNewLibrary(async (db, now) => {
    const { importData } = await import('../../../shared/interchange/importData');
    const { format, data } = await importData([{ path: sourceName, bytes }], { author: 'Isnad', now });
    if (format !== 'bundle') throw new Error('This file is not an Isnad project bundle (.isnad.json).');
    await mergeIntoLibrary(db, data, { source: sourceName, now });
    return data.articles[0]?.article.id ?? null;
  });
}

/** Starts afresh beside the library that would not open. */
export function startNewLibrary(): Promise<void> {
  return intoNewLibrary(async () => null);
}
