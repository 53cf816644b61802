/** Naming an exported report file: its default name, its extension and what a name may hold. */
import type { ReportFormat } from './reportInput';

export const REPORT_EXTENSIONS: Record<ReportFormat, string> = { html: '.html', pdf: '.pdf', docx: '.docx' };
export const REPORT_MIME_TYPES: Record<ReportFormat, string> = {
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** `isnad-report-2026-11-23.html`: dated, so a second export the same day is easy to tell apart by time. */
export function defaultReportFileName(format: ReportFormat, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `isnad-report-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}${REPORT_EXTENSIONS[format]}`;
}

/** The name with the format's extension, replacing another report extension if it has one. */
export function withReportExtension(name: string, format: ReportFormat): string {
  const trimmed = name.trim();
  const bare = trimmed.replace(/\.(html?|pdf|docx)$/i, '');
  return `${bare}${REPORT_EXTENSIONS[format]}`;
}

/** True for a bare file name any desktop system accepts: no path parts, reserved marks or control characters. */
export function isValidReportFileName(name: string): boolean {
  const trimmed = name.trim();
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return trimmed.length > 0 && trimmed.length <= 200 && !/[/\\:*?"<>|\u0000-\u001f\u007f]/.test(trimmed) && trimmed !== '.' && trimmed !== '..' && !/^\.+(html?|pdf|docx)$/i.test(trimmed);
}
