/** Naming an exported file (a report or a data export): its default name, its extension and what a name may hold. */
import { DATA_EXTENSIONS, DATA_MIME_TYPES, isDataFormat, type DataFormat } from '../interchange/dataFormats';
import type { ReportFormat } from './reportInput';

export type ExportFormat = ReportFormat | DataFormat;

export const REPORT_EXTENSIONS: Record<ReportFormat, string> = { html: '.html', pdf: '.pdf', docx: '.docx' };
export const REPORT_MIME_TYPES: Record<ReportFormat, string> = {
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const extensionOf = (format: ExportFormat) => (isDataFormat(format) ? DATA_EXTENSIONS[format] : REPORT_EXTENSIONS[format]);
export const mimeTypeOf = (format: ExportFormat) => (isDataFormat(format) ? DATA_MIME_TYPES[format] : REPORT_MIME_TYPES[format]);

/** `isnad-report-2026-11-23.html`: dated, so a second export the same day is easy to tell apart by time. */
export function defaultReportFileName(format: ExportFormat, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `isnad-report-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}${extensionOf(format)}`;
}

// Every extension an export gives, longest first (".isnad.json" before ".json").
const KNOWN_EXTENSIONS = /\.(isnad\.json|html?|pdf|docx|jsonld|json|zip|qdpx|csv|jsonl)$/i;

/** The name with the format's extension, replacing another export extension if it has one. */
export function withReportExtension(name: string, format: ExportFormat): string {
  const bare = name.trim().replace(KNOWN_EXTENSIONS, '');
  return `${bare}${extensionOf(format)}`;
}

/** True for a bare file name any desktop system accepts: no path parts, reserved marks or control characters. */
export function isValidReportFileName(name: string): boolean {
  const trimmed = name.trim();
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  const forbidden = /[/\\:*?"<>|\u0000-\u001f\u007f]/;
  return trimmed.length > 0 && trimmed.length <= 200 && !forbidden.test(trimmed) && trimmed !== '.' && trimmed !== '..' && !/^\.+(html?|pdf|docx|jsonld|json|zip|qdpx|csv|jsonl)$/i.test(trimmed);
}
