import { describe, expect, it } from 'vitest';
import { ImportError, liveAnnotations, type ExportedFile, type ImportSource, type InterchangeData } from '../../../src/shared/interchange/interchange';
import { noteToPlainText } from '../../../src/shared/interchange/plainTextNote';
import { exportW3c, PAGE_SIZE, W3C_FILE_NAME, w3cPageFileName } from '../../../src/shared/interchange/w3c/exportW3c';
import { importW3c } from '../../../src/shared/interchange/w3c/importW3c';
import { sha256Hex } from '../../../src/shared/text/hash';
import { interchangeFixture, manyAnnotations } from '../../support/interchange/interchangeFixture';

type Json = Record<string, unknown>;
const options = { author: 'importer', now: 1_800_000_000_000 };
const source = (path: string, content: string | Uint8Array): ImportSource => ({ path, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content });
const sources = (files: ExportedFile[]) => files.map((f) => source(f.path, f.content));
const jsonSource = (path: string, value: unknown) => source(path, JSON.stringify(value));

/** The import's refusal: an ImportError naming `file`, whose message matches `problem`. */
async function refusal(promise: Promise<unknown>, file: string, problem: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).file).toBe(file);
  expect((error as ImportError).message).toMatch(problem);
}

describe('W3C import: Isnad → Isnad', () => {
  it('gives back the same articles, notes, annotations (ids, tags, offsets, quotes, claims, notes, stamps) and tags', async () => {
    const data = await interchangeFixture();
    const back = await importW3c(sources(exportW3c(data)), options);
    expect(back.exportedAt).toBe(data.exportedAt);
    expect(back.analystName).toBe(data.analystName);
    expect(back.tags).toEqual(data.tags);
    expect(back.articles).toHaveLength(2);
    for (const [i, original] of data.articles.entries()) {
      const got = back.articles[i]!;
      expect(got.text).toBe(original.text);
      // Everything but the moment of this import.
      expect({ ...got.article, importedAt: 0 }).toEqual({ ...original.article, importedAt: 0 });
      expect(got.article.importedAt).toBe(options.now);
      expect(got.note).toEqual(original.note);
      const live = liveAnnotations(original);
      expect([...got.annotations].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...live].sort((a, b) => a.id.localeCompare(b.id)));
    }
  });

  it('reads a paged export back from all its files, and refuses the collection without its page files', async () => {
    const data = await manyAnnotations(PAGE_SIZE + 5);
    const files = exportW3c(data);
    expect(files.map((f) => f.path)).toEqual([W3C_FILE_NAME, w3cPageFileName(2)]);
    const back = await importW3c(sources(files), options);
    // Exactly, context included: quoteOf never cuts its context through an emoji (snapSpan.test.ts).
    expect(back.articles[0]!.annotations).toEqual(data.articles[0]!.annotations);
    // Files in any order.
    expect((await importW3c(sources([...files].reverse()), options)).articles[0]!.annotations).toHaveLength(PAGE_SIZE + 5);
    await refusal(importW3c(sources([files[0]!]), options), W3C_FILE_NAME, /page .*not among the files given/);
    // A page alone has no texts (they are in the collection).
    await refusal(importW3c(sources([files[1]!]), options), w3cPageFileName(2), /whose text is not in the file/);
  });

  it('keeps the quote when the position and the quote disagree, instead of moving the span', async () => {
    const data = await interchangeFixture();
    const [file] = exportW3c(data);
    const doc = JSON.parse(file!.content as string) as Json;
    const annotation = ((doc.first as Json).items as Json[])[0]!;
    const [quote, position] = (annotation.target as { selector: Json[] }).selector as [Json, Json];
    quote.exact = 'كلام آخر';
    const back = await importW3c([jsonSource(W3C_FILE_NAME, doc)], options);
    const record = back.articles[0]!.annotations.find((a) => `urn:isnad:annotation:${a.id}` === annotation.id)!;
    const original = data.articles[0]!.annotations.find((a) => a.id === record.id)!;
    expect(record).toMatchObject({ start: original.start, end: original.end, exact: 'كلام آخر', prefix: quote.prefix, suffix: quote.suffix });
    expect(position.start).toBeTypeOf('number');
  });
});

