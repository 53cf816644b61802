/**
 * The corpus search off the UI thread: it loads the saved index (or builds it), keeps it in step
 * with the library when the page says the articles changed, and answers queries. It opens its own
 * connection to the app's database; the page never holds the index.
 */
import { IsnadDatabase } from '../../db/database';
import { closeOnVersionChange } from '../../db/connectionEvents';
import { SearchEngine } from './searchEngine';
import type { WorkerReply, WorkerRequest } from './searchProtocol';

const post = (message: WorkerReply) => (self as unknown as Worker).postMessage(message);
const failed = (id: number | null) => (error: unknown) => post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });

// The worker's name is the library's database name (searchWorkerBoot.ts): a restored library may not be `isnad`.
const db = new IsnadDatabase((self as unknown as { name?: string }).name || undefined);
const engine = new SearchEngine(db, (status) => post({ type: 'status', status }));
// Another window's newer version: let go for good (the page says why), never reopen at the old one.
closeOnVersionChange(db, () => post({ type: 'status', status: { ...engine.currentStatus, phase: 'failed' } }));
let warmed = false;

function sync(): void {
  engine
    .sync()
    .then(() => {
      if (warmed) return;
      warmed = true;
      return engine.warm();
    })
    .catch(failed(null));
}

// Loading starts at once, not when the page first asks: the page is starting up meanwhile.
sync();

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'sync':
      sync();
      break;
    case 'search':
      engine
        .search(request.query, request.first, (results) => post({ type: 'list', id: request.id, results }))
        .then((results) => post({ type: 'results', id: request.id, results }))
        .catch(failed(request.id));
      break;
    case 'details':
      engine
        .details(request.query, request.articleIds)
        .then((articles) => post({ type: 'details', id: request.id, articles }))
        .catch(failed(request.id));
      break;
    case 'contains':
      engine
        .articlesContaining(request.names)
        .then((articleIds) => post({ type: 'contains', id: request.id, articleIds }))
        .catch(failed(request.id));
      break;
    case 'mentions':
      engine
        .mentionsOf(request.names)
        .then((articles) => post({ type: 'mentions', id: request.id, articles }))
        .catch(failed(request.id));
      break;
  }
};
