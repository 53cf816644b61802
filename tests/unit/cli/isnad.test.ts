/** The command line in-process, on real files in a temp folder (the built binary is run by tests/e2e/cli.spec.ts). */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

describe('npx isnad mentions', () => {
  function corpusFolder() {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-mentions-'));
    const folder = join(dir, 'articles');
    mkdirSync(folder);
    // An emoji (two UTF-16 units, one code point) before the matches moves every offset by one.
    writeFileSync(join(folder, 'a.txt'), 'خبر 😀\nالتقى فلاديمير بوتين مع شي جين بينغ، ثم قال لبوتين إن الصينية لا تعني الصين.');
    writeFileSync(join(folder, 'b.txt'), '\uFEFFوفي بكين، رحّب شي جين بينج ببوتين\r\nوبالصين.');
    writeFileSync(join(folder, 'c.txt'), 'لا ذكر هنا.');
    writeFileSync(join(folder, 'notes.md'), 'بوتين');
    return { dir, folder };
  }

  it('prints one tab-separated line per match: article, code-point offsets, the name as written, its clitic', async () => {
    const { folder } = corpusFolder();
    const result = await run('mentions', folder, '--alias', 'بوتين', '--alias', 'فلاديمير بوتين', '--alias', 'الصين');
    expect(result.status).toBe(0);
    // Offsets counted here by iterating code points, the way Python counts them.
    const a = 'خبر 😀\nالتقى فلاديمير بوتين مع شي جين بينغ، ثم قال لبوتين إن الصينية لا تعني الصين.';
    const b = 'وفي بكين، رحّب شي جين بينج ببوتين\nوبالصين.';
    const at = (text: string, word: string, after = '') => [...text.slice(0, text.indexOf(word, text.indexOf(after)))].length;
    expect(result.out.split('\n')).toEqual([
      `a.txt\t${at(a, 'فلاديمير')}\t${at(a, 'فلاديمير') + 14}\tفلاديمير بوتين\t`,
      `a.txt\t${at(a, 'بوتين', 'لبوتين')}\t${at(a, 'بوتين', 'لبوتين') + 5}\tبوتين\tل`,
      `a.txt\t${at(a, 'الصين.')}\t${at(a, 'الصين.') + 5}\tالصين\t`,
      // Without the BOM and with \n for \r\n: offsets count the text as stored, as every export does.
      `b.txt\t${at(b, 'بوتين')}\t${at(b, 'بوتين') + 5}\tبوتين\tب`,
      `b.txt\t${at(b, 'الصين')}\t${at(b, 'الصين') + 5}\tالصين\tوب`,
    ]);
    expect(at(a, 'الصين.')).toBe(a.indexOf('الصين.') - 1);
    expect(result.err).toContain('not an article (only .txt files are): notes.md');
    expect(result.err).toContain('5 mentions in 2 of 3 articles');
  });

  it('prints JSON lines with --json, and reads a bundle, naming each article by its file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-mentions-'));
    const bundle = await bundleOnDisk(dir);
    const result = await run('mentions', bundle, '--alias', 'بوتين', '--alias', 'روسيا', '--json');
    expect(result.status).toBe(0);
    // 'قال بوتين 😀 إن روسيا مستعدة.': روسيا starts at UTF-16 offset 16, code point 15.
    expect(result.out.split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([
      { article: 'خبر.txt', start: 4, end: 9, text: 'بوتين', clitic: '', alias: 'بوتين' },
      { article: 'خبر.txt', start: 15, end: 20, text: 'روسيا', clitic: '', alias: 'روسيا' },
    ]);
  });

  it('finds the spelling variants of one name given as aliases', async () => {
    const { folder } = corpusFolder();
    const result = await run('mentions', folder, '--alias', 'شي جين بينغ', '--alias', 'شي جين بينج', '--alias', 'شي جينغ بين');
    expect(result.out.split('\n').map((line) => line.split('\t').slice(3))).toEqual([
      ['شي جين بينغ', ''],
      ['شي جين بينج', ''],
    ]);
  });

  it('exits 2 on a wrong command line and 1 on an input it cannot read, with a message', async () => {
    const { dir, folder } = corpusFolder();
    expect(await run('mentions', folder)).toMatchObject({ status: 2, err: expect.stringContaining('--alias') as string });
    expect(await run('mentions', '--alias', 'بوتين')).toMatchObject({ status: 2, err: expect.stringContaining('needs a bundle or a folder') as string });
    expect(await run('mentions', folder, '--alias', 'ـــ')).toMatchObject({ status: 2, err: expect.stringContaining('empty') as string });
    expect(await run('mentions', join(dir, 'missing'), '--alias', 'بوتين')).toMatchObject({ status: 1, err: expect.stringContaining('no such file or folder') as string });
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'table.csv'), 'a,b');
    expect(await run('mentions', other, '--alias', 'بوتين')).toMatchObject({ status: 1, err: expect.stringContaining('holds no .txt article') as string });
    writeFileSync(join(other, 'empty.txt'), '');
    expect(await run('mentions', join(other, 'empty.txt'), '--alias', 'بوتين')).toMatchObject({ status: 1, err: expect.stringContaining('no article could be read') as string });
    expect((await run('--help')).out).toContain('isnad mentions <bundle or folder of .txt>');
  });
});
