/**
 * Every data format through the same doors the app and the command line use: written by
 * exportData, packed as the app saves it (packFiles), recognised by detectImportFormat, read back
 * by importData and merged into an empty library. What each format is able to carry survives.
 */
import { describe, expect, it } from 'vitest';
import { DATA_FORMATS } from '../../../src/shared/interchange/dataFormats';
import { exportData, filteredData } from '../../../src/shared/interchange/exportData';
import { detectImportFormat, importData, UnknownImportFormatError } from '../../../src/shared/interchange/importData';
import { ImportError } from '../../../src/shared/interchange/interchange';
import { mergeInto } from '../../../src/shared/interchange/merge/applyMerge';
import { packFiles } from '../../../src/shared/interchange/packFiles';
import { defaultTags } from '../../../src/shared/annotation/tagSet';
import { interchangeFixture } from '../../support/interchange/interchangeFixture';

const IMPORTABLE = ['bundle', 'w3c', 'brat', 'qdpx'] as const;
const options = { author: 'test', now: 1_800_000_000_000 };
const empty = () => ({ exportedAt: 0, analystName: 'x', tags: defaultTags(0, 'x'), articles: [] });

describe('every data format', () => {
  it.each(DATA_FORMATS)('%s: exports the fixture as at least one non-empty file', async (format) => {
    const files = await exportData(format, await interchangeFixture(), 'fixture');
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.content.length).toBeGreaterThan(0);
  });

  it.each(IMPORTABLE)('%s: the app’s saved file is recognised, read and merged into an empty library with every live span on its text', async (format) => {
    const data = await interchangeFixture();
    const saved = packFiles(await exportData(format, data, 'fixture'));
    const name = { bundle: 'x.isnad.json', w3c: 'x.jsonld', brat: 'x.zip', qdpx: 'x.qdpx' }[format];
    const sources = [{ path: name, bytes: saved }];
    expect(detectImportFormat(sources)?.format).toBe(format);
    const imported = await importData(sources, options);
    const { data: library, report } = mergeInto(empty(), imported.data, { source: name, now: options.now });
    expect(report.articles.added).toBe(2);
    const live = data.articles.flatMap((a) => a.annotations.filter((x) => x.deletedAt === undefined));
    expect(report.annotations.orphaned).toBe(0);
    expect(report.annotations.added).toBe(live.length);
    for (const article of library.articles) {
      const original = data.articles.find((a) => a.article.id === article.article.id)!;
      expect(article.text).toBe(original.text);
      for (const a of article.annotations.filter((x) => x.deletedAt === undefined)) expect(article.text.slice(a.start, a.end)).toBe(a.exact);
    }
    // The spans themselves (brat may narrow none here: no span ends on a line break).
    const spans = (d: typeof data) => d.articles.flatMap((a) => a.annotations.filter((x) => x.deletedAt === undefined).map((x) => `${a.article.id.slice(0, 8)} ${x.start}-${x.end} ${x.exact}`)).sort();
    expect(spans(library)).toEqual(spans(data));
  });

  it('bundle: entities (tombstones too), the mentions’ links and the claim links arrive in the library; W3C: the live entities and links', async () => {
    const data = await interchangeFixture();
    const linksOf = (d: typeof data) => d.articles.flatMap((a) => a.annotations.filter((x) => x.entityId !== undefined).map((x) => `${x.id}→${x.entityId}`)).sort();
    for (const format of ['bundle', 'w3c'] as const) {
      const name = format === 'bundle' ? 'x.isnad.json' : 'x.jsonld';
      const imported = await importData([{ path: name, bytes: packFiles(await exportData(format, data, 'fixture')) }], options);
      const { data: library, report } = mergeInto(empty(), imported.data, { source: name, now: options.now });
      expect(linksOf(library)).toEqual(linksOf(data));
      if (format === 'bundle') {
        expect(library.entities).toEqual(data.entities!.filter((e) => e.deletedAt === undefined));
        expect(library.claimLinks).toEqual(data.claimLinks!.filter((l) => l.deletedAt === undefined));
        // A deletion of what the library never had is not brought in.
        expect(report.entities).toMatchObject({ added: 2, skipped: 1 });
        expect(report.claimLinks).toMatchObject({ added: 1, skipped: 1 });
      } else expect(library.entities!.map((e) => e.id)).toEqual(data.entities!.filter((e) => e.deletedAt === undefined).map((e) => e.id));
    }
  });

  it('applies the dialog’s filters to every format but the bundle', async () => {
    const data = await interchangeFixture();
    const filters = { tagIds: ['person'], claimStatus: 'all' as const };
    const count = (d: typeof data) => d.articles.reduce((n, a) => n + a.annotations.length, 0);
    expect(count(filteredData(data, 'csv', filters))).toBe(2);
    expect(count(filteredData(data, 'bundle', filters))).toBe(count(data));
  });

  it('refuses what it does not know, naming it', async () => {
    await expect(importData([{ path: 'notes.docx', bytes: new TextEncoder().encode('hello') }], options)).rejects.toBeInstanceOf(UnknownImportFormatError);
    await expect(importData([{ path: 'broken.zip', bytes: new Uint8Array([0x50, 0x4b, 1, 2, 3]) }], options)).rejects.toBeInstanceOf(ImportError);
  });
});
