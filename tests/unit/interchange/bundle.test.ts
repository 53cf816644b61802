import { describe, expect, it } from 'vitest';
import { importBundle, readBundle } from '../../../src/shared/interchange/bundle/readBundle';
import { bundleJson, exportBundle } from '../../../src/shared/interchange/bundle/writeBundle';
import { ImportError } from '../../../src/shared/interchange/interchange';
import { exportData } from '../../../src/shared/interchange/exportData';
import { mergeInto } from '../../../src/shared/interchange/merge/applyMerge';
import { defaultClaimFields } from '../../../src/shared/annotation/annotation';
import type { ClaimLinkRecord } from '../../../src/shared/claims/claimLink';
import type { EntityRecord } from '../../../src/shared/entity/entity';
import { markedDeleted } from '../../../src/shared/model';
import { fixtureAnnotation, fixtureArticle, fixtureData } from '../../support/interchange/mergeFixture';

const PUTIN: EntityRecord = {
  id: 'e-putin',
  name: 'فلاديمير بوتين',
  latinName: 'Vladimir Putin',
  type: 'person',
  aliases: ['بوتين', 'الرئيس الروسي'],
  wikidataId: 'Q7747',
  note: '{"root":{"children":[]}}',
  createdAt: 5,
  updatedAt: 6,
  author: 'a',
};

async function sample() {
  const article = await fixtureArticle('📰 قال بوتين 😀 إن روسيا مستعدة.\nسطر ثان <b>x</b> وقال بوتين إن روسيا قوية.', 'خبر');
  const person = fixtureAnnotation(article, 'person', 'بوتين', { id: 'ann-person', entityId: PUTIN.id });
  const claim = fixtureAnnotation(article, 'claim', 'إن روسيا مستعدة', { claim: { claimantAnnotationId: person.id, claimantText: '', attribution: 'said', status: 'disputed', confidence: 40 } });
  const other = fixtureAnnotation(article, 'claim', 'إن روسيا قوية', { claim: defaultClaimFields() });
  fixtureAnnotation(article, 'place', 'روسيا', { ...markedDeleted(claim, 50, 'b'), id: 'gone', tagId: 'place' });
  article.note = { articleId: article.article.id, note: '{"root":{"children":[]}}', createdAt: 1, updatedAt: 2, author: 'a' };
  const removed: EntityRecord = markedDeleted({ ...PUTIN, id: 'e-gone', name: 'قديم', aliases: [], wikidataId: null, note: null, latinName: '' }, 9, 'b');
  const link: ClaimLinkRecord = { id: 'l1', fromId: claim.id, toId: other.id, kind: 'supports', createdAt: 7, updatedAt: 7, author: 'a' };
  const removedLink: ClaimLinkRecord = markedDeleted({ ...link, id: 'l2', kind: 'contradicts' }, 8, 'b');
  return { ...fixtureData([article]), entities: [PUTIN, removed], claimLinks: [link, removedLink] };
}

const asSource = (json: string, path = 'p.isnad.json') => [{ path, bytes: new TextEncoder().encode(json) }];

/** The bundle with its first annotation made an orphan (on 0–0), then `change` applied to it. */
function orphanIn(b: { articles: Record<string, unknown>[] }, change: Record<string, unknown>) {
  const annotations = b.articles[0]!['annotations'] as Record<string, unknown>[];
  annotations[0] = { ...annotations[0], start: 0, end: 0, orphaned: { reason: 'quote-not-found', fromArticleId: 'x' }, ...change };
  return b;
}

