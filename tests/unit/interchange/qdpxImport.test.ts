import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, liveAnnotations } from '../../../src/shared/interchange/interchange';
import { noteToPlainText } from '../../../src/shared/interchange/plainTextNote';
import { exportQdpx } from '../../../src/shared/interchange/qdpx/exportQdpx';
import { importQdpx } from '../../../src/shared/interchange/qdpx/importQdpx';
import { sha256Hex } from '../../../src/shared/text/hash';
import { INTERVIEW_TEXT, OTHER_PROGRAM_QDE, otherProgramQdpx, PRESS_TEXT } from '../../support/interchange/otherProgramQdpx';
import { xmllintQde } from '../../support/interchange/qdpxReading';
import { qdaTestData } from './qdaTestData';

const options = { author: 'Importer', now: Date.UTC(2026, 0, 1) };
const importOther = (bytes = otherProgramQdpx()) => importQdpx([{ path: 'fieldwork.qdpx', bytes }], options);

describe('importQdpx: a round trip of Isnad’s own export', () => {
  it('gives back the articles, live annotations (same ids, offsets, quotes), tags, notes and claims', async () => {
    const data = await qdaTestData();
    const bytes = exportQdpx(data)[0]!.content as Uint8Array;
    const back = await importQdpx([{ path: 'isnad.qdpx', bytes }], options);

    expect(back.notices).toEqual([]);
    expect(back.articles.map((a) => a.article.id)).toEqual(data.articles.map((a) => a.article.id));
    for (const [i, entry] of data.articles.entries()) {
      const got = back.articles[i]!;
      expect(got.text).toBe(entry.text);
      expect(got.article.title).toBe(entry.article.title.replace('\u0001', ''));
      expect(got.article.detectedDirection).toBe(i === 0 ? 'rtl' : 'ltr');
      const live = liveAnnotations(entry).sort((a, b) => a.id.localeCompare(b.id));
      const imported = [...got.annotations].sort((a, b) => a.id.localeCompare(b.id));
      // What survives exactly: id, article, tag, UTF-16 offsets, quote and context, claim, stamps, author.
      const keep = ({ id, articleId, tagId, start, end, exact, prefix, suffix, claim, createdAt, updatedAt, author }: (typeof live)[number]) => ({
        id,
        articleId,
        tagId,
        start,
        end,
        exact,
        prefix,
        suffix,
        claim,
        createdAt,
        updatedAt,
        author,
      });
      // A claimant named over two lines comes back on one (a Description line holds one value).
      const oneLineClaimant = (a: (typeof live)[number]) => (a.claim ? { ...a, claim: { ...a.claim, claimantText: a.claim.claimantText.replace(/\n/g, ' ') } } : a);
      expect(imported.map(keep)).toEqual(live.map(oneLineClaimant).map(keep));
      // Notes come back as plain text in paragraphs (formatting is what does not survive).
      expect(imported.map((a) => noteToPlainText(a.note))).toEqual(live.map((a) => noteToPlainText(a.note)));
    }
    expect(noteToPlainText(back.articles[0]!.note!.note)).toBe('ملاحظة على المقال\nمع سطرين');

    const tags = new Map(back.tags.map((t) => [t.id, t]));
    expect(tags.get('person')).toMatchObject({ labelEn: 'Person', labelAr: 'شخص', color: '#4477aa', kind: 'entity' });
    expect(tags.get('claim')).toMatchObject({ kind: 'claim', labelAr: 'ادعاء' });
    // A removed tag still in use comes back live: a codebook has no removed codes.
    expect(tags.get('rumour')).toMatchObject({ labelEn: 'Rumour', labelAr: 'شائعة' });
    expect('deletedAt' in tags.get('rumour')!).toBe(false);
    expect(tags.has('unused-gone')).toBe(false);
    expect(back.tags.map((t) => t.order)).toEqual([...back.tags.map((t) => t.order)].sort());
  });

  it('gives the same ids when the same file is imported twice', async () => {
    const a = await importOther();
    const b = await importOther();
    expect(b.articles.flatMap((x) => x.annotations.map((y) => y.id))).toEqual(a.articles.flatMap((x) => x.annotations.map((y) => y.id)));
    expect(b.tags.map((t) => t.id)).toEqual(a.tags.map((t) => t.id));
  });
});

