/**
 * The few Python string rules brat's server is built on, as they behave in CPython 3 (checked
 * against python3 3.11 when this was written): brat reads its files with `str.splitlines()`,
 * tests for blanks with `str.isspace()`/`strip()`, splits tokens with `str.split()` and counts
 * positions with `len()`, which counts code points. JavaScript's own `\s`, `trim()` and
 * `length` differ on each, so the reader uses these instead.
 */

/** The code points `str.isspace()` (and a `\s` in Python's `re`) accepts. */
// eslint-disable-next-line no-control-regex -- Python's whitespace includes the C0 separators
export const PYTHON_SPACE = /[\t\n\v\f\r\u001c-\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;

/** The code points `str.splitlines()` ends a line at (`\r\n` counts as one end). */
// eslint-disable-next-line no-control-regex -- these control characters end a line for Python
export const PYTHON_LINE_BREAK = /[\n\v\f\r\u001c\u001d\u001e\u0085\u2028\u2029]/u;

export const isPythonSpace = (c: string): boolean => PYTHON_SPACE.test(c);

/** `str.strip()` without arguments. */
export function pythonStrip(s: string): string {
  const chars = [...s];
  let start = 0;
  let end = chars.length;
  while (start < end && isPythonSpace(chars[start]!)) start++;
  while (end > start && isPythonSpace(chars[end - 1]!)) end--;
  return chars.slice(start, end).join('');
}

/** `str.splitlines(keepends=True)`: each line with its own ending, as brat's readlines() gives them. */
export function pythonLines(s: string): string[] {
  const lines: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (!PYTHON_LINE_BREAK.test(s[i]!)) continue;
    const end = s[i] === '\r' && s[i + 1] === '\n' ? i + 2 : i + 1;
    lines.push(s.slice(from, end));
    from = end;
    i = end - 1;
  }
  if (from < s.length) lines.push(s.slice(from));
  return lines;
}

/** A line without its ending (what `rstrip('\r\n')` leaves for brat's own lines). */
export function withoutLineEnd(line: string): string {
  return line.replace(/(\r\n|[\n\v\f\r\u001c\u001d\u001e\u0085\u2028\u2029])$/u, ''); // eslint-disable-line no-control-regex -- line ends
}

/** `str.split()` without arguments, with each piece's [start, end) in code points: the tokens brat sends its client. */
export function pythonTokens(codePoints: readonly string[]): [number, number][] {
  const tokens: [number, number][] = [];
  let start = -1;
  codePoints.forEach((c, i) => {
    if (isPythonSpace(c)) {
      if (start >= 0) tokens.push([start, i]);
      start = -1;
    } else if (start < 0) start = i;
  });
  if (start >= 0) tokens.push([start, codePoints.length]);
  return tokens;
}

/** True when the string holds an unpaired surrogate, which no UTF-8 file can hold. */
export function hasLoneSurrogate(s: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}
