/**
 * `npx isnad` as a pipeline runs it (issue 12): the built command line (bin/isnad.mjs → out/cli)
 * in a child process, on a bundle the app exported. Every format it writes is read back by the
 * same independent readers as the app's exports; what it imports is merged into a bundle on disk.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { storedAnnotations } from './annotateSupport';
import { exportData, storedTexts, tagEmojiArticle } from './dataExchangeSupport';
import { openApp } from './support';
import { readBratStandoff, textAtFragments } from '../support/interchange/bratStandoff';
import { csvQuoteMismatches, readCsv } from '../support/interchange/csvReading';
import { jsonlQuoteMismatches, readJsonl } from '../support/interchange/jsonlReading';
import { qdpxQuoteMismatches, readQdpx, xmllintQde } from '../support/interchange/qdpxReading';
import { w3cExpansionProblems, w3cSchemaFailures, w3cSpanMismatches } from '../support/interchange/w3cReading';

const isnad = (...args: string[]) => spawnSync(process.execPath, ['bin/isnad.mjs', ...args], { encoding: 'utf8' });

test('the command line exports a bundle from the app in every format, each reading back exactly, and merges imports into a bundle', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = await openApp(page);
  await tagEmojiArticle(page);
  const stored = await storedAnnotations(page);
  const texts = await storedTexts(page);
  const bundle = await exportData(page, 'Isnad project bundle', 'app.isnad.json');
  const out = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
  const run = (format: string) => {
    const result = isnad('export', bundle, '--format', format, '--out', join(out, format));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`exported 6 articles, 3 annotations as ${format}`);
    return readdirSync(join(out, format)).map((name) => join(out, format, name));
  };

  const [w3c] = run('w3c');
  const w3cFile = { path: 'x.jsonld', content: readFileSync(w3c!, 'utf8') };
  expect(w3cSchemaFailures([w3cFile])).toEqual([]);
  expect(await w3cExpansionProblems(w3cFile)).toEqual([]);
  expect(w3cSpanMismatches([w3cFile])).toEqual([]);

  const [qdpx] = run('qdpx');
  const project = readQdpx(readFileSync(qdpx!));
  expect(xmllintQde(project.qde)).toBe('');
  expect(qdpxQuoteMismatches(project, new Map(stored.map((a) => [a.id, a.exact])))).toEqual([]);

  const [csv] = run('csv');
  expect(csvQuoteMismatches(readCsv(readFileSync(csv!)), texts)).toEqual([]);

  const [jsonl] = run('jsonl');
  const quotes = new Map([...texts.keys()].map((id) => [id, [] as string[]]));
  for (const a of [...stored].sort((x, y) => x.start - y.start || y.end - x.end)) quotes.get(a.articleId)!.push(a.exact);
  expect(jsonlQuoteMismatches(readJsonl(readFileSync(jsonl!, 'utf8')), quotes)).toEqual([]);

  const brat = run('brat');
  expect(brat.filter((p) => p.endsWith('.ann'))).toHaveLength(6);
  const standoff = readBratStandoff(join(out, 'brat'));
  expect(standoff.complaints).toEqual([]);
  const bratSpans = standoff.documents.flatMap((d) => d.textBounds.map((t) => [textAtFragments(d.text, t.fragments), t.text]));
  for (const [at, quote] of bratSpans) expect(at).toBe(quote);
  expect(bratSpans.map(([, quote]) => quote).sort()).toEqual(stored.map((a) => a.exact).sort());

  const reports = [...run('html'), ...run('docx')];
  expect(reports.map((p) => p.slice(p.lastIndexOf('.')))).toEqual(['.html', '.docx']);
  expect(readFileSync(reports[0]!, 'utf8')).toContain('بوتين');
  expect(execFileSync('unzip', ['-p', reports[1]!, 'word/document.xml'], { encoding: 'utf8' })).toContain('بوتين');

  // Imports merge into a bundle on disk: the brat folder into a new one, then the .qdpx and the W3C file (all duplicates).
  const merged = join(out, 'merged.isnad.json');
  const fromBrat = isnad('import', join(out, 'brat'), '--into', merged);
  expect(fromBrat.status, fromBrat.stderr).toBe(0);
  expect(fromBrat.stdout).toContain('articles: 6 added');
  expect(fromBrat.stdout).toContain('annotations: 3 added');
  for (const file of [qdpx!, w3c!]) {
    const again = isnad('import', file, '--into', merged);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('articles: 0 added, 6 already there');
    expect(again.stdout).toContain('0 added');
  }
  const result = JSON.parse(readFileSync(merged, 'utf8')) as { articles: { annotations: { exact: string }[] }[] };
  expect(result.articles.flatMap((a) => a.annotations.map((x) => x.exact)).sort()).toEqual(stored.map((a) => a.exact).sort());

  // A malformed input: status 1, the file named, the bundle untouched.
  const before = readFileSync(merged);
  const refused = isnad('import', csv!, '--into', merged);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain('isnad:');
  expect(readFileSync(merged).equals(before)).toBe(true);
  expect(isnad('--help').stdout).toContain('isnad export <bundle.isnad.json>');
  expect(problems).toEqual([]);
});