describe('importQdpx: a project from another program', () => {
  it('is itself valid against the REFI-QDA schema (so the fixture is a fair one)', () => {
    expect(xmllintQde(OTHER_PROGRAM_QDE)).toBe('');
  });

  it('imports the text sources with their selections on the right words (BOM, CRLF, emoji, Arabic)', async () => {
    const result = await importOther();
    expect(result.articles).toHaveLength(2);
    const [interview, press] = result.articles;
    const normal = INTERVIEW_TEXT.replace(/\r\n/g, '\n');
    expect(interview!.text).toBe(normal);
    expect(interview!.article.id).toBe(await sha256Hex(normal));
    expect(interview!.article.title).toBe('Interview & notes');
    expect(press!.text).toBe(PRESS_TEXT);

    const quotes = (entry: typeof interview) => entry!.annotations.map((a) => [a.exact, entry!.text.slice(a.start, a.end), result.tags.find((t) => t.id === a.tagId)!.labelEn]);
    expect(quotes(interview)).toEqual([
      ['Minister', 'Minister', 'Actors / Person'],
      ['Ali', 'Ali', 'Actors / Person'],
      ['the economy 📰 will grow.', 'the economy 📰 will grow.', 'Topics'],
      ['the economy 📰 will grow.', 'the economy 📰 will grow.', 'Topics / Economy'],
      ['بقوة', 'بقوة', 'Topics / Economy'],
    ]);
    expect(quotes(press)).toEqual([
      ['الوزير علي', 'الوزير علي', 'Actors / Person'],
      ['القاهرة', 'القاهرة', 'Actors / Place'],
    ]);
  });

  it('maps the code hierarchy to tags by path, keeps colours, and leaves the folder out', async () => {
    const { tags } = await importOther();
    expect(tags.map((t) => [t.labelEn, t.color, t.kind])).toEqual([
      ['Actors / Person', '#ff0000', 'entity'],
      ['Actors / Place', '#00aa00', 'entity'],
      ['Topics', '#123abc', 'entity'],
      ['Topics / Economy', '#ddcc77', 'entity'], // no colour in the file: the default palette's fourth, as it is the fourth tag
    ]);
    expect(tags[0]!.id).toBe('c0000000-0000-0000-0000-000000000002');
  });

  it('keeps ids, authors, dates, notes and descriptions', async () => {
    const [interview] = (await importOther()).articles;
    const [minister, ali, topics, economy] = interview!.annotations;
    expect(minister).toMatchObject({ id: 'e0000000-0000-0000-0000-000000000001', author: 'Maria', createdAt: Date.parse('2024-03-02T09:00:00Z') });
    expect(ali).toMatchObject({ author: 'Karim', updatedAt: Date.parse('2024-03-04T00:00:00Z') });
    expect(noteToPlainText(ali!.note)).toBe('Checked against the recording\nAli is the deputy, not the minister.\nعلي هو النائب');
    // Two codings of one selection: two annotations, each with its coding's GUID as id.
    expect([topics!.id, economy!.id]).toEqual(['f0000000-0000-0000-0000-000000000003', 'f0000000-0000-0000-0000-000000000004']);
    expect(topics).toMatchObject({ author: 'Importer', createdAt: options.now, claim: null, note: null });
    expect(noteToPlainText(interview!.note!.note)).toBe('Recorded in Cairo.\nسُجّلت في القاهرة.');
  });

  it('counts what it skipped in notices: the PDF, the uncoded selection, the whole-source coding', async () => {
    const { notices } = await importOther();
    expect(notices).toEqual([
      'fieldwork.qdpx: 1 PDF source not imported (Isnad imports text sources): Report.pdf.',
      'fieldwork.qdpx: 1 text selection without a code not imported.',
      'fieldwork.qdpx: 1 coding of a whole source (not of a selection) not imported.',
    ]);
  });

  it('skips an empty selection with a notice', async () => {
    const { notices, articles } = await importOther(otherProgramQdpx(OTHER_PROGRAM_QDE.replace('startPosition="65" endPosition="69"', 'startPosition="69" endPosition="69"')));
    expect(notices).toContain('fieldwork.qdpx: 1 empty text selection not imported.');
    expect(articles[0]!.annotations.map((a) => a.exact)).not.toContain('بقوة');
  });

  it('reads a bare project.qde whose sources are inline', async () => {
    const qde = OTHER_PROGRAM_QDE.replace(/<TextSource guid="\{D0000000-0000-0000-0000-000000000001\}"[\s\S]*?<\/TextSource>/, '').replace(
      /<Note guid="\{90000000-0000-0000-0000-000000000002\}"[^>]*\/>/,
      '',
    );
    const result = await importQdpx([{ path: 'project.qde', bytes: strToU8(qde) }], options);
    expect(result.articles.map((a) => a.text)).toEqual([PRESS_TEXT]);
  });
});

