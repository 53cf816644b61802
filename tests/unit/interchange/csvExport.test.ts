import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/shared/interchange/csv/exportCsv';
import { liveAnnotations } from '../../../src/shared/interchange/interchange';
import { csvQuoteMismatches, readCsv } from '../../support/interchange/csvReading';
import { qdaTestData } from './qdaTestData';

async function exported() {
  const data = await qdaTestData();
  const files = exportCsv(data);
  expect(files).toHaveLength(1);
  const content = files[0]!.content as string;
  return { data, file: files[0]!, content, rows: readCsv(content) };
}

describe('exportCsv', () => {
  it('writes one UTF-8 CSV with a BOM, CRLF record ends and one row per live annotation', async () => {
    const { data, file, content, rows } = await exported();
    expect(file.path).toBe('isnad-annotations-2025-06-01.csv');
    expect(content.startsWith('\uFEFFarticle,article_id,annotation_id,tag,start,end,text,claimant,attribution,status,confidence,entity,note\r\n')).toBe(true);
    expect(content.endsWith('\r\n')).toBe(true);
    expect(rows).toHaveLength(data.articles.flatMap(liveAnnotations).length);
    expect(rows.some((r) => r.text === 'الوفد')).toBe(false); // deleted
  });

  it('puts every row at code-point offsets whose text is the span (emoji before and between spans, Arabic)', async () => {
    const { data, rows } = await exported();
    expect(csvQuoteMismatches(rows, new Map(data.articles.map((a) => [a.article.id, a.text])))).toEqual([]);
    const doha = rows.find((r) => r.text === 'الدوحة')!;
    const utf16 = data.articles[0]!.text.indexOf('الدوحة');
    expect(Number(doha.start)).toBe(utf16 - 2); // two emoji before it
  });

  it('the check fails when an offset is off by one (so it can fail)', async () => {
    const { data, rows } = await exported();
    const shifted = rows.map((r, i) => (i === 0 ? { ...r, start: String(Number(r.start) + 1), end: String(Number(r.end) + 1) } : r));
    expect(csvQuoteMismatches(shifted, new Map(data.articles.map((a) => [a.article.id, a.text])))).toHaveLength(1);
  });

  it('neutralises cells that a spreadsheet would run as formulas (=, +, -, @, tab, CR) with a leading quote', async () => {
    const { content, rows } = await exported();
    const texts = rows.map((r) => r.text);
    expect(texts).toContain("'=SUM(A1)");
    expect(texts).toContain("'-5 casualties");
    expect(texts).toContain("'@handle");
    expect(texts).toContain("'+1");
    const formula = rows.find((r) => r.text === "'=SUM(A1)")!;
    expect(formula.note).toBe('\'=HYPERLINK("http://x")\nline two, with comma');
    // In the file itself no cell starts with a formula character, quoted or not.
    for (const line of content.split('\r\n')) expect(line).not.toMatch(/(^|,)"?[=+\-@\t\r]/);
  });

  it('keeps the claim fields, Arabic, line breaks and quotes, and names the tags', async () => {
    const { rows } = await exported();
    const claim = rows.find((r) => r.text === 'الاتفاق سيُوقَّع غداً')!;
    expect(claim).toMatchObject({ tag: 'Claim', claimant: 'الرئيس عبد الله', attribution: 'said', status: 'disputed', confidence: '70', entity: '' });
    const officials = rows.find((r) => r.tag === 'Claim' && r.text?.includes('officials'))!;
    expect(officials).toMatchObject({ text: '"officials" said', claimant: 'Western\nobservers', attribution: 'according-to', status: 'unverified', confidence: '' });
    const person = rows.find((r) => r.text === 'الرئيس عبد الله')!;
    expect(person).toMatchObject({ tag: 'Person', article: 'خبر ‮الدوحة‬ 📰', note: 'ملاحظة أولى\nسطر ثانٍ «مهم» & <b>', claimant: '', status: '' });
    expect(rows.find((r) => r.text === 'القاهرة')!.tag).toBe('Rumour');
    expect(rows.find((r) => r.tag === 'Organisation')!.article).toBe('Title with <markup> & "quotes" \u0001control\ttab');
  });

  it('names the registry entity a span is linked to, neutralised like every cell, and no deleted entity', async () => {
    const data = await qdaTestData();
    const stamp = { latinName: '', type: 'person' as const, aliases: [], wikidataId: null, note: null, createdAt: 1, updatedAt: 1, author: 'a' };
    data.entities = [
      { id: 'e1', name: '=HYPERLINK("http://x") عبد الله', ...stamp },
      { id: 'e2', name: 'القاهرة', ...stamp, type: 'place', deletedAt: 2, deletedBy: 'a' },
    ];
    const [ar] = data.articles;
    ar!.annotations = ar!.annotations.map((a) => (a.exact === 'الرئيس عبد الله' ? { ...a, entityId: 'e1' } : a.exact === 'القاهرة' ? { ...a, entityId: 'e2' } : a));
    const rows = readCsv(exportCsv(data)[0]!.content);
    expect(rows.find((r) => r.text === 'الرئيس عبد الله')!.entity).toBe('\'=HYPERLINK("http://x") عبد الله');
    expect(rows.find((r) => r.text === 'القاهرة')!.entity).toBe('');
    expect(rows.filter((r) => r.entity !== '')).toHaveLength(1);
  });
});
