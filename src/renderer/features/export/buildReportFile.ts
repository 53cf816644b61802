/** The one build step, run in the worker (or, where workers cannot start, on the page between pauses). */
import { buildReportDocument } from '../../../shared/report/reportDocument';
import { renderReportDocx } from '../../../shared/report/reportDocx';
import { renderReportHtml } from '../../../shared/report/reportHtml';
import type { ReportFormat, ReportInput } from '../../../shared/report/reportInput';

export interface BuildRequest {
  input: ReportInput;
  format: ReportFormat;
}

export type BuildResult = { kind: 'html'; html: string } | { kind: 'bytes'; bytes: Uint8Array };

export type BuildMessage = { type: 'progress'; done: number; total: number } | { type: 'done'; result: BuildResult } | { type: 'error'; message: string };

export async function buildReportFile(request: BuildRequest, onArticle: (done: number, total: number) => void, signal?: AbortSignal): Promise<BuildResult> {
  const doc = buildReportDocument(request.input);
  // PDF is the HTML, printed by the host.
  if (request.format === 'docx') {
    // Stopping between articles: the progress callback throws once the export is aborted.
    const bytes = await renderReportDocx(doc, (done, total) => {
      signal?.throwIfAborted();
      onArticle(done, total);
    });
    return { kind: 'bytes', bytes };
  }
  return { kind: 'html', html: await renderReportHtml(doc, { onArticle, signal }) };
}