describe('W3C import: files from other tools', () => {
  // The text as another tool saw it: a BOM, CRLF line ends, emoji before the spans.
  const raw = '\uFEFF😀 Breaking:\r\nقال 📰 الرئيس بوتين إن روسيا ستنتصر.\r\nPutin said 😀😀 Russia will win.';
  const text = raw.slice(1).replace(/\r\n/g, '\n');
  const cp = (s: string, sub: string, from = 0) => [...s.slice(1).slice(0, s.slice(1).indexOf(sub, from))].length;
  const putin = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'http://example.org/anno/1',
    type: 'Annotation',
    created: '2024-01-02T03:04:05Z',
    creator: { id: 'http://example.org/user/amal', type: 'Person', nickname: 'amal' },
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: 'Person' },
      { type: 'TextualBody', purpose: 'tagging', value: 'سياسي' },
      { type: 'TextualBody', purpose: 'commenting', format: 'text/html', value: '<p>Who <b>said</b> it?</p><script>alert(1)</script><a href="javascript:alert(2)">x</a>' },
    ],
    target: {
      source: 'http://example.org/news/article.txt',
      selector: [
        // Code points of the raw text (CRLF counted, BOM not: it is no character of the text).
        { type: 'TextPositionSelector', start: cp(raw, 'الرئيس بوتين'), end: cp(raw, 'الرئيس بوتين') + 12 },
        { type: 'TextQuoteSelector', exact: 'الرئيس بوتين', prefix: 'قال 📰 ', suffix: ' إن' },
      ],
    },
  };
  const russia = {
    id: 'http://example.org/anno/2',
    type: 'Annotation',
    body: { type: 'TextualBody', purpose: 'tagging', value: 'Place' },
    // A quote only, twice in the text: the prefix tells which.
    target: { source: 'http://example.org/news/article.txt', selector: { type: 'TextQuoteSelector', exact: 'Russia', prefix: 'said 😀😀 ' } },
  };
  const textFile = () => source('texts/article.txt', raw);

  it('places another tool’s annotation on its text file: code points of the raw text to UTF-16 of the normalised text, one annotation per tag', async () => {
    const back = await importW3c([jsonSource('anno.json', putin), textFile()], options);
    expect(back.articles).toHaveLength(1);
    const article = back.articles[0]!;
    expect(article.text).toBe(text);
    expect(article.article.id).toBe(await sha256Hex(text));
    expect(article.article.fileName).toBe('article.txt');
    const [person, politics] = article.annotations;
    expect(text.slice(person!.start, person!.end)).toBe('الرئيس بوتين');
    expect(person).toMatchObject({ exact: 'الرئيس بوتين', prefix: 'قال 📰 ', suffix: ' إن', author: 'amal', createdAt: Date.parse('2024-01-02T03:04:05Z'), claim: null });
    expect(politics).toMatchObject({ start: person!.start, end: person!.end });
    expect(person!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(politics!.id).not.toBe(person!.id);
    // Tags made from the labels, Arabic ones as Arabic labels.
    const tags = new Map(back.tags.map((t) => [t.id, t]));
    expect(tags.get(person!.tagId)).toMatchObject({ labelEn: 'Person', labelAr: '', kind: 'entity', author: 'importer' });
    expect(tags.get(politics!.tagId)).toMatchObject({ labelEn: '', labelAr: 'سياسي' });
    expect(tags.get(person!.tagId)!.color).toMatch(/^#[0-9a-f]{6}$/);
    // The HTML note as plain text: no markup, no script, no link target.
    expect(noteToPlainText(person!.note)).toBe('Who said it?\nx');
  });

  it('gives the same ids and tags when the same file is imported twice', async () => {
    const once = await importW3c([jsonSource('anno.json', [putin, russia]), textFile()], options);
    const twice = await importW3c([jsonSource('anno.json', [putin, russia]), textFile()], { ...options, now: options.now + 1 });
    expect(twice.articles[0]!.annotations.map((a) => [a.id, a.tagId])).toEqual(once.articles[0]!.annotations.map((a) => [a.id, a.tagId]));
    expect(twice.tags.map((t) => [t.id, t.order])).toEqual(once.tags.map((t) => [t.id, t.order]));
  });

  it('places a quote-only annotation by its quote and context', async () => {
    const back = await importW3c([jsonSource('anno.json', [russia]), textFile()], options);
    const [record] = back.articles[0]!.annotations;
    expect(record!.start).toBe(text.lastIndexOf('Russia'));
    expect(text.slice(record!.start, record!.end)).toBe('Russia');
  });

  it('reads a collection with embedded first page and a page file, and a bare annotation on an Isnad article IRI', async () => {
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/c',
      type: 'AnnotationCollection',
      total: 2,
      first: { id: 'http://example.org/p1', type: 'AnnotationPage', next: 'http://example.org/p2', items: [putin] },
    };
    const page2 = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'http://example.org/p2', type: 'AnnotationPage', partOf: 'http://example.org/c', items: [russia] };
    const back = await importW3c([jsonSource('c.jsonld', collection), jsonSource('p2.jsonld', page2), textFile()], options);
    expect(back.articles[0]!.annotations).toHaveLength(3);
    const bare = { ...russia, id: undefined, target: { ...russia.target, source: `urn:isnad:article:${await sha256Hex(text)}` } };
    const fromHash = await importW3c([jsonSource('one.json', bare), source('any-name.txt', raw)], options);
    expect(fromHash.articles[0]!.annotations).toHaveLength(1);
  });

  it('refuses an annotation whose text is not given, naming the file and the source', async () => {
    await refusal(
      importW3c([jsonSource('anno.json', putin)], options),
      'anno.json',
      /annotation http:\/\/example.org\/anno\/1 is on http:\/\/example.org\/news\/article.txt, whose text is not in the file.*article\.txt/,
    );
  });
});

