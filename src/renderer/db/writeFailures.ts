/**
 * Every write that IndexedDB refuses, said out loud (issue 14: never drop a change silently). A
 * Dexie middleware watches each read-write transaction: when one aborts with an error from the
 * browser (the disk or the origin's quota is full, the backing store failed), listeners hear of
 * it; so does a connection the browser closes under the app (its storage was damaged or deleted).
 * The repositories still reject as before, so the callers that already undo on screen what did not
 * land (the annotation session's tags) keep doing so; this is what makes the others say it too.
 */
import type { DBCore, Middleware } from 'dexie';
import type { IsnadDatabase } from './database';

export type WriteFailureKind = 'quota' | 'closed' | 'failed';
export interface WriteFailure {
  kind: WriteFailureKind;
  /** The browser's own words, for the details line. */
  detail: string;
}

const listeners = new Set<(failure: WriteFailure) => void>();

export function onWriteFailure(listener: (failure: WriteFailure) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function report(failure: WriteFailure): void {
  for (const listener of listeners) listener(failure);
}

/** The browser's errors that mean "not stored". ConstraintError and AbortError are the app's own refusals (a duplicate key, an abort Dexie made). */
export function writeFailureOf(error: { name: string; message: string } | null | undefined): WriteFailure | null {
  if (!error || error.name === 'ConstraintError' || error.name === 'AbortError') return null;
  return { kind: error.name === 'QuotaExceededError' ? 'quota' : 'failed', detail: `${error.name}: ${error.message}` };
}

const watchWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'isnadWriteFailures',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const transaction = down.transaction(stores, mode, options);
      // In Dexie's IndexedDB core the transaction is the IDBTransaction itself.
      if (mode === 'readwrite' && transaction instanceof IDBTransaction) {
        transaction.addEventListener('abort', () => {
          const failure = writeFailureOf(transaction.error);
          if (failure) report(failure);
        });
      }
      return transaction;
    },
  }),
};

/** Installs the watch on the app's database (tests of the db layer construct theirs without it). */
export function watchWriteFailures(db: IsnadDatabase): IsnadDatabase {
  db.use(watchWrites);
  // The browser closed the connection itself ("forced close"): nothing more can be written.
  db.on('close', () => report({ kind: 'closed', detail: 'The browser closed the database connection.' }));
  return db;
}
