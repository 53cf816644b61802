import { describe, expect, it } from 'vitest';
import type { InterchangeData } from '../../../src/shared/interchange/interchange';
import { exportW3c, PAGE_SIZE, W3C_FILE_NAME, w3cPageFileName } from '../../../src/shared/interchange/w3c/exportW3c';
import { ARABIC_TEXT, ENGLISH_TEXT, interchangeFixture, manyAnnotations } from '../../support/interchange/interchangeFixture';
import { mustAssertionCounts, parseW3cFile, w3cAnnotations, w3cExpansionProblems, w3cSchemaFailures, w3cSpanMismatches, w3cSpans, type W3cFile } from '../../support/interchange/w3cReading';

type Json = Record<string, unknown>;
const json = (file: W3cFile) => parseW3cFile(file);
const asText = (file: W3cFile) => (typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content));
/** A file rewritten: its JSON changed by `edit`. */
const edited = (file: W3cFile, edit: (doc: Json) => void): W3cFile => {
  const doc = json(file);
  edit(doc);
  return { path: file.path, content: JSON.stringify(doc) };
};
const firstItems = (doc: Json) => (doc.first as { items: Json[] }).items;
const bodiesOf = (annotation: Json) => annotation.body as Json[];

describe('W3C export: the collection', () => {
  it('is one file for a small corpus: the collection with its first page embedded, the tags and the articles with their texts', async () => {
    const data = await interchangeFixture();
    const files = exportW3c(data);
    expect(files.map((f) => f.path)).toEqual([W3C_FILE_NAME]);
    const doc = json(files[0]!);
    expect(doc['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', expect.any(Object)]);
    expect(doc.type).toBe('AnnotationCollection');
    // Live annotations only: the fixture's tombstone stays home.
    expect(doc.total).toBe(8);
    expect(firstItems(doc)).toHaveLength(8);
    expect(JSON.stringify(doc)).not.toContain('deadbeef');
    expect((doc.first as Json).id).toBe(doc.last);
    expect((doc.first as Json).partOf).toBe(doc.id);
    const articles = doc.isnadArticles as Json[];
    expect(articles.map((a) => a.isnadText)).toEqual([ARABIC_TEXT, ENGLISH_TEXT]);
    expect(articles[0]!.id).toBe(`urn:isnad:article:${data.articles[0]!.article.id}`);
    expect(articles[0]!.id).toMatch(/^urn:isnad:article:[0-9a-f]{64}$/);
    expect((doc.isnadTags as Json[]).map((t) => t.id)).toContain('urn:isnad:tag:claim');
  });

  it('passes every must assertion of the W3C test suite: collection, embedded page and each annotation', async () => {
    const files = exportW3c(await interchangeFixture());
    // The suite was really loaded (58 annotation, 10 collection, 15 page musts)…
    expect(mustAssertionCounts()).toEqual({ annotation: 58, collection: 10, page: 15 });
    expect(w3cSchemaFailures(files)).toEqual([]);
  });

  it('is checked by assertions that can fail: a broken annotation, collection or page is caught', async () => {
    const [file] = exportW3c(await interchangeFixture());
    const noTarget = edited(file!, (doc) => delete firstItems(doc)[0]!.target);
    expect(w3cSchemaFailures([noTarget]).join('\n')).toContain('target');
    const badSelector = edited(file!, (doc) => ((firstItems(doc)[0]!.target as { selector: Json[] }).selector[0] = { type: 'TextQuoteSelector' }));
    expect(w3cSchemaFailures([badSelector]).join('\n')).toContain('textQuoteSelectorValid');
    const badTotal = edited(file!, (doc) => (doc.total = -1));
    expect(w3cSchemaFailures([badTotal]).join('\n')).toContain('collectionTotalValidated');
    const bodyBoth = edited(file!, (doc) => (firstItems(doc)[0]!.bodyValue = 'x'));
    expect(w3cSchemaFailures([bodyBoth]).join('\n')).toContain('notBodyBodyValue');
  });

  it('expands with a JSON-LD processor (offline, safe mode) without losing a property: every Isnad one is a full IRI', async () => {
    const files = exportW3c(await interchangeFixture());
    expect(await w3cExpansionProblems(files[0]!)).toEqual([]);
    // What the Isnad context defines comes out under urn:isnad:vocab:; `assessing`, which the W3C context lacks, as oa:assessing.
    const text = JSON.stringify(await import('../../support/interchange/w3cReading').then((r) => r.expandW3c(json(files[0]!))));
    for (const iri of [
      'urn:isnad:vocab:text',
      'urn:isnad:vocab:claimStatus',
      'urn:isnad:vocab:confidence',
      'urn:isnad:vocab:lexicalState',
      'http://www.w3.org/ns/oa#assessing',
      'http://purl.org/dc/terms/title',
    ])
      expect(text).toContain(iri);
  });

  it('is checked by an expansion that can fail: a property or purpose no context defines is reported', async () => {
    const [file] = exportW3c(await interchangeFixture());
    const stray = edited(file!, (doc) => (firstItems(doc)[0]!.isnadMood = 'x'));
    expect((await w3cExpansionProblems(stray)).join('\n')).toContain('isnadMood');
    const withoutAssessing = edited(file!, (doc) => delete ((doc['@context'] as unknown[])[1] as Json).assessing);
    expect(await w3cExpansionProblems(withoutAssessing)).not.toEqual([]);
  });

  it('places every span by code points: the text at each TextPositionSelector is its TextQuoteSelector.exact, after emoji and in Arabic', async () => {
    const files = exportW3c(await interchangeFixture());
    const spans = w3cSpans(files);
    expect(spans).toHaveLength(8);
    expect(w3cSpanMismatches(files)).toEqual([]);
    // After 📰, 😀 and 😀😀: four astral characters before it, so UTF-16 would place it four later.
    const delegation = spans.find((s) => s.exact === 'الوفد غادر 𝐀 العاصمة')!;
    expect(delegation.start).toBe([...ARABIC_TEXT.slice(0, ARABIC_TEXT.indexOf('الوفد'))].length);
    expect(delegation.start).toBe(ARABIC_TEXT.indexOf('الوفد') - 4);
    // 20 characters, 21 UTF-16 units (𝐀 is astral).
    expect(delegation.end - delegation.start).toBe(20);
    expect('الوفد غادر 𝐀 العاصمة'.length).toBe(21);
    const emoji = spans.find((s) => s.exact === '😀😀')!;
    expect(emoji.end - emoji.start).toBe(2);
  });

  it('is checked by a span reader that can fail: a position off by one is caught', async () => {
    const [file] = exportW3c(await interchangeFixture());
    const shifted = edited(file!, (doc) => {
      const selector = (firstItems(doc)[3]!.target as { selector: Json[] }).selector[1]!;
      selector.start = (selector.start as number) + 1;
    });
    expect(w3cSpanMismatches([shifted])).toHaveLength(1);
  });

  it('pages a large set: 1000 annotations a page, first embedded, the rest in their own files, linked by next/prev/partOf/last', async () => {
    const count = PAGE_SIZE * 2 + 3;
    const files = exportW3c(await manyAnnotations(count));
    expect(files.map((f) => f.path)).toEqual([W3C_FILE_NAME, w3cPageFileName(2), w3cPageFileName(3)]);
    const [collection, page2, page3] = files.map(json) as [Json, Json, Json];
    const first = collection.first as Json;
    expect(collection.total).toBe(count);
    expect(firstItems(collection)).toHaveLength(PAGE_SIZE);
    expect(first.next).toBe(page2.id);
    expect(page2).toMatchObject({ type: 'AnnotationPage', prev: first.id, next: page3.id, startIndex: PAGE_SIZE, partOf: { id: collection.id, total: count } });
    expect(page3).toMatchObject({ prev: page2.id, startIndex: 2 * PAGE_SIZE });
    expect(page3.next).toBeUndefined();
    expect(collection.last).toBe(page3.id);
    expect((page3.items as unknown[]).length).toBe(3);
    // Each page file stands alone: its own context, the suite's page musts, a lossless expansion.
    expect(page2['@context']).toEqual(collection['@context']);
    expect(w3cSchemaFailures(files)).toEqual([]);
    for (const file of files) expect(await w3cExpansionProblems(file)).toEqual([]);
    expect(w3cAnnotations(files)).toHaveLength(count);
    expect(w3cSpanMismatches(files)).toEqual([]);
  }, 60_000);

  it('exports an empty selection as a valid collection with no pages', async () => {
    const data: InterchangeData = { ...(await interchangeFixture()), articles: [] };
    const files = exportW3c(data);
    const doc = json(files[0]!);
    expect(doc.total).toBe(0);
    expect(doc.first).toBeUndefined();
    expect(w3cSchemaFailures(files)).toEqual([]);
    expect(await w3cExpansionProblems(files[0]!)).toEqual([]);
  });
});

