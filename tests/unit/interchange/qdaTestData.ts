/**
 * A small library for the REFI-QDA, CSV and JSONL tests: Arabic with emoji before and between
 * spans, a claim whose claimant is another span, notes with Arabic and line breaks, markup and
 * control characters in titles and notes, cells that a spreadsheet would run as formulas, a
 * removed tag still in use and a deleted annotation that must not be exported.
 */
import { defaultClaimFields, type AnnotationRecord } from '../../../src/shared/annotation/annotation';
import { defaultTags } from '../../../src/shared/annotation/tagSet';
import type { InterchangeData } from '../../../src/shared/interchange/interchange';
import { plainTextToNote } from '../../../src/shared/interchange/plainTextNote';
import type { ArticleRecord } from '../../../src/shared/model';
import { sha256Hex } from '../../../src/shared/text/hash';

export const ARABIC_TEXT = '📰 قال الرئيس عبد الله 😀 إن الاتفاق سيُوقَّع غداً في الدوحة 😀😀.\nوأضاف مصدر مطّلع أن 📰 الوفد وصل إلى القاهرة.';
export const ENGLISH_TEXT = 'Reuters 📰 reported =SUM(A1) and -5 casualties near Gaza, "officials" said.\n@handle wrote: +1';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function span(text: string, quote: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture: ${quote} not in text`);
  return { start, end: start + quote.length };
}

function annotation(id: number, articleId: string, text: string, tagId: string, quote: string, fields: Partial<AnnotationRecord> = {}): AnnotationRecord {
  const { start, end } = span(text, quote);
  return {
    id: uuid(id),
    articleId,
    tagId,
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    note: null,
    claim: null,
    createdAt: Date.UTC(2025, 0, 2, 3, 4, 5),
    updatedAt: Date.UTC(2025, 0, 3),
    author: 'Huda',
    ...fields,
  };
}

function article(id: string, title: string, text: string): ArticleRecord {
  return {
    id,
    title,
    fileName: `${title}.txt`,
    sourceKey: `file:${title}`,
    encoding: 'utf-8',
    length: text.length,
    detectedDirection: 'rtl',
    directionOverride: null,
    previousVersionId: null,
    importedAt: 1,
    createdAt: Date.UTC(2025, 0, 1),
    updatedAt: Date.UTC(2025, 0, 1),
    author: 'Huda',
  };
}

export async function qdaTestData(): Promise<InterchangeData> {
  const arId = await sha256Hex(ARABIC_TEXT);
  const enId = await sha256Hex(ENGLISH_TEXT);
  const tags = defaultTags(Date.UTC(2025, 0, 1), 'Huda');
  // A removed tag one annotation still uses: exported; a removed tag nobody uses: not.
  tags.push({ id: 'rumour', labelEn: 'Rumour', labelAr: 'شائعة', color: '#aa4499', order: 'a9', kind: 'entity', createdAt: 1, updatedAt: 2, author: 'Huda', deletedAt: 2, deletedBy: 'Huda' });
  tags.push({ id: 'unused-gone', labelEn: 'Gone', labelAr: '', color: '#000000', order: 'b0', kind: 'entity', createdAt: 1, updatedAt: 2, author: 'Huda', deletedAt: 2, deletedBy: 'Huda' });

  const person = annotation(1, arId, ARABIC_TEXT, 'person', 'الرئيس عبد الله', { note: plainTextToNote('ملاحظة أولى\nسطر ثانٍ «مهم» & <b>') });
  const claim = annotation(2, arId, ARABIC_TEXT, 'claim', 'الاتفاق سيُوقَّع غداً', {
    claim: { ...defaultClaimFields(), claimantAnnotationId: person.id, claimantText: 'الرئاسة', attribution: 'said', status: 'disputed', confidence: 70 },
    author: 'Sami',
  });
  const place = annotation(3, arId, ARABIC_TEXT, 'place', 'الدوحة');
  const place2 = annotation(4, arId, ARABIC_TEXT, 'place', 'القاهرة', { tagId: 'rumour' });
  const deleted = annotation(5, arId, ARABIC_TEXT, 'event', 'الوفد', { deletedAt: 9, deletedBy: 'Huda' });

  const formula = annotation(6, enId, ENGLISH_TEXT, 'quote', '=SUM(A1)', { note: plainTextToNote('=HYPERLINK("http://x")\nline two, with comma') });
  const minus = annotation(7, enId, ENGLISH_TEXT, 'figure', '-5 casualties');
  const at = annotation(8, enId, ENGLISH_TEXT, 'person', '@handle');
  const plus = annotation(9, enId, ENGLISH_TEXT, 'figure', '+1');
  const officials = annotation(10, enId, ENGLISH_TEXT, 'claim', '"officials" said', {
    claim: { ...defaultClaimFields(), claimantText: 'Western\nobservers', confidence: null, status: 'unverified', attribution: 'according-to' },
  });
  const reuters = annotation(11, enId, ENGLISH_TEXT, 'organisation', 'Reuters 📰');

  return {
    exportedAt: Date.UTC(2025, 5, 1, 12, 0, 0),
    analystName: 'Huda <analyst> & "co"',
    tags,
    articles: [
      {
        article: article(arId, 'خبر ‮الدوحة‬ 📰', ARABIC_TEXT),
        text: ARABIC_TEXT,
        annotations: [claim, person, place, place2, deleted],
        note: { articleId: arId, note: plainTextToNote('ملاحظة على المقال\nمع سطرين')!, createdAt: 5, updatedAt: 6, author: 'Huda' },
      },
      {
        article: article(enId, 'Title with <markup> & "quotes" \u0001control\ttab', ENGLISH_TEXT),
        text: ENGLISH_TEXT,
        annotations: [formula, minus, at, plus, officials, reuters],
        note: null,
      },
    ],
  };
}