describe('project bundle', () => {
  it('round-trips articles, annotations (tombstones included), claims, notes, tags, entities and claim links exactly', async () => {
    const data = await sample();
    const [file] = exportBundle(data, 'x');
    expect(file!.path).toBe('x.isnad.json');
    expect(file!.content).toBeInstanceOf(Uint8Array);
    const json = new TextDecoder().decode(file!.content as Uint8Array);
    const parsed = JSON.parse(json) as { format: string; version: number };
    expect(parsed).toMatchObject({ format: 'isnad-bundle', version: 2, entities: data.entities, claimLinks: data.claimLinks });
    expect(await importBundle(asSource(json))).toEqual(data);
  });

  it('carries an orphan (re-anchoring kept it on no span) through a bundle and a merge, and leaves it out of the formats for other tools', async () => {
    const data = await sample();
    const [article] = data.articles;
    const orphan = {
      ...fixtureAnnotation(article!, 'person', 'بوتين', { id: 'ann-orphan' }),
      start: 0,
      end: 0,
      exact: 'مدفيديف',
      orphaned: { reason: 'quote-not-found' as const, fromArticleId: 'a'.repeat(64) },
    };
    article!.annotations[article!.annotations.length - 1] = orphan; // fixtureAnnotation pushed it placed; keep it orphaned
    const json = new TextDecoder().decode(exportBundle(data, 'x')[0]!.content as Uint8Array);
    const read = await importBundle(asSource(json));
    expect(read.articles[0]!.annotations.find((a) => a.id === orphan.id)).toEqual(orphan);
    const empty = { ...fixtureData([]), entities: [], claimLinks: [] };
    const merged = mergeInto(empty, read, { source: 'x', now: 100 });
    expect(merged.data.articles[0]!.annotations.find((a) => a.id === orphan.id)).toMatchObject({ start: 0, end: 0, orphaned: orphan.orphaned });
    for (const format of ['w3c', 'csv', 'jsonl', 'brat'] as const) {
      const files = await exportData(format, data, 'x');
      const text = files.map((f) => (typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content))).join('\n');
      expect(text, format).not.toContain('مدفيديف');
      expect(text, format).toContain('بوتين');
    }
  });

  it('reads a version 1 bundle as issue 12 wrote it: no entities, no claim links', async () => {
    const v2 = JSON.parse(bundleJson(await sample())) as Record<string, unknown> & { articles: { annotations: Record<string, unknown>[] }[] };
    for (const a of v2.articles[0]!.annotations) delete a.entityId;
    const v1 = { ...v2, version: 1, entities: [], claimLinks: undefined };
    const data = await readBundle('old.isnad.json', JSON.stringify(v1));
    expect(data).toMatchObject({ entities: [], claimLinks: [] });
    expect(data.articles[0]!.annotations).toHaveLength(4);
    expect(data.articles[0]!.annotations.some((a) => 'entityId' in a)).toBe(false);
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
    ['a newer version', (b) => ({ ...b, version: 3 }), /version 3 .* reads versions 1 to 2/],
    ['an entity of no known type', (b) => ({ ...b, entities: [{ ...(b.entities as object[])[0], type: 'country' }] }), /entities\[0\]\.type/],
    ['an entity without a name', (b) => ({ ...b, entities: [(b.entities as object[])[1], { ...(b.entities as object[])[0], name: undefined }] }), /entities\[1\]\.name/],
    ['a Wikidata id that is not one', (b) => ({ ...b, entities: [{ ...(b.entities as object[])[0], wikidataId: 'javascript:alert(1)' }] }), /entities\[0\]\.wikidataId/],
    ['an orphan that claims a span', (b) => orphanIn(b, { start: 3, end: 7 }), /annotations\[0\]: an orphaned annotation has no span, not 3–7/],
    ['an orphan of a tag not in the bundle', (b) => orphanIn(b, { tagId: 'nope' }), /annotations\[0\]: its tag "nope" is not in the bundle's tag set/],
    ['a duplicated entity id', (b) => ({ ...b, entities: [(b.entities as object[])[0], (b.entities as object[])[0]] }), /entity id "e-putin" appears twice/],
    ['a mention of an entity not in the bundle', (b) => ({ ...b, entities: (b.entities as object[]).slice(1) }), /annotations\[0\]\.entityId: the entity "e-putin" is not in the bundle/],
    ['a claim link of no known kind', (b) => ({ ...b, claimLinks: [{ ...(b.claimLinks as object[])[0], kind: 'refutes' }] }), /claimLinks\[0\]\.kind/],
    [
      'a claim link to an annotation that is no claim',
      (b) => ({ ...b, claimLinks: [{ ...(b.claimLinks as object[])[0], toId: 'ann-person' }] }),
      /claimLinks\[0\]\.toId: "ann-person" is not a claim in the bundle/,
    ],
    ['a duplicated claim link', (b) => ({ ...b, claimLinks: [(b.claimLinks as object[])[0], (b.claimLinks as object[])[0]] }), /link id "l1" appears twice/],
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
