import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { IsnadDatabase } from '../../src/renderer/db/database';

let counter = 0;

/** A fresh fake-indexeddb database per test, deleted afterwards; read `.db` inside a test. */
export function useTestDatabase(prefix: string): { db: IsnadDatabase } {
  const holder = {} as { db: IsnadDatabase };
  beforeEach(async () => {
    holder.db = new IsnadDatabase(`${prefix}-${counter++}`);
    await holder.db.open();
  });
  afterEach(async () => {
    holder.db.close();
    await holder.db.delete();
  });
  return holder;
}
