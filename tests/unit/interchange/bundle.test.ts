import { describe, expect, it } from 'vitest';
import { importBundle, readBundle } from '../../../src/shared/interchange/bundle/readBundle';
import { bundleJson, exportBundle } from '../../../src/shared/interchange/bundle/writeBundle';
import { ImportError } from '../../../src/shared/interchange/interchange';
import { markedDeleted } from '../../../src/shared/model';
import { fixtureAnnotation, fixtureArticle, fixtureData } from '../../support/interchange/mergeFixture';

async function sample() {
  const article = await fixtureArticle('📰 قال بوتين 😀 إن روسيا مستعدة.\nسطر ثان <b>x</b>', 'خبر');
  const person = fixtureAnnotation(article, 'person', 'بوتين');
  const claim = fixtureAnnotation(article, 'claim', 'إن روسيا مستعدة', { claim: { claimantAnnotationId: person.id, claimantText: '', attribution: 'said', status: 'disputed', confidence: 40 } });
  fixtureAnnotation(article, 'place', 'روسيا', { ...markedDeleted(claim, 50, 'b'), id: 'gone', tagId: 'place' });
  article.note = { articleId: article.article.id, note: '{"root":{"children":[]}}', createdAt: 1, updatedAt: 2, author: 'a' };
  return fixtureData([article]);
}

const asSource = (json: string, path = 'p.isnad.json') => [{ path, bytes: new TextEncoder().encode(json) }];

describe('project bundle', () => {
  it('round-trips articles, annotations (tombstones included), claims, notes and tags exactly', async () => {
    const data = await sample();
    const [file] = exportBundle(data, 'x');
    expect(file!.path).toBe('x.isnad.json');
    expect(file!.content).toBeInstanceOf(Uint8Array);
    const json = new TextDecoder().decode(file!.content as Uint8Array);
    const parsed = JSON.parse(json) as { format: string; version: number };
    expect(parsed).toMatchObject({ format: 'isnad-bundle', version: 1 });
    expect(await importBundle(asSource(json))).toEqual(data);
  });

  it('writes offsets in code points, so the text at them is the quote after emoji', async () => {
    const data = await sample();
    const parsed = JSON.parse(bundleJson(data)) as { offsets: string; articles: { text: string; annotations: { start: number; end: number; exact: string }[] }[] };
    expect(parsed.offsets).toBe('code-points');
    const [article] = parsed.articles;
    const points = [...article!.text];
    for (const a of article!.annotations) expect(points.slice(a.start, a.end).join('')).toBe(a.exact);
    // The first span sits after 📰: one code point, two UTF-16 units.
    expect(article!.annotations[0]!.start).toBe(data.articles[0]!.annotations[0]!.start - 1);
  });

  const refusals: [string, (b: Record<string, unknown> & { articles: Record<string, unknown>[]; tags: unknown[] }) => unknown, RegExp][] = [
    ['not JSON', () => '{', /not valid JSON/],
    ['another format', () => ({ format: 'other' }), /not an Isnad project bundle/],
    ['a newer version', (b) => ({ ...b, version: 2 }), /version 2 .* reads version 1/],
    ['a wrong type', (b) => ({ ...b, analystName: 5 }), /analystName/],
    ['a changed text', (b) => ({ ...b, articles: [{ ...b.articles[0], text: 'changed' }] }), /does not match the article's id/],
    ['an offset past the text', (b) => ({ ...b, articles: [{ ...b.articles[0], annotations: [{ ...(b.articles[0]!.annotations as object[])[0], end: 9999 }] }] }), /not inside the text/],
    [
      'a missing field',
      (b) => ({ ...b, articles: [{ ...b.articles[0], annotations: [{ ...(b.articles[0]!.annotations as object[])[0], exact: undefined }] }] }),
      /articles\[0\]\.annotations\[0\]\.exact/,
    ],
    [
      'a duplicated annotation id',
      (b) => ({ ...b, articles: [{ ...b.articles[0], annotations: [(b.articles[0]!.annotations as object[])[0], (b.articles[0]!.annotations as object[])[0]] }] }),
      /appears twice/,
    ],
    ['a duplicated article', (b) => ({ ...b, articles: [b.articles[0], { ...b.articles[0], annotations: [] }] }), /article appears twice/],
    ['an unknown tag', (b) => ({ ...b, tags: b.tags.slice(1) }), /tag "person" is not in the bundle's tag set/],
  ];
  it.each(refusals)('refuses %s with a message naming the file', async (_name, change, message) => {
    const good = JSON.parse(bundleJson(await sample())) as Parameters<(typeof refusals)[0][1]>[0];
    const changed = change(good);
    const json = typeof changed === 'string' ? changed : JSON.stringify(changed);
    const error = await readBundle('p.isnad.json', json).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).file).toBe('p.isnad.json');
    expect((error as Error).message).toMatch(message);
  });

  it('refuses bytes that are not UTF-8', async () => {
    await expect(importBundle([{ path: 'b.isnad.json', bytes: new Uint8Array([0xff, 0xfe, 0x00]) }])).rejects.toThrow(/not UTF-8/);
  });
});
