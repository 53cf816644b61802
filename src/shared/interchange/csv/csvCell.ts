/**
 * One CSV cell, RFC 4180, made safe to open in a spreadsheet.
 *
 * Injection (OWASP, "CSV Injection"): Excel, LibreOffice and Google Sheets run a cell that begins
 * with `=`, `+`, `-` or `@` as a formula, and a leading tab or carriage return can hide such a
 * start; a quote or a headline can begin with any of them. Such a cell is given a leading single
 * quote, which spreadsheets show as text and do not evaluate. A negative number is neutralised
 * too ("-5" becomes "'-5", text to a spreadsheet): every number Isnad writes (offsets, confidence)
 * is ≥ 0, so only text that happens to start with a minus sign, such as a quoted "-5 casualties",
 * is changed. A program that reads the file as data should strip that one quote from cells that
 * begin with `'` followed by one of those characters.
 *
 * Quoting (RFC 4180): a cell holding a comma, a double quote, a carriage return or a line feed is
 * written in double quotes, its quotes doubled.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralised(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number | null): string {
  const text = neutralised(value === null ? '' : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A record: cells joined by commas, ended by CRLF (RFC 4180). */
export const csvRecord = (cells: readonly (string | number | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;
