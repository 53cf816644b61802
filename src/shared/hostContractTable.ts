/**
 * The IPC surface as a Markdown table, made from the host contract itself (HOST_CALLS, HOST_EVENTS)
 * so docs/security.md cannot drift from it: a unit test compares the two, and rewrites the table
 * with ISNAD_WRITE_DOCS=1. Each schema is read through zod's JSON Schema export and written in a
 * compact TypeScript-like notation; the few rules JSON Schema cannot say (custom checks) are named
 * from the private registry below.
 */
import * as z from 'zod/mini';
import { externalUrlSchema } from './externalLink';
import { HOST_CALL_NAMES, HOST_CALLS, HOST_EVENT_NAMES, HOST_EVENTS } from './hostContract';
import { exportFileNameSchema, fileBytesSchema } from './hostSchemas';

export const IPC_TABLE_START = '<!-- ipc-surface:start (generated from src/shared/hostContract.ts; ISNAD_WRITE_DOCS=1 npx vitest run tests/unit/shared/securityDoc.test.ts) -->';
export const IPC_TABLE_END = '<!-- ipc-surface:end -->';

/** Names for what a custom check means (JSON Schema shows a custom check as nothing, `{}`). */
const named = z.registry<{ description: string }>();
named.add(fileBytesSchema, { description: 'Uint8Array' });
named.add(exportFileNameSchema, { description: 'FileName' });
named.add(externalUrlSchema, { description: 'HttpUrl' });

type Json = {
  description?: string;
  type?: string;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  prefixItems?: Json[];
  items?: Json | false;
  properties?: Record<string, Json>;
  required?: string[];
  oneOf?: Json[];
  anyOf?: Json[];
};

function bounds(json: Json): string {
  const parts: string[] = [];
  if (json.minLength !== undefined && json.minLength > 0) parts.push(`≥${json.minLength}`);
  if (json.maxLength !== undefined) parts.push(`≤${json.maxLength}`);
  if (json.exclusiveMinimum !== undefined) parts.push(`>${json.exclusiveMinimum}`);
  if (json.minimum !== undefined) parts.push(`≥${json.minimum}`);
  return parts.length ? `(${parts.join(', ')})` : '';
}

function describe(json: Json): string {
  if (json.description) return json.description;
  const alternatives = json.oneOf ?? json.anyOf;
  if (alternatives) return alternatives.map(describe).join(' \\| ');
  if (json.const !== undefined) return JSON.stringify(json.const);
  if (json.enum) return json.enum.map((value) => JSON.stringify(value)).join(' \\| ');
  switch (json.type) {
    case 'string':
      return (json.format === 'uuid' ? 'UUID' : 'string') + bounds(json);
    case 'integer':
      return 'integer' + bounds(json);
    case 'number':
      return 'number' + bounds(json);
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'object': {
      const required = new Set(json.required ?? []);
      const fields = Object.entries(json.properties ?? {}).map(([key, value]) => `${key}${required.has(key) ? '' : '?'}: ${describe(value)}`);
      return `{ ${fields.join(', ')} }`;
    }
    case 'array':
      if (json.prefixItems) return `(${json.prefixItems.map(describe).join(', ')})`;
      return `${json.items ? describe(json.items) : 'never'}[]`;
    default:
      return 'unknown';
  }
}

/** One schema in the table's notation: what main's handler (or the renderer's listener) receives. */
export function schemaText(schema: z.ZodMiniType): string {
  return describe(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output', metadata: named }) as Json);
}

export function ipcTableMarkdown(): string {
  const calls = HOST_CALL_NAMES.map((name) => {
    const call = HOST_CALLS[name];
    return `| \`${call.channel}\` | \`${name}\` | \`${schemaText(call.request)}\` | \`${schemaText(call.response)}\` |`;
  });
  const events = HOST_EVENT_NAMES.map((name) => `| \`${HOST_EVENTS[name].channel}\` | \`${name}\` | \`${schemaText(HOST_EVENTS[name].payload)}\` |`);
  return [
    '**Calls** (renderer → main, `ipcRenderer.invoke`; every reply is `{ ok: true, value } | { ok: false, error }`):',
    '',
    '| Channel | Bridge method | Arguments | Reply value |',
    '| --- | --- | --- | --- |',
    ...calls,
    '',
    '**Events** (main → renderer; the preload drops a payload its schema refuses):',
    '',
    '| Channel | Event | Payload |',
    '| --- | --- | --- |',
    ...events,
  ].join('\n');
}

/** `doc` with its generated table replaced by the current one; null when the markers are missing. */
export function withIpcTable(doc: string): string | null {
  const start = doc.indexOf(IPC_TABLE_START);
  const end = doc.indexOf(IPC_TABLE_END);
  if (start < 0 || end < start) return null;
  return `${doc.slice(0, start + IPC_TABLE_START.length)}\n\n${ipcTableMarkdown()}\n\n${doc.slice(end)}`;
}
