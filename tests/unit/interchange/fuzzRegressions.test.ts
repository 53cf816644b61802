/**
 * Defects the fuzz tests (tests/fuzz) found in the importers, one test each, named after the case
 * that found it, so each stays fixed whatever the fuzzers' seed.
 */
import { describe, expect, it, vi } from 'vitest';
import * as orderKey from '../../../src/shared/order/orderKey';
import { zipSync } from 'fflate';
import { MAX_UNZIPPED_BYTES } from '../../../src/shared/interchange/boundedUnzip';
import { importBrat } from '../../../src/shared/interchange/brat/importBrat';
import { importData } from '../../../src/shared/interchange/importData';
import { parseAnnotationConf } from '../../../src/shared/interchange/brat/parseBratConfig';
import { importQdpx } from '../../../src/shared/interchange/qdpx/importQdpx';
import { htmlToPlainText } from '../../../src/shared/interchange/w3c/htmlToPlainText';
import { readBundle } from '../../../src/shared/interchange/bundle/readBundle';
import { ImportError, type ImportSource } from '../../../src/shared/interchange/interchange';
import { importW3c } from '../../../src/shared/interchange/w3c/importW3c';
import { intakeBytes, looksLikeHtml } from '../../../src/shared/text/intake';

const BUNDLE_HEAD = '{"format":"isnad-bundle","version":2,"offsets":"code-points","exportedAt":1,"analystName":"a"';
const million = (item: string) => `[${`${item},`.repeat(999_999)}${item}]`;
// compareOrderKeys counted (and still compared): the W3C tag case below checks how often it runs.
vi.mock('../../../src/shared/order/orderKey', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/shared/order/orderKey')>();
  return { ...actual, compareOrderKeys: vi.fn(actual.compareOrderKeys) };
});

const file = (path: string, text: string): ImportSource => ({ path, bytes: new TextEncoder().encode(text) });
const options = { author: 'a', now: 1 };
const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

