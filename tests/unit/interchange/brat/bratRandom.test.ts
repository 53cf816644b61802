/**
 * Many generated articles (Arabic, Latin, emoji, every character brat ends a line at, tabs,
 * bidi marks, brat's own separators) with spans anywhere between characters: brat loads the
 * export without a word, its offsets hold, and the import gives the spans back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../../src/shared/annotation/annotation';
import { defaultTags } from '../../../../src/shared/annotation/tagSet';
import { exportBrat } from '../../../../src/shared/interchange/brat/exportBrat';
import { importBrat } from '../../../../src/shared/interchange/brat/importBrat';
import { importedArticleRecord, type InterchangeData } from '../../../../src/shared/interchange/interchange';
import { plainTextToNote } from '../../../../src/shared/interchange/plainTextNote';
import { sha256Hex } from '../../../../src/shared/text/hash';
import { HOSTILE_TAG } from '../../../support/interchange/bratFixture';
import { bratSourceOrWarn, documentsComplainedOf, readBackWithBrat, readBackWithStandoff } from '../../../support/interchange/bratReadBack';
import { readBratStandoff, textAtFragments } from '../../../support/interchange/bratStandoff';

/** mulberry32: a small seeded generator, so a failure can be run again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [
  ...'قال الوزير أحمد إن ٢٠٢٤ عامٌ',
  ...'Reuters said 42',
  '📰',
  '😀',
  '👍🏽',
  '\n',
  '\n',
  '\t',
  '\u2028',
  '\u2029',
  '\u0085',
  '\v',
  '\f',
  '\u001c',
  '\u200f',
  '\u202e',
  '|',
  ';',
  '#',
  '<',
  '>',
  ' ',
  ' ',
];
/* eslint-disable no-control-regex -- what brat's Python ends a line at, and its whitespace */
const LINE_BREAK = /[\n\v\f\u001c\u001d\u001e\u0085\u2028\u2029]/u;
const PYTHON_SPACE = /[\s\u001c-\u001f\u0085]/u;
const TRAILING_BLANK = /[\s\u001c-\u001f\u0085]+$/u;
/* eslint-enable no-control-regex */

/** The UTF-16 offset of a code-point offset: what a writer that counts JavaScript string units would put in the file. */
const utf16Offset = (text: string, codePoint: number) => [...text].slice(0, codePoint).join('').length;

async function generated(seed: number, articles: number): Promise<InterchangeData> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const tags = [...defaultTags(1, 'test'), HOSTILE_TAG];
  const result: InterchangeData = { exportedAt: 1, analystName: 'test', tags, articles: [] };
  for (let n = 0; n < articles; n++) {
    const characters = Array.from({ length: 40 + Math.floor(next() * 200) }, () => pick(ALPHABET));
    const text = characters.join('');
    const id = await sha256Hex(text);
    // Spans between characters (never inside an emoji's surrogate pair), as the reader makes them.
    const boundaries = [0];
    for (const c of characters) boundaries.push(boundaries.at(-1)! + c.length);
    const annotations: AnnotationRecord[] = [];
    for (let k = 0; k < 12; k++) {
      const a = pick(boundaries);
      const b = pick(boundaries);
      if (a === b) continue;
      const [start, end] = [Math.min(a, b), Math.max(a, b)];
      const tag = pick(tags);
      annotations.push({
        id: `${n}-${k}`,
        articleId: id,
        tagId: tag.id,
        start,
        end,
        exact: text.slice(start, end),
        prefix: '',
        suffix: '',
        note: next() < 0.3 ? plainTextToNote(characters.slice(0, 20).join('')) : null,
        claim:
          tag.kind === 'claim'
            ? {
                claimantAnnotationId: annotations.length > 0 ? pick(annotations).id : null,
                claimantText: pick(ALPHABET),
                attribution: 'reported',
                status: 'disputed',
                confidence: Math.round(next() * 1000) / 10,
              }
            : null,
        createdAt: 1,
        updatedAt: 1,
        author: 'test',
      });
    }
    result.articles.push({
      article: importedArticleRecord({ id, text, title: `generated ${n}`, fileName: `${pick(ALPHABET)}${n}.txt`, author: 'test', now: 1 }, 'rtl'),
      text,
      annotations,
      note: null,
    });
  }
  return result;
}

/**
 * The part of a span brat can hold, null when nothing is left: not the text's trailing
 * whitespace, no whitespace before its first word (brat's client cannot draw a fragment that
 * starts there), and after its last word nothing from the first line break on.
 */