describe('importQdpx refuses a broken file with an ImportError naming it', () => {
  const refusal = async (bytes: Uint8Array, path = 'broken.qdpx') => {
    const error = await importQdpx([{ path, bytes }], options).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).file).toBe(path);
    return (error as ImportError).message;
  };
  const withQde = (qde: string) => otherProgramQdpx(qde);

  it('not a zip nor XML', async () => {
    expect(await refusal(strToU8('hello, I am a text file'))).toMatch(/neither a REFI-QDA project/);
  });
  it('a truncated zip', async () => {
    expect(await refusal(otherProgramQdpx().slice(0, 200))).toMatch(/not a readable zip archive/);
  });
  it('a zip without project.qde', async () => {
    expect(await refusal(zipSync({ 'readme.txt': strToU8('hi') }))).toMatch(/holds no project\.qde/);
  });
  it('malformed XML', async () => {
    expect(await refusal(withQde(OTHER_PROGRAM_QDE.replace('</CodeBook>', '</Codebook>')))).toMatch(/project\.qde is not well-formed XML/);
  });
  it('XML that is not a project', async () => {
    expect(await refusal(withQde('<?xml version="1.0"?><html/>'))).toMatch(/root element is html/);
  });
  it('a source file missing from the archive', async () => {
    expect(await refusal(withQde(OTHER_PROGRAM_QDE.replace('internal://interview.txt', 'internal://lost.txt')))).toMatch(/text source “Interview & notes” is missing: sources\/lost\.txt/);
  });
  it('a source outside the archive', async () => {
    expect(await refusal(withQde(OTHER_PROGRAM_QDE.replace('internal://interview.txt', 'relative://interview.txt')))).toMatch(/outside the archive/);
  });
  it('a position past the end of the text', async () => {
    expect(await refusal(withQde(OTHER_PROGRAM_QDE.replace('startPosition="65" endPosition="69"', 'startPosition="65" endPosition="70"')))).toMatch(
      /ends at character 70, past the end of its text \(69 characters\)/,
    );
  });
  it('a start after the end, or a position that is not a number', async () => {
    expect(await refusal(withQde(OTHER_PROGRAM_QDE.replace('startPosition="65" endPosition="69"', 'startPosition="66" endPosition="65"')))).toMatch(/starts \(66\) after it ends \(65\)/);
    expect(await refusal(withQde(OTHER_PROGRAM_QDE.replace('startPosition="65"', 'startPosition="-1"')))).toMatch(/not a whole number/);
  });
  it('a coding of a code not in the codebook', async () => {
    expect(
      await refusal(withQde(OTHER_PROGRAM_QDE.replace('<CodeRef targetGUID="{C0000000-0000-0000-0000-000000000003}"/>', '<CodeRef targetGUID="{C0000000-0000-0000-0000-00000000000F}"/>'))),
    ).toMatch(/refers to code c0000000-0000-0000-0000-00000000000f, which is not in the codebook/);
  });
  it('a source file that is not UTF-8', async () => {
    expect(await refusal(otherProgramQdpx(OTHER_PROGRAM_QDE, { 'sources/interview.txt': new Uint8Array([0x41, 0xff, 0xfe, 0x42]) }))).toMatch(/sources\/interview\.txt is not UTF-8/);
  });
});
