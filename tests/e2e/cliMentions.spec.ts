/**
 * `npx isnad mentions` as a pipeline runs it: the built command line in a child process, over the
 * five sample articles. Each printed span is checked against the article's text by counting code
 * points the way Python does (list(text)[start:end]), apart from the OffsetMap the command uses.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const isnad = (...args: string[]) => spawnSync(process.execPath, ['bin/isnad.mjs', ...args], { encoding: 'utf8' });

test('the command line finds every mention of Putin and Xi in the sample corpus, behind clitics, with code-point offsets', () => {
  const result = isnad('mentions', 'resources/corpus', '--alias', 'بوتين', '--alias', 'فلاديمير بوتين', '--alias', 'شي جين بينغ', '--alias', 'شي جين بينج', '--alias', 'شي جينغ بين', '--alias', 'شي');
  expect(result.status, result.stderr).toBe(0);
  const lines = result.stdout.trimEnd().split('\n');
  const rows = lines.map((line) => line.split('\t'));
  for (const [file, start, end, name] of rows) {
    const text = readFileSync(join('resources/corpus', file!), 'utf8');
    expect([...text].slice(Number(start), Number(end)).join('')).toBe(name);
  }
  // The gold list (tests/fixtures/gold/mentions.json) has 63 mentions of the two: 38 of Putin, 25 of Xi.
  expect(rows).toHaveLength(63);
  expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(['', 'ل', 'ب', 'و']));
  expect(rows.filter((r) => r[3] === 'شي جينغ بين')).toHaveLength(1);
  expect(result.stderr).toContain('63 mentions in 5 of 5 articles');

  const json = isnad('mentions', 'resources/corpus/001_a9f105fa16ec1e92.txt', '--alias', 'بوتين', '--json');
  expect(json.status, json.stderr).toBe(0);
  const first = JSON.parse(json.stdout.split('\n')[0]!) as unknown;
  expect(first).toEqual({ article: '001_a9f105fa16ec1e92.txt', start: 0, end: 5, text: 'بوتين', clitic: '', alias: 'بوتين' });
});