function bratSpan(text: string, annotation: AnnotationRecord): { start: number; end: number } | null {
  let { start } = annotation;
  let end = Math.min(annotation.end, text.replace(TRAILING_BLANK, '').length);
  while (start < end && PYTHON_SPACE.test(text[start]!)) start++;
  let lastWord = end;
  while (lastWord > start && PYTHON_SPACE.test(text[lastWord - 1]!)) lastWord--;
  const lineBreak = text.slice(lastWord, end).search(LINE_BREAK);
  if (lineBreak >= 0) end = lastWord + lineBreak;
  return start < end ? { start, end } : null;
}

describe('brat with generated articles', () => {
  let data: InterchangeData;
  beforeAll(async () => {
    // BRAT_SEED and BRAT_ARTICLES run other or more articles by hand (five seeds of 150 passed when this was written).
    data = await generated(Number(process.env.BRAT_SEED ?? 20260315), Number(process.env.BRAT_ARTICLES ?? 40));
  });

  const bratSource = bratSourceOrWarn();
  const expectedSpans = () => data.articles.reduce((n, a) => n + a.annotations.filter((x) => bratSpan(a.text, x)).length, 0);

  it.skipIf(!bratSource)('loads in brat without a message, every T line on the text at its code-point offsets', () => {
    const back = readBackWithBrat(exportBrat(data), bratSource!);
    expect(back.complaints).toEqual([]);
    expect(back.documents.reduce((n, d) => n + d.entities.length, 0)).toBe(expectedSpans());
  });

  it('reads back in the strict TypeScript reader without a complaint, every T line on the text at its code-point offsets', () => {
    const read = readBratStandoff(exportBrat(data));
    expect(read.complaints).toEqual([]);
    expect(read.documents).toHaveLength(data.articles.length);
    for (const doc of read.documents) for (const t of doc.textBounds) expect(textAtFragments(doc.text, t.fragments), `${doc.name} ${t.id}`).toBe(t.text);
    expect(read.documents.reduce((n, d) => n + d.textBounds.length, 0)).toBe(expectedSpans());
  });

  // Calibration: the two readers must agree, on the export and on a copy with faults in some documents.
  it.skipIf(!bratSource)(
    'is judged the same by brat and the TypeScript reader, document by document',
    () => {
      const files = exportBrat(data);
      expect(readBackWithBrat(files, bratSource!).complaints).toEqual([]);
      expect(readBackWithStandoff(files).complaints).toEqual([]);
      const broken = files.map((file, i) => {
        if (!file.path.endsWith('.ann') || i % 3 === 0) return file;
        const text = files.find((f) => f.path === file.path.replace(/\.ann$/, '.txt'))!.content as string;
        // UTF-16 offsets, the fault issue 12 is about, in every third document; a lost final line break in the next.
        if (i % 3 === 1)
          return {
            ...file,
            content: (file.content as string).replace(
              /^(T\d+\t\S+ )(\S.*?)\t/gmu,
              (_, head: string, spans: string) => `${head}${spans.replace(/\d+/g, (n) => String(utf16Offset(text, Number(n))))}\t`,
            ),
          };
        return { ...file, content: (file.content as string).replace(/\n$/, '') };
      });
      const names = broken.filter((f) => f.path.endsWith('.txt')).map((f) => f.path.slice(0, -4));
      const faulty = (complaints: string[]) => documentsComplainedOf(complaints, names);
      const byBrat = faulty(readBackWithBrat(broken, bratSource!).complaints);
      expect(byBrat.length).toBeGreaterThan(data.articles.length / 3);
      expect(faulty(readBackWithStandoff(broken).complaints)).toEqual(byBrat);
    },
    30_000,
  );

  it('comes back from an import with every span brat can hold, on the same text', async () => {
    const files = exportBrat(data);
    const imported = await importBrat(
      files.map((f) => ({ path: f.path, bytes: new TextEncoder().encode(f.content as string) })),
      { author: 'x', now: 2 },
    );
    const copies = new Map(imported.articles.flatMap((a) => a.annotations).map((a) => [a.id, a]));
    for (const article of data.articles) {
      for (const annotation of article.annotations) {
        const span = bratSpan(article.text, annotation);
        const copy = copies.get(annotation.id);
        if (!span) {
          expect(copy).toBeUndefined();
          continue;
        }
        expect({ start: copy!.start, end: copy!.end, exact: copy!.exact }).toEqual({ ...span, exact: article.text.slice(span.start, span.end) });
        expect(copy!.claim?.confidence ?? null).toBe(annotation.claim?.confidence ?? null);
      }
    }
  });
});
