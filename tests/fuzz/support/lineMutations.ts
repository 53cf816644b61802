/**
 * Mutations of a valid line-based or markup text (a brat .ann, a REFI-QDA project.qde): a line
 * dropped, doubled or swapped with another; a token (what lies between tabs, spaces, `;`, `"`,
 * `=`, `<` and `>`) replaced — a number nudged, made negative, huge or fractional, an id made
 * the same as another's, a hostile word put in its place; a separator lost. Numbers are the
 * offsets, so most mutations hit where importers must check.
 */
import fc from 'fast-check';

const SEPARATOR = /([\t ;"=<>]+)/;

const WORDS = ['', '-1', '0', '1.5', '1e3', '99999999999', 'NaN', 'T1', 'A1', 'R1', '#1', '*', 'Arg1:T1', 'Arg2:T999', 'ادعاء', '😀', '\u202e', '&amp;', '&#0;', ']]>', '<!--', '__proto__'];

export type LineMutation =
  | { kind: 'dropLine'; at: number }
  | { kind: 'doubleLine'; at: number }
  | { kind: 'swapLines'; at: number; with: number }
  | { kind: 'nudge'; at: number; by: number }
  | { kind: 'word'; at: number; word: number }
  | { kind: 'copyToken'; at: number; from: number }
  | { kind: 'dropSeparator'; at: number };

export const lineMutationArb: fc.Arbitrary<LineMutation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('doubleLine' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), with: fc.nat() }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('nudge' as const), at: fc.nat(), by: fc.integer({ min: -400, max: 400 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('word' as const), at: fc.nat(), word: fc.nat({ max: WORDS.length - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('copyToken' as const), at: fc.nat(), from: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropSeparator' as const), at: fc.nat() }) },
);

/** Applies one mutation. `numbersFirst`: a token mutation picks among the numeric tokens when there are any. */
export function mutateLines(text: string, m: LineMutation): string {
  const lines = text.split('\n');
  if (m.kind === 'dropLine' || m.kind === 'doubleLine' || m.kind === 'swapLines') {
    const at = m.at % lines.length;
    if (m.kind === 'dropLine') lines.splice(at, 1);
    else if (m.kind === 'doubleLine') lines.splice(at, 0, lines[at]!);
    else {
      const other = m.with % lines.length;
      [lines[at], lines[other]] = [lines[other]!, lines[at]!];
    }
    return lines.join('\n');
  }
  const parts = text.split(SEPARATOR);
  // Odd indexes are separators, even ones tokens.
  const tokens = parts.map((_, i) => i).filter((i) => i % 2 === 0 && parts[i] !== '');
  if (tokens.length === 0) return text;
  if (m.kind === 'dropSeparator') {
    const separators = parts.map((_, i) => i).filter((i) => i % 2 === 1);
    if (separators.length) parts[separators[m.at % separators.length]!] = '';
    return parts.join('');
  }
  const numeric = tokens.filter((i) => /^\d+$/.test(parts[i]!));
  const pool = m.kind === 'nudge' && numeric.length ? numeric : tokens;
  const at = pool[m.at % pool.length]!;
  if (m.kind === 'nudge') parts[at] = /^\d+$/.test(parts[at]!) ? String(Number(parts[at]) + m.by) : parts[at]!;
  else if (m.kind === 'word') parts[at] = WORDS[m.word]!;
  else parts[at] = parts[tokens[m.from % tokens.length]!]!;
  return parts.join('');
}