describe('W3C import: malformed files are refused with an ImportError, never a crash', () => {
  const exported = async () => {
    const [file] = exportW3c(await interchangeFixture());
    return JSON.parse(file!.content as string) as Json;
  };
  const firstAnnotation = (doc: Json) => ((doc.first as Json).items as Json[])[0]!;
  const bodies = (doc: Json) => firstAnnotation(doc).body as Json[];
  const position = (doc: Json) => (firstAnnotation(doc).target as { selector: Json[] }).selector[1]!;
  const cases: [string, (doc: Json) => unknown, RegExp][] = [
    ['an offset past the end of the text', (d) => (position(d).end = 10_000), /ends at character 10000, past the end of its text/],
    ['a span that starts after it ends', (d) => (position(d).start = (position(d).end as number) + 1), /starts after it ends/],
    ['a fractional offset', (d) => (position(d).start = 1.5), /"start" that is not a whole number/],
    ['an offset given as text', (d) => (position(d).end = '12'), /"end" that is not a whole number/],
    [
      'a claim status Isnad does not know',
      (d) => ((firstAnnotation(d).body as Json[]).push({ type: 'TextualBody', value: 'x', isnadClaimStatus: 'probably' }), d),
      /claim status Isnad does not know: "probably"/,
    ],
    ['a confidence over 100', (d) => bodies(d).push({ type: 'TextualBody', value: 'x', isnadClaimStatus: 'supported', isnadConfidence: 150 }), /confidence that is not a number from 0 to 100/],
    ['a note state that is not Lexical', (d) => bodies(d).push({ type: 'TextualBody', purpose: 'commenting', value: 'x', isnadLexical: '{"nope":1}' }), /note state without a root/],
    ['a tag colour that is not #rrggbb', (d) => ((d.isnadTags as Json[])[0]!.isnadColour = 'red;background:url(x)'), /colour that is not #rrggbb/],
    ['a tag kind Isnad does not know', (d) => ((d.isnadTags as Json[])[0]!.isnadKind = 'mood'), /kind Isnad does not know/],
    ['a newer format', (d) => (d.isnadFormat = 99), /newer Isnad \(format 99/],
    ['an article without text', (d) => delete (d.isnadArticles as Json[])[0]!.isnadText, /has no text "isnadText"/],
    ['a date that is not one', (d) => (firstAnnotation(d).created = 'yesterday'), /"created" that is not a date and time/],
    ['an annotation without a target', (d) => delete firstAnnotation(d).target, /has no target/],
    ['a target that is a whole document', (d) => (firstAnnotation(d).target = 'urn:isnad:article:x'), /targets the whole of urn:isnad:article:x/],
    ['a target without selectors it can use', (d) => ((firstAnnotation(d).target as Json).selector = { type: 'CssSelector', value: 'p' }), /neither a TextPositionSelector nor a TextQuoteSelector/],
    ['a quote without exact', (d) => delete (firstAnnotation(d).target as { selector: Json[] }).selector[0]!.exact, /TextQuoteSelector has no text "exact"/],
    ['a total its pages do not hold', (d) => (d.total = 3), /says it holds 3 annotations but its pages hold 8/],
    ['an item given by IRI only', (d) => (((d.first as Json).items as unknown[])[0] = 'urn:isnad:annotation:x'), /names annotation urn:isnad:annotation:x without giving it/],
    [
      'a claimant that is not an Isnad annotation',
      (d) => bodies(d).push({ type: 'SpecificResource', source: 'http://elsewhere/', isnadRole: 'claimant' }),
      /links a claimant that is not an Isnad annotation/,
    ],
  ];
  for (const [name, edit, problem] of cases) {
    it(`refuses ${name}`, async () => {
      const doc = await exported();
      edit(doc);
      await refusal(importW3c([jsonSource('broken.jsonld', doc)], options), 'broken.jsonld', problem);
    });
  }

  it('refuses what is not a W3C file at all', async () => {
    await refusal(importW3c([source('a.json', '{"id": 1,')], options), 'a.json', /is not valid JSON/);
    await refusal(importW3c([source('b.json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))], options), 'b.json', /is not UTF-8/);
    await refusal(importW3c([source('c.json', '"just text"')], options), 'c.json', /is not a JSON object/);
    await refusal(importW3c([jsonSource('d.json', { type: 'Recipe' })], options), 'd.json', /is not a W3C Web Annotation.*Recipe/);
    await refusal(importW3c([jsonSource('e.json', [{ type: 'Annotation', target: 'x' }, 7])], options), 'e.json', /item 2 is not a JSON object/);
    await refusal(importW3c([jsonSource('f.json', { type: 'AnnotationPage', items: 'many' })], options), 'f.json', /has no list of "items"/);
    await refusal(importW3c([source('g.txt', new Uint8Array([0, 1, 2, 3]))], options), 'g.txt', /cannot be read as an article's text/);
  });

  it('refuses pages that link back in a loop', async () => {
    const page = (id: string, next: string) => ({ id, type: 'AnnotationPage', next, items: [] });
    const collection = { type: 'AnnotationCollection', id: 'http://x/c', first: 'http://x/1' };
    await refusal(
      importW3c([jsonSource('c.json', collection), jsonSource('1.json', page('http://x/1', 'http://x/2')), jsonSource('2.json', page('http://x/2', 'http://x/1'))], options),
      'c.json',
      /loop/,
    );
  });
});

describe('W3C import: entities', () => {
  it('gives back the live entities the annotations identify, and each mention its entity', async () => {
    const data = await interchangeFixture();
    const back = await importW3c(sources(exportW3c(data)), options);
    const live = data.entities!.filter((e) => e.deletedAt === undefined);
    expect([...back.entities!].sort((a, b) => a.id.localeCompare(b.id))).toEqual(live);
    const linked = back.articles.flatMap((a) => a.annotations).filter((a) => a.entityId !== undefined);
    expect(linked.map((a) => `${a.exact}→${a.entityId}`).sort()).toEqual(['minister→a1b2c3d4-0000-4000-8000-00000000e002', 'المتحدث باسم الوزارة→a1b2c3d4-0000-4000-8000-00000000e001']);
  });

  it("takes an entity from the identifying body alone when the collection does not list it, and ignores another tool's identification", async () => {
    const data = await interchangeFixture();
    const doc = JSON.parse(exportW3c(data)[0]!.content as string) as Json;
    delete doc.isnadEntities;
    const items = (doc.first as Json).items as Json[];
    // Another tool's link to a gazetteer: an identification Isnad has no entity for.
    (items[2]!.body as Json[]).push({ type: 'SpecificResource', purpose: 'identifying', source: 'https://pleiades.stoa.org/places/658381' });
    const back = await importW3c([jsonSource('x.jsonld', doc)], options);
    expect(back.entities!.map((e) => ({ id: e.id, name: e.name, type: e.type, wikidataId: e.wikidataId, aliases: e.aliases }))).toEqual([
      { id: 'a1b2c3d4-0000-4000-8000-00000000e001', name: 'المتحدث باسم الخارجية', type: 'person', wikidataId: 'Q7747', aliases: [] },
      { id: 'a1b2c3d4-0000-4000-8000-00000000e002', name: '=cmd|" /C calc"!A0 \u202Eminister', type: 'organisation', wikidataId: null, aliases: [] },
    ]);
    expect(back.articles.flatMap((a) => a.annotations).filter((a) => a.entityId !== undefined)).toHaveLength(2);
  });

  it('refuses an entity of a type Isnad does not know, or without a name', async () => {
    const doc = JSON.parse(exportW3c(await interchangeFixture())[0]!.content as string) as Json;
    const wrongType = structuredClone(doc);
    (wrongType.isnadEntities as Json[])[0]!.type = 'schema:Recipe';
    await refusal(importW3c([jsonSource('t.jsonld', wrongType)], options), 't.jsonld', /entity a1b2c3d4-0000-4000-8000-00000000e001 has a type Isnad does not know/);
    const nameless = structuredClone(doc);
    (nameless.isnadEntities as Json[])[0]!.name = ' ';
    await refusal(importW3c([jsonSource('n.jsonld', nameless)], options), 'n.jsonld', /has no name/);
  });
});

describe('W3C import: never a crash', () => {
  it('answers every value of the wrong type anywhere in an annotation, article or tag with an import or an ImportError', async () => {
    const [file] = exportW3c(await interchangeFixture());
    const original = JSON.parse(file!.content as string) as Json;
    // Every place inside the claim annotation (which has all kinds of body), one article, one tag and the collection itself.
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) if (k !== '@context') walk(v, [...path, k]);
    };
    walk(((original.first as Json).items as Json[])[1], ['first', 'items', 1]);
    walk((original.isnadArticles as Json[])[0], ['isnadArticles', 0]);
    walk((original.isnadTags as Json[])[8], ['isnadTags', 8]);
    // The person, with its identifying body, and the entity it names.
    walk(((original.first as Json).items as Json[])[0], ['first', 'items', 0]);
    walk((original.isnadEntities as Json[])[0], ['isnadEntities', 0]);
    for (const key of Object.keys(original)) if (!['first', 'isnadArticles', 'isnadTags', 'isnadEntities'].includes(key)) paths.push([key]);
    expect(paths.length).toBeGreaterThan(80);
    const strange: unknown[] = [null, -1, 2.5, 'x', '', [], {}, true, [{}]];
    const outcomes = { imported: 0, refused: 0 };
    for (const path of paths) {
      for (const value of strange) {
        const doc = structuredClone(original);
        let parent: unknown = doc;
        for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
        (parent as Record<string | number, unknown>)[path[path.length - 1]!] = value;
        try {
          await importW3c([jsonSource('fuzz.jsonld', doc)], options);
          outcomes.imported++;
        } catch (error) {
          if (!(error instanceof ImportError)) throw new Error(`${path.join('.')} = ${JSON.stringify(value)} crashed the import: ${String(error)}`);
          expect(error.file).toBe('fuzz.jsonld');
          outcomes.refused++;
        }
      }
    }
    // Both happen: optional values may be anything harmless, required ones are refused.
    expect(outcomes.refused).toBeGreaterThan(100);
    expect(outcomes.imported).toBeGreaterThan(10);
  }, 120_000);
});

describe('W3C import: hostile content', () => {
  it('keeps markup in titles and labels as text, and imports Isnad notes as the Lexical state they were', async () => {
    const data: InterchangeData = await interchangeFixture();
    const back = await importW3c(sources(exportW3c(data)), options);
    expect(back.articles[1]!.article.title).toBe('<img src=x onerror=alert(1)> Talks');
    expect(back.articles[1]!.text.endsWith('\u202E')).toBe(true);
  });
});
