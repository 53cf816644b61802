/**
 * Builds a report off the UI thread. It is handed plain data (read from the database by the
 * page), reports progress per article, and posts back the finished HTML or DOCX bytes. Stopping
 * an export terminates this worker, so nothing half-built ever reaches a file.
 */
import { buildReportFile, type BuildRequest, type BuildMessage } from './buildReportFile';

const post = (message: BuildMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<BuildRequest>) => {
  try {
    const result = await buildReportFile(event.data, (done, total) => post({ type: 'progress', done, total }));
    post({ type: 'done', result }, result.kind === 'bytes' ? [result.bytes.buffer as ArrayBuffer] : []);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
