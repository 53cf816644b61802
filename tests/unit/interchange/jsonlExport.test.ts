import { describe, expect, it } from 'vitest';
import { compareReadingOrder } from '../../../src/shared/annotation/annotation';
import { liveAnnotations } from '../../../src/shared/interchange/interchange';
import { exportJsonl } from '../../../src/shared/interchange/jsonl/exportJsonl';
import { jsonlQuoteMismatches, pythonJsonlSpans, readJsonl } from '../../support/interchange/jsonlReading';
import { qdaTestData } from './qdaTestData';

async function exported() {
  const data = await qdaTestData();
  const files = exportJsonl(data);
  expect(files).toHaveLength(1);
  const content = files[0]!.content as string;
  const quotes = new Map(
    data.articles.map((a) => [
      a.article.id,
      liveAnnotations(a)
        .sort(compareReadingOrder)
        .map((x) => x.exact),
    ]),
  );
  return { data, file: files[0]!, content, quotes };
}

describe('exportJsonl', () => {
  it('writes one line per article in doccano’s form, labels at code-point offsets whose text is the quote (JSON.parse)', async () => {
    const { data, file, content, quotes } = await exported();
    expect(file.path).toBe('isnad-2025-06-01.jsonl');
    const records = readJsonl(content);
    expect(records.map((r) => r.id)).toEqual(data.articles.map((a) => a.article.id));
    expect(records.map((r) => r.text)).toEqual(data.articles.map((a) => a.text));
    expect(jsonlQuoteMismatches(records, quotes)).toEqual([]);
    // Offsets as Python's str.index gives them (counted by hand once); in UTF-16 each is one unit further per emoji before it (7, 29, 54, 104).
    expect(records[0]!.label).toEqual([
      [6, 21, 'Person'],
      [27, 48, 'Claim'],
      [52, 58, 'Place'],
      [99, 106, 'Rumour'],
    ]);
    expect(data.articles[0]!.annotations.map((a) => a.start).slice(0, 4)).toEqual([29, 7, 54, 104]);
    expect(Object.keys(JSON.parse(content.split('\n')[0]!) as object)).toEqual(['id', 'text', 'label']);
  });

  it('reads the same in Python 3: text[start:end] is the quote for every label (what spaCy’s char_span relies on)', async () => {
    const { content, quotes } = await exported();
    const python = pythonJsonlSpans(content);
    expect(python.map((r) => [r.id, r.spans.map((s) => s[3])])).toEqual([...quotes]);
    expect(python[1]!.spans.map((s) => s[2])).toEqual(['Organisation', 'Quote', 'Figure', 'Claim', 'Person', 'Figure']);
  });

  it('keeps one article per line whatever the text holds (U+2028, U+0085, CR, quotes), still parsed by Python', async () => {
    const data = await qdaTestData();
    data.articles[1]!.text = `${data.articles[1]!.text}\u2028next\u0085line\u2029"end"\r`;
    const content = exportJsonl(data)[0]!.content as string;
    expect(content.split('\n')).toHaveLength(3);
    expect(content).not.toMatch(/[\u2028\u2029\u0085\r]/);
    expect(readJsonl(content)[1]!.text).toBe(data.articles[1]!.text);
    expect(pythonJsonlSpans(content)).toHaveLength(2);
  });
});
