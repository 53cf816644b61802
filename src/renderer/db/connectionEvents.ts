/**
 * When another window (a tab of the web twin, a newer start of the app) opens the database at a
 * newer schema version, this window must let go: the upgrade waits until every older connection
 * closes. Dexie closes on its own but opens again on the next read or write — at the old version,
 * which then fails or, worse, half works. Here the connection closes for good and the window is told,
 * so it can say so and stop (issue 14).
 */
import type { IsnadDatabase } from './database';

/**
 * Calls `onClosed` once, after closing `db` for good, when another connection asks to upgrade or
 * delete it. Returns the way to stop listening.
 */
export function closeOnVersionChange(db: IsnadDatabase, onClosed: (newVersion: number | null) => void): () => void {
  let closed = false;
  const listener = (event: IDBVersionChangeEvent) => {
    // Dexie's own listener (first) closed it allowing a reopen; this one forbids the reopen.
    db.close({ disableAutoOpen: true });
    if (closed) return;
    closed = true;
    onClosed(event.newVersion);
  };
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}
