/**
 * The corpus search's worker, started before anything else of the app: main.tsx imports this first,
 * so the worker loads the saved index while the rest of the app's modules are evaluated and the
 * first screen renders, not after (the bench's "app start → searchable"). The app takes the same
 * worker from here (searchClient.ts).
 */
import { activeDatabaseName } from '../../db/databaseName';

let worker: Worker | null = null;

export function searchWorker(): Worker {
  worker ??= new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: activeDatabaseName() });
  return worker;
}

if (typeof Worker !== 'undefined') searchWorker();
