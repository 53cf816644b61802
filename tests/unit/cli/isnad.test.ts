/** The command line in-process, on real files in a temp folder (the built binary is run by tests/e2e/cli.spec.ts). */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/isnad';
import { bundleJson } from '../../../src/shared/interchange/bundle/writeBundle';
import { fixtureAnnotation, fixtureArticle, fixtureData } from '../../support/interchange/mergeFixture';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), now: () => 1_700_000_000_000 }, '9.9.9');
  return { status, out: out.join('\n'), err: err.join('\n') };
}

async function bundleOnDisk(dir: string) {
  const article = await fixtureArticle('قال بوتين 😀 إن روسيا مستعدة.', 'خبر');
  fixtureAnnotation(article, 'person', 'بوتين', { id: 'p1' });
  fixtureAnnotation(article, 'place', 'روسيا', { id: 'r1' });
  const path = join(dir, 'team.isnad.json');
  writeFileSync(path, bundleJson(fixtureData([article])));
  return path;
}

describe('npx isnad', () => {
  it('prints help with --help (status 0) and without a command (status 2), and its version', async () => {
    expect(await run('--help')).toMatchObject({ status: 0, out: expect.stringContaining('isnad export <bundle.isnad.json> --format') as string });
    expect((await run()).status).toBe(2);
    expect(await run('--version')).toMatchObject({ status: 0, out: '9.9.9' });
  });

  it('refuses a wrong command line with status 2 and a message', async () => {
    expect(await run('frobnicate')).toMatchObject({ status: 2, err: expect.stringContaining('unknown command "frobnicate"') as string });
    expect(await run('export', 'x.isnad.json', '--format', 'pdf', '--out', 'o')).toMatchObject({ status: 2, err: expect.stringContaining('--format must be one of') as string });
    expect(await run('export', 'x.isnad.json', '--format', 'csv')).toMatchObject({ status: 2, err: expect.stringContaining('--out') as string });
    expect(await run('import', 'x')).toMatchObject({ status: 2, err: expect.stringContaining('--into') as string });
    expect((await run('export', '--bogus')).status).toBe(2);
  });

  it('imports a bundle into a new one, again without doubling, and writes it atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
    const source = await bundleOnDisk(dir);
    const target = join(dir, 'mine.isnad.json');
    const first = await run('import', source, '--into', target);
    expect(first.status).toBe(0);
    expect(first.out).toContain('(new bundle)');
    expect(first.out).toContain('articles: 1 added');
    expect(first.out).toContain('annotations: 2 added');
    const again = await run('import', source, '--into', target);
    expect(again.out).toContain('articles: 0 added, 1 already there');
    expect(again.out).toContain('2 unchanged');
    const written = JSON.parse(readFileSync(target, 'utf8')) as { articles: { annotations: unknown[] }[] };
    expect(written.articles[0]!.annotations).toHaveLength(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('leaves the target untouched and exits 1 naming the file when the input is malformed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
    const target = await bundleOnDisk(dir);
    const before = readFileSync(target);
    const bad = join(dir, 'bad.isnad.json');
    writeFileSync(bad, JSON.stringify({ format: 'isnad-bundle', version: 1, offsets: 'code-points', exportedAt: 1, analystName: 'x', tags: 'oops', articles: [] }));
    const result = await run('import', bad, '--into', target);
    expect(result.status).toBe(1);
    expect(result.err).toContain('nothing was written — bad.isnad.json: tags');
    expect(readFileSync(target).equals(before)).toBe(true);
    expect((await run('import', join(dir, 'missing.txt'), '--into', target)).err).toContain('no such file or folder');
  });

  it('starts a bundle from a folder of plain articles and exports it as a report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
    const articles = join(dir, 'articles');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(articles);
    writeFileSync(join(articles, 'a.txt'), 'عنوان\nقال بوتين.');
    writeFileSync(join(articles, 'empty.txt'), '');
    const target = join(dir, 'corpus.isnad.json');
    const imported = await run('import', articles, '--into', target);
    expect(imported.status).toBe(0);
    expect(imported.out).toContain('articles: 1 added');
    expect(imported.err).toContain('not an article: empty.txt (empty)');
    const exported = await run('export', target, '--format', 'html', '--out', join(dir, 'out'));
    expect(exported.status).toBe(0);
    const html = readFileSync(join(dir, 'out', 'corpus.html'), 'utf8');
    expect(html).toContain('قال بوتين.');
    expect(existsSync(join(dir, 'out', 'corpus.html'))).toBe(true);
  });
});
