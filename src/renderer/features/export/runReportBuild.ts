/**
 * Runs a report build in a worker, with progress and cancel. If the worker cannot start (a
 * host that forbids workers), the same build runs on the page, pausing between articles.
 */
import type { BuildMessage, BuildRequest, BuildResult } from './buildReportFile';

/** The builders (docx among them) load only for an export, and only here when no worker runs. */
const buildHere = async (request: BuildRequest, onProgress: (done: number, total: number) => void, signal: AbortSignal) =>
  (await import('./buildReportFile')).buildReportFile(request, onProgress, signal);

export function runReportBuild(request: BuildRequest, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<BuildResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./reportWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return buildHere(request, onProgress, signal);
  }
  return new Promise<BuildResult>((resolve, reject) => {
    let heard = false;
    const stop = () => {
      worker.terminate();
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('Export cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    const settle = () => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<BuildMessage>) => {
      heard = true;
      const message = event.data;
      if (message.type === 'progress') onProgress(message.done, message.total);
      else if (message.type === 'done') {
        settle();
        resolve(message.result);
      } else {
        settle();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      settle();
      // A worker script that never loaded: build here instead. One that failed midway: report it.
      if (!heard) buildHere(request, onProgress, signal).then(resolve, reject);
      else reject(new Error(event.message || 'The report could not be built.'));
    };
    worker.postMessage(request);
  });
}