describe('importer defects found by fuzzing', () => {
  it('bundle: an article with a million wrong annotations is refused, not a stack overflow (zod gathered a million issues)', async () => {
    const json = `${BUNDLE_HEAD},"tags":[],"articles":[{"article":{},"text":"","annotations":${million('0')},"note":null}]}`;
    await expect(readBundle('big.isnad.json', json)).rejects.toThrow(ImportError);
    await expect(readBundle('big.isnad.json', json)).rejects.toThrow(/articles\[0\]/);
  });

  it('bundle: a million wrong tags are refused naming the first one', async () => {
    const json = `${BUNDLE_HEAD},"tags":${million('1')},"articles":[]}`;
    await expect(readBundle('tags.isnad.json', json)).rejects.toThrow(/tags\[0\]: /);
  });

  it('bundle: an entity with a million aliases that are not text is refused', async () => {
    const entity = `{"id":"e","name":"n","latinName":"","type":"person","aliases":${million('0')},"wikidataId":null,"note":null,"createdAt":1,"updatedAt":1,"author":"a"}`;
    const json = `${BUNDLE_HEAD},"tags":[],"articles":[],"entities":[${entity}]}`;
    await expect(readBundle('aliases.isnad.json', json)).rejects.toThrow(/entities\[0\]\.aliases: /);
  });

  it('W3C: an annotation without an id whose body holds JSON nested 100,000 deep is refused, not a stack overflow (its id was made from JSON.stringify of it)', async () => {
    const annotation = `[{"type":"Annotation","target":{"source":"a.txt","selector":{"type":"TextQuoteSelector","exact":"ق"}},"body":{"type":"TextualBody","purpose":"tagging","value":"P","x":${deep(100_000)}}}]`;
    const refusal = importW3c([file('c.jsonld', annotation), file('a.txt', 'قال')], options);
    await expect(refusal).rejects.toThrow(ImportError);
    await expect(importW3c([file('c.jsonld', annotation), file('a.txt', 'قال')], options)).rejects.toThrow(/nests its JSON more than 1000 levels deep/);
    // The same annotation nested as deep as any real one is still read.
    const shallow = annotation.replace(deep(100_000), deep(20));
    expect((await importW3c([file('c.jsonld', shallow), file('a.txt', 'قال')], options)).articles[0]!.annotations).toHaveLength(1);
  });

  it('W3C: a note state nested 5,000 deep is refused (Lexical would overflow the stack opening it)', async () => {
    const state = JSON.stringify({ root: { children: [JSON.parse(deep(5_000)) as unknown] } });
    const annotation = JSON.stringify([
      {
        type: 'Annotation',
        target: { source: 'a.txt', selector: { type: 'TextQuoteSelector', exact: 'ق' } },
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: 'P' },
          { type: 'TextualBody', purpose: 'commenting', value: '', isnadLexical: state },
        ],
      },
    ]);
    await expect(importW3c([file('c.jsonld', annotation), file('a.txt', 'قال')], options)).rejects.toThrow(/note state nested more than 1000 levels deep/);
  });

  it('W3C: a file with 3,000 different tag labels is read with a few comparisons of order keys per tag, not a sort of all of them per tag (minutes)', async () => {
    const annotations = Array.from({ length: 3_000 }, (_, i) => ({
      id: `urn:x:${i}`,
      type: 'Annotation',
      body: { type: 'TextualBody', purpose: 'tagging', value: `tag ${i}` },
      target: { source: 'a.txt', selector: { type: 'TextPositionSelector', start: 0, end: 1 } },
    }));
    vi.mocked(orderKey.compareOrderKeys).mockClear();
    const data = await importW3c([file('c.jsonld', JSON.stringify(annotations)), file('a.txt', 'قال')], options);
    expect(data.tags).toHaveLength(3_000);
    const orders = data.tags.map((t) => t.order);
    expect(orders.every((order, i) => i === 0 || orders[i - 1]! < order)).toBe(true);
    // Sorting every key for each new tag made ~3,000² × log comparisons; one per tag is what is needed.
    expect(vi.mocked(orderKey.compareOrderKeys).mock.calls.length).toBeLessThan(2 * 3_000);
  });

  // Before the fix this took minutes (a list copied for every note), far past the test's time limit.
  it('brat: 60,000 notes on one span are joined in order', async () => {
    const notes = Array.from({ length: 60_000 }, (_, i) => `#${i + 1}\tAnnotatorNotes T1\tnote ${i}`).join('\n');
    const data = await importBrat([file('d.txt', 'قال'), file('d.ann', `T1\tPerson 0 1\tق\n${notes}\n`)], options);
    const note = data.articles[0]!.annotations[0]!.note!;
    expect(note).toContain('note 0');
    expect(note).toContain('note 59999');
  });

  it('brat: a T line of a million fragments is one span from the first start to the last end, not a stack overflow (Math.min of a spread)', async () => {
    const fragments = Array.from({ length: 1_000_000 }, (_, i) => (i % 2 ? '1 2' : '0 1')).join(';');
    const data = await importBrat([file('d.txt', 'قال'), file('d.ann', `T1\tPerson ${fragments}\n`)], options);
    expect(data.articles[0]!.annotations[0]).toMatchObject({ start: 0, end: 2, exact: 'قا' });
  });

  /**
   * A zip bomb: fflate unpacks each entry into a buffer of the size the zip's directory declares
   * (never past it), so an archive declaring sizes past the bound is what a bomb is to the reader;
   * before the fix, entries were unpacked whatever they declared (a 1 MB file of zeros, 1 GB).
   */
  it('qdpx and zips: an archive whose entries unpack to more than 256 MB is refused as a zip bomb', async () => {
    const zip = zipSync({ 'project.qde': new TextEncoder().encode('<Project/>'), 'sources/a.txt': new Uint8Array(1000), 'a.ann': new Uint8Array(10) });
    const view = new DataView(zip.buffer);
    for (let i = 0; i + 46 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, MAX_UNZIPPED_BYTES / 2 + 1, true);
    await expect(importQdpx([{ path: 'bomb.qdpx', bytes: zip }], options)).rejects.toThrow(/unpacks to more than 256 MB/);
    await expect(importData([{ path: 'bomb.zip', bytes: zip }], options)).rejects.toThrow(/unpacks to more than 256 MB/);
  });

  // Before the fix the HTML test was a regular expression that backtracked exponentially: 40 comments took hours.
  it('intake: a text starting with 200 empty HTML comments and no <html> is read as text, not a hang', async () => {
    const text = `${'<!---->'.repeat(200)} قال المتحدث`;
    expect(looksLikeHtml('a.txt', text)).toBe(false);
    expect(looksLikeHtml('a.txt', `${'<!-- x -->\n'.repeat(200)}<!DOCTYPE html><p>x`)).toBe(true);
    expect(await intakeBytes('a.txt', new TextEncoder().encode(text))).toMatchObject({ ok: true, text });
  });

  // Before the fixes below, each of these took from tens of seconds to minutes (quadratic patterns).
  it('W3C: an HTML note of 400,000 "<", or of 100,000 unclosed <script> or <!--, is read in one pass', () => {
    expect(htmlToPlainText(`a ${'<'.repeat(400_000)}`)).toBe(`a ${'<'.repeat(400_000)}`);
    expect(htmlToPlainText(`<p>x</p>${'<script>'.repeat(100_000)}`)).toBe('x');
    expect(htmlToPlainText(`<b>x</b>${'<!--'.repeat(100_000)}`)).toBe(`x${'<!--'.repeat(100_000)}`);
    // The last "</p>" ends a block (a line break); the "</p" before it, with no ">" left, are text.
    expect(htmlToPlainText(`${'</p'.repeat(100_000)}>y`)).toBe(`${'</p'.repeat(99_999)}\ny`);
  });

  it('brat: configuration lines of 200,000 characters holding a U+2028 are read in one pass', () => {
    const conf = `[entities]\n<M>=x${' '.repeat(200_000)}y\u2028\nPerson${' '.repeat(200_000)}x\u2028\nPlace\n`;
    // As before the fix: a macro line holding a U+2028 is no macro (brat's `.` stops there), so its first word is a type.
    expect(parseAnnotationConf(conf).entities).toEqual(['<M>=x', 'Person', 'Place']);
  });

  it('brat: an annotation.conf whose macros would expand a line to 100 MB is refused, naming the file (it took 2 GB of memory)', async () => {
    const conf = `[entities]\n<A>=${'x'.repeat(100_000)}\n${Array.from({ length: 20 }, (_, i) => `T${i}${'<A>'.repeat(1000)}`).join('\n')}\n`;
    const sources = [file('annotation.conf', conf), file('d.txt', 'قال'), file('d.ann', 'T1\tPerson 0 1\tق\n')];
    await expect(importBrat(sources, options)).rejects.toThrow(ImportError);
    await expect(importBrat(sources, options)).rejects.toThrow(/annotation\.conf: its macros make a line of \[entities\] longer than 100,000 characters/);
    // A macro used as brat's own configurations use them is still expanded.
    const usual = `[entities]\n<ACTOR>=Person|Organisation\n<ACTOR>\n`;
    expect(parseAnnotationConf(usual).entities).toEqual(['Person']);
  });

  it('intake: a file with three BOMs gives a text without any, so reading it back (brat, W3C) finds the same article', async () => {
    const result = await intakeBytes('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('\uFEFF\uFEFFقال المتحدث')]));
    expect(result).toMatchObject({ ok: true, text: 'قال المتحدث' });
    const data = await importBrat([file('a.txt', '\uFEFF\uFEFFقال'), file('a.ann', 'T1\tPerson 2 4\tقا\n')], options);
    expect(data.articles[0]!.text).toBe('قال');
    expect(data.articles[0]!.annotations[0]).toMatchObject({ start: 0, end: 2, exact: 'قا' });
  });
});
