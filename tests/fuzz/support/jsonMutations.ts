/**
 * Mutations of a valid JSON document (a bundle, a W3C collection) for the fuzzers: a field
 * deleted, given a wrong type or a hostile value (negative, fractional, huge or infinite numbers,
 * offsets past the text, lone surrogates, markup, `__proto__`), an array element duplicated (the
 * same id twice) or dropped, a value copied from elsewhere in the file (another article's id,
 * another span's end), a value replaced by JSON nested 100,000 deep or by an array of 150,000
 * records; then, at the text level, the file cut short, a character inserted or a BOM put in front.
 *
 * Values JSON.stringify cannot write (1e400, which JSON.parse reads as Infinity; nesting deeper
 * than the writer's stack) are placed as raw tokens after stringifying.
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const RAW = '\u0000raw:';
const raw = (token: string) => `${RAW}${token}`;

/** Every path to a value inside `root` (not the root itself), depth first. */
function pathsOf(root: Json): Path[] {
  const out: Path[] = [];
  const walk = (value: Json, path: Path) => {
    const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : value !== null && typeof value === 'object' ? Object.entries(value) : [];
    for (const [key, child] of entries) {
      out.push([...path, key]);
      walk(child, [...path, key]);
    }
  };
  walk(root, []);
  return out;
}

function parentOf(root: Json, path: Path): { parent: Json[] | Record<string, Json>; key: string | number } {
  let node: Json = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string, Json>)[key as string]!;
  return { parent: node as Json[] | Record<string, Json>, key: path.at(-1)! };
}

/** Hostile values for any field. */
const NASTY: Json[] = [
  null,
  true,
  0,
  -1,
  -0.5,
  0.5,
  1.5,
  2 ** 31,
  2 ** 53 + 2,
  1e21,
  raw('1e400'),
  raw('-1e400'),
  '',
  ' ',
  '0',
  '12',
  '-1',
  'NaN',
  'x'.repeat(10_000),
  '\ud800',
  '\u202eevil.exe',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'code-points',
  'isnad-bundle',
  'claim',
  'person',
  '0'.repeat(64),
  [],
  [null],
  {},
  { id: 'x' },
];

export type JsonMutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: number }
  | { kind: 'retype'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'copy'; at: number; from: number }
  | { kind: 'nudge'; at: number; by: number }
  | { kind: 'deep'; at: number; depth: number }
  | { kind: 'many'; at: number; count: number }
  | { kind: 'proto'; at: number };

export const jsonMutationArb: fc.Arbitrary<JsonMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.nat({ max: NASTY.length - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retype' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('copy' as const), at: fc.nat(), from: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('nudge' as const), at: fc.nat(), by: fc.integer({ min: -5000, max: 5000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deep' as const), at: fc.nat(), depth: fc.constantFrom(64, 5_000, 100_000) }) },
  // Past ~100,000 wrong items zod's issue gathering overflowed the stack (a defect these found); a
  // million is left to the named cases, which run once (a million-long array costs ~0.3 s a case).
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('many' as const), at: fc.nat(), count: fc.constantFrom(1_000, 150_000) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('proto' as const), at: fc.nat() }) },
);

/** Numbers, and only numbers, are nudged: an offset moved, a time or a confidence pushed past its range. */
function nudged(value: Json, by: number): Json {
  return typeof value === 'number' ? value + by : value;
}

function retyped(value: Json): Json {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return Number.isNaN(Number(value)) ? value.length : Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  if (value && typeof value === 'object') return Object.values(value);
  return 0;
}

/** Applies mutations to a copy of `root` (which is left as it is) and writes the result as JSON text. */
export function mutateJson(root: unknown, mutations: readonly JsonMutation[]): string {
  const doc = structuredClone(root) as Json;
  for (const m of mutations) {
    const paths = pathsOf(doc);
    if (paths.length === 0) break;
    const path = paths[m.at % paths.length]!;
    const { parent, key } = parentOf(doc, path);
    const current = (parent as Record<string, Json>)[key as string]!;
    const set = (value: Json) => ((parent as Record<string, Json>)[key as string] = value);
    switch (m.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      case 'replace':
        set(structuredClone(NASTY[m.value]!));
        break;
      case 'retype':
        set(retyped(current));
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
        else set([structuredClone(current), structuredClone(current)]);
        break;
      case 'copy': {
        // Prefer a value under the same key elsewhere (another article's id, another span's end).
        const same = paths.filter((p) => p.at(-1) === key && p !== path);
        const from = same.length ? same[m.from % same.length]! : paths[m.from % paths.length]!;
        const source = parentOf(doc, from);
        set(structuredClone((source.parent as Record<string, Json>)[source.key as string]!));
        break;
      }
      case 'nudge':
        set(nudged(current, m.by));
        break;
      case 'deep':
        set(raw(`${'['.repeat(m.depth)}${']'.repeat(m.depth)}`));
        break;
      case 'many':
        set(raw(`[${'0,'.repeat(m.count - 1)}0]`));
        break;
      case 'proto':
        // An own "__proto__" key, as JSON.parse makes it (assigning __proto__ here would set the prototype instead).
        if (!Array.isArray(current) && current && typeof current === 'object') {
          const rest = JSON.stringify(current).slice(1);
          set(raw(`{"__proto__":{"polluted":true}${rest === '}' ? '' : ','}${rest}`));
        } else set(raw('{"__proto__":{"polluted":true}}'));
        break;
    }
  }
  // A raw token is a JSON string holding RAW: put the token itself in its place.
  return JSON.stringify(doc).replace(/"\\u0000raw:((?:[^"\\]|\\.)*)"/g, (_, token: string) => JSON.parse(`"${token}"`) as string);
}

export type TextMutation = { kind: 'none' } | { kind: 'cut'; at: number } | { kind: 'insert'; at: number; text: string } | { kind: 'remove'; at: number; length: number } | { kind: 'bom' };

export const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 12, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('"', ',', '}', ']', '{', '\\', '\u0000', 'ا', '😀', ' ') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
);

export function mutateText(text: string, m: TextMutation): string {
  if (m.kind === 'none') return text;
  if (m.kind === 'bom') return `\ufeff${text}`;
  const at = m.at % (text.length + 1);
  if (m.kind === 'cut') return text.slice(0, at);
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  return text.slice(0, at) + text.slice(at + m.length);
}
