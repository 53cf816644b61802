/**
 * Reading the JSON of a W3C file without trusting it: every access checks the type it needs and
 * refuses with an ImportError that names the file, where in it, and what was wrong. The reader
 * follows the compact form of the W3C context (`id`, `type`, `body`…), which is what annotation
 * tools write; `@id` and `@type` are accepted as the same.
 */
import { ImportError } from '../interchange';

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON-LD value that may be one item or an array of them, as an array. */
export const listOf = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

export const idOf = (node: JsonObject): unknown => node.id ?? node['@id'];
export const typesOf = (node: JsonObject): unknown[] => listOf(node.type ?? node['@type']);
export const hasType = (node: JsonObject, type: string) => typesOf(node).includes(type);

/** What went wrong in one file, and where: `refuse('annotation 3', 'has no target')`. */
export class FileReader {
  constructor(readonly file: string) {}

  refuse(where: string, problem: string): never {
    throw new ImportError(this.file, where ? `${where} ${problem}` : problem);
  }

  object(value: unknown, where: string): JsonObject {
    if (!isObject(value)) this.refuse(where, `is not a JSON object (found ${describe(value)})`);
    return value;
  }

  string(node: JsonObject, key: string, where: string): string {
    const value = node[key];
    if (typeof value !== 'string') this.refuse(where, `has no text "${key}" (found ${describe(value)})`);
    return value;
  }

  optionalString(node: JsonObject, key: string, where: string): string | undefined {
    const value = node[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') this.refuse(where, `has a "${key}" that is not text (found ${describe(value)})`);
    return value;
  }

  /** A date-time ("created", "modified"…) as milliseconds, or undefined when absent. */
  optionalTime(node: JsonObject, key: string, where: string): number | undefined {
    const value = this.optionalString(node, key, where);
    if (value === undefined) return undefined;
    const ms = Date.parse(value);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(ms)) this.refuse(where, `has a "${key}" that is not a date and time: ${JSON.stringify(value.slice(0, 40))}`);
    return ms;
  }

  /** A whole number ≥ 0 (a code-point offset, a format version). */
  count(node: JsonObject, key: string, where: string): number {
    const value = node[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) this.refuse(where, `has a "${key}" that is not a whole number of 0 or more (found ${describe(value)})`);
    return value;
  }
}

/** A short account of a value for a message: its type and, for short values, the value. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${typeof value} ${text.slice(0, 37)}…"` : text;
}

/** How deep a W3C file's JSON (or a note state in it) may nest: annotations nest a dozen levels, a Lexical note a few more. */
export const MAX_JSON_NESTING = 1000;

/**
 * Whether JSON nests arrays and objects more than `limit` deep. Walked with a list, not by
 * recursion: the point is to refuse, before anything recursive (JSON.stringify of a target for an
 * annotation's id) meets it, a value nested 100,000 deep, which overflowed the stack (fuzz case).
 */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}