describe('W3C export: the bodies', () => {
  const byId = async (id: string) => {
    const files = exportW3c(await interchangeFixture());
    return w3cAnnotations(files).find((a) => a.annotation.id === `urn:isnad:annotation:${id}`)!.annotation;
  };

  it('gives the tag as a tagging TextualBody with its label and language, and the Isnad tag id and colour', async () => {
    const [tag] = bodiesOf(await byId('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'));
    // A tag with an Arabic label only: the body says so.
    expect(tag).toEqual({
      type: 'TextualBody',
      purpose: 'tagging',
      value: 'مصدر مجهول',
      format: 'text/plain',
      language: 'ar',
      textDirection: 'rtl',
      isnadTag: 'urn:isnad:tag:3f0c2a52-0b8e-4b43-9d3e-7d6b1c7a1111',
      isnadColour: '#117733',
    });
  });

  it('gives the claim: status and confidence (assessing), attribution (describing), the claimant linked by IRI, and the Arabic note with its direction', async () => {
    const annotation = await byId('5d2e1c0b-8a9f-4e3d-b2c1-0f9e8d7c6b5a');
    expect(annotation).toMatchObject({ motivation: 'tagging', creator: { type: 'Person', name: 'ليلى' }, created: '2023-11-14T22:13:20.123Z', modified: '2023-11-14T22:15:00.456Z' });
    const bodies = bodiesOf(annotation);
    expect(bodies.find((b) => b.purpose === 'assessing')).toMatchObject({ value: 'disputed', isnadClaimStatus: 'disputed', isnadConfidence: 72.5 });
    expect(bodies.find((b) => b.isnadAttribution)).toMatchObject({ purpose: 'describing', isnadAttribution: 'said' });
    expect(bodies.find((b) => b.isnadRole === 'claimant')).toEqual({
      type: 'SpecificResource',
      purpose: 'linking',
      source: 'urn:isnad:annotation:0b3c5a1e-7f61-4d2a-9a57-3c1b2d4e5f60',
      isnadRole: 'claimant',
    });
    const note = bodies.find((b) => b.purpose === 'commenting')!;
    expect(note).toMatchObject({ type: 'TextualBody', format: 'text/html', language: 'ar', textDirection: 'rtl' });
    expect(note.value).toContain('هذا ادعاء يحتاج إلى تحقق');
    expect(note.value).toContain('&#60;b&#62;مصدر');
    expect(typeof note.isnadLexical).toBe('string');
  });

  it('identifies the entity a mention names: an identifying SpecificResource whose source is the entity, its class, name and Wikidata item', async () => {
    const bodies = bodiesOf(await byId('0b3c5a1e-7f61-4d2a-9a57-3c1b2d4e5f60'));
    expect(bodies.find((b) => b.purpose === 'identifying')).toEqual({
      type: 'SpecificResource',
      purpose: 'identifying',
      source: { id: 'urn:isnad:entity:a1b2c3d4-0000-4000-8000-00000000e001', type: 'schema:Person', name: 'المتحدث باسم الخارجية', sameAs: 'http://www.wikidata.org/entity/Q7747' },
    });
    // No entity: no identifying body.
    expect(bodiesOf(await byId('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d')).some((b) => b.purpose === 'identifying')).toBe(false);
  });

  it('lists the live entities the annotations identify in the collection, with aliases, Latin name and note; a deleted one not', async () => {
    const data = await interchangeFixture();
    // A mention of the deleted entity: the link leaves with neither a body nor the entity.
    data.articles[0]!.annotations[2] = { ...data.articles[0]!.annotations[2]!, entityId: 'retired-entity' };
    const doc = json(exportW3c(data)[0]!);
    const entities = doc.isnadEntities as Json[];
    expect(entities.map((e) => e.id)).toEqual(['urn:isnad:entity:a1b2c3d4-0000-4000-8000-00000000e001', 'urn:isnad:entity:a1b2c3d4-0000-4000-8000-00000000e002']);
    expect(entities[0]).toMatchObject({
      type: 'schema:Person',
      name: 'المتحدث باسم الخارجية',
      isnadLatinName: 'Foreign Ministry Spokesman',
      altLabel: ['المتحدث باسم الوزارة', 'الناطق <b>الرسمي</b>'],
      sameAs: 'http://www.wikidata.org/entity/Q7747',
      isnadEntityNote: { type: 'TextualBody', format: 'text/html', language: 'ar' },
      creator: { type: 'Person', name: 'ليلى' },
    });
    expect(entities[1]).toMatchObject({ type: 'schema:Organization' });
    expect(entities[1]).not.toHaveProperty('sameAs');
    expect(JSON.stringify(doc)).not.toContain('retired-entity');
  });

  it('gives a claimant named in words as a describing body in its own language', async () => {
    const bodies = bodiesOf(await byId('c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f'));
    expect(bodies.find((b) => b.isnadRole === 'claimant')).toMatchObject({ type: 'TextualBody', purpose: 'describing', value: 'مصادر غربية', language: 'ar', textDirection: 'rtl' });
    // No confidence given: none written (not 0, not null).
    expect(bodies.find((b) => b.purpose === 'assessing')).not.toHaveProperty('isnadConfidence');
  });

  it('escapes hostile notes: markup as text, no javascript: link, the right-to-left override as a character reference', async () => {
    const note = bodiesOf(await byId('11111111-2222-4333-8444-555555555555')).find((b) => b.purpose === 'commenting')!;
    const html = note.value as string;
    expect(html).not.toMatch(/<script|javascript:/i);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('\u202E');
    expect(html.toLowerCase()).toContain('&#x202e;gnp.exe');
    // The link that is allowed keeps its (escaped) address; only elements the note's blocks make appear.
    expect(html).toContain('<a href="https://example.org/?a=1&#38;b=&#60;2&#62;">ok</a>');
    expect(html.match(/<(\w+)/g)?.filter((t) => !['<div', '<p', '<a'].includes(t))).toEqual([]);
  });

  it('never writes a raw bidi control into the file: the text keeps its U+202E once parsed', async () => {
    const [file] = exportW3c(await interchangeFixture());
    const raw = asText(file!);
    expect(raw).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(raw).toContain('\\u202e');
    const article = (json(file!).isnadArticles as Json[])[1]!;
    expect(article.isnadText).toBe(ENGLISH_TEXT);
    expect(article.title).toBe('<img src=x onerror=alert(1)> Talks');
  });
});
