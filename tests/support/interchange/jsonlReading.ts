/**
 * Independent readers for the JSONL export: JSON.parse per line in TypeScript, and Python 3 (the
 * language the file is for) through `jsonl_spans.py`, which reads the file as a Python user would
 * and prints `text[start:end]` for every label. Neither shares code with the exporter.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface JsonlRecord {
  id: string;
  text: string;
  label: [number, number, string][];
}

export function readJsonl(content: string): JsonlRecord[] {
  if (!content.endsWith('\n')) throw new Error('the last line has no line end');
  return content
    .slice(0, -1)
    .split('\n')
    .map((line, i) => {
      const record = JSON.parse(line) as JsonlRecord;
      if (typeof record.id !== 'string' || typeof record.text !== 'string' || !Array.isArray(record.label)) throw new Error(`line ${i + 1} is not {id, text, label}`);
      return record;
    });
}

/** Labels whose span (code points of the line's text) is not the expected quote, in order per article id. */
export function jsonlQuoteMismatches(records: readonly JsonlRecord[], quotes: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  for (const r of records) {
    const points = Array.from(r.text);
    const got = r.label.map(([s, e]) => points.slice(s, e).join(''));
    const want = quotes.get(r.id) ?? [];
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${r.id}: spans read ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  }
  return problems;
}

/** What Python 3 reads: per line, the id and `text[start:end]` with the label of every span. */
export function pythonJsonlSpans(content: string): { id: string; spans: [number, number, string, string][] }[] {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-jsonl-'));
  try {
    const file = join(dir, 'export.jsonl');
    writeFileSync(file, content, 'utf8');
    const out = execFileSync('python3', [join(__dirname, 'jsonl_spans.py'), file], { encoding: 'utf8' });
    return JSON.parse(out) as { id: string; spans: [number, number, string, string][] }[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
