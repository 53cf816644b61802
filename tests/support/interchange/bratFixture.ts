/**
 * A small library for the brat tests: Arabic and English articles with emoji before and between
 * spans, a span across a line break, nested, crossing and shared spans, claims with every field,
 * notes, a removed annotation, and hostile file names and tag labels.
 */
import type { AnnotationRecord, ClaimFields } from '../../../src/shared/annotation/annotation';
import { defaultTags, type TagDefinition } from '../../../src/shared/annotation/tagSet';
import { detectDirection } from '../../../src/shared/arabic/direction';
import { importedArticleRecord, type InterchangeArticle, type InterchangeData } from '../../../src/shared/interchange/interchange';
import { plainTextToNote } from '../../../src/shared/interchange/plainTextNote';
import { sha256Hex } from '../../../src/shared/text/hash';

export const HOSTILE_TAG: TagDefinition = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  labelEn: 'Evil | <b>tag</b>\t\u202Ename',
  labelAr: 'وسم | <ANY>',
  color: '#000000',
  order: 'b0',
  kind: 'entity',
  createdAt: 1,
  updatedAt: 1,
  author: 'test',
};
export const ARABIC_ONLY_TAG: TagDefinition = { ...HOSTILE_TAG, id: 'a1abc000-0000-4000-8000-000000000002', labelEn: '', labelAr: 'مصدر مجهول', color: 'red; x', order: 'b1' };
/** Same name as the Status attribute, and as Person but for case. */
export const STATUS_TAG: TagDefinition = { ...HOSTILE_TAG, id: 'status-tag', labelEn: 'Status', labelAr: 'حالة', color: '#00ff00', order: 'b2' };
export const PERSON_LOWER_TAG: TagDefinition = { ...HOSTILE_TAG, id: 'person-lower', labelEn: 'person', labelAr: 'فرد', color: '#123456', order: 'b3' };

/** Span of the n-th occurrence (0-based) of `part` in `text`, in UTF-16 units. */
export function spanOf(text: string, part: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(part, at + 1);
    if (at < 0) throw new Error(`${part} not in text`);
  }
  return { start: at, end: at + part.length };
}

function claim(fields: Partial<ClaimFields>): ClaimFields {
  return { claimantAnnotationId: null, claimantText: '', attribution: 'unattributed', status: 'unverified', confidence: null, ...fields };
}

async function article(
  text: string,
  fileName: string,
  annotations: (Omit<Partial<AnnotationRecord>, 'start' | 'end'> & { id: string; tagId: string; part: string; nth?: number })[],
): Promise<InterchangeArticle> {
  const id = await sha256Hex(text);
  const record = importedArticleRecord({ id, text, title: text.split('\n')[0]!.slice(0, 40), fileName, author: 'test', now: 1 }, detectDirection(text));
  return {
    article: record,
    text,
    note: null,
    annotations: annotations.map(({ part, nth, ...fields }) => {
      const { start, end } = spanOf(text, part, nth);
      return {
        articleId: id,
        start,
        end,
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(end, end + 32),
        note: null,
        claim: null,
        createdAt: 1,
        updatedAt: 1,
        author: 'test',
        ...fields,
      };
    }),
  };
}

export const ARABIC_TEXT = '📰 قال أحمد 😀 إن الحكومة ستبني 100 مدرسة\nوأضاف 😀 أن المشروع سيكتمل قريبًا.\n\n   \nنهاية الخبر 📰';
export const ENGLISH_TEXT = '😀A😀B 📰 Reuters said the talks failed.\tTabbed “quote” here.\u2028Next line.';

export async function bratFixture(): Promise<InterchangeData> {
  const arabic = await article(ARABIC_TEXT, 'خبر عاجل.txt', [
    { id: 'p-ahmad', tagId: 'person', part: 'أحمد', note: plainTextToNote('المتحدث الرسمي\nسطر ثان\tمع جدولة') },
    {
      id: 'c-main',
      tagId: 'claim',
      part: 'إن الحكومة ستبني 100 مدرسة\nوأضاف',
      claim: claim({ claimantAnnotationId: 'p-ahmad', attribution: 'said', status: 'supported', confidence: 75.5, claimantText: 'مراقبون\nغربيون' }),
    },
    {
      id: 'c-second',
      tagId: 'claim',
      part: 'أن المشروع سيكتمل قريبًا.',
      claim: claim({ claimantText: 'مصادر', status: 'disputed', attribution: 'according-to' }),
      note: plainTextToNote('ملاحظة <b>غير</b> آمنة'),
    },
    { id: 'c-bare', tagId: 'claim', part: 'نهاية', claim: claim({}) },
    { id: 'f-100', tagId: 'figure', part: '100' },
    { id: 'q-nested', tagId: 'quote', part: 'الحكومة ستبني' },
    { id: 'e-same', tagId: 'event', part: 'الحكومة ستبني' },
    { id: 'o-cross', tagId: 'organisation', part: 'ستبني 100 مدرسة\nوأضاف 😀 أن' },
    { id: 'h-hostile', tagId: HOSTILE_TAG.id, part: '😀', nth: 0 },
    { id: 'a-arabic-only', tagId: ARABIC_ONLY_TAG.id, part: 'الخبر 📰' },
    { id: 'blank', tagId: 'place', part: '\n\n   \n' },
    { id: 'gone', tagId: 'place', part: 'قال', deletedAt: 2, deletedBy: 'test' },
    { id: 'trailing-break', tagId: 'event', part: 'قريبًا.\n' },
  ]);
  const english = await article(ENGLISH_TEXT, '../../etc/passwd.txt', [
    { id: 'en-a', tagId: 'person', part: 'A' },
    { id: 'en-b', tagId: STATUS_TAG.id, part: 'B' },
    { id: 'en-reuters', tagId: 'organisation', part: 'Reuters' },
    { id: 'en-claim', tagId: 'claim', part: 'the talks failed.', claim: claim({ claimantAnnotationId: 'en-reuters', attribution: 'reported', status: 'false', confidence: 0 }) },
    { id: 'en-tab', tagId: 'quote', part: 'Tabbed “quote” here.\u2028Next' },
    { id: 'en-lower', tagId: PERSON_LOWER_TAG.id, part: 'here' },
  ]);
  const hostileNames = await Promise.all(
    ['CON.txt', '.hidden.txt', 'hidden_notes.txt', '\u202Eevil\u202C.txt', 'خبر عاجل.txt', 'a/b\\c:d*e?.txt'].map((name, i) => article(`Article ${i} text ${name}`, name, [])),
  );
  const removedTag: TagDefinition = { ...defaultTags(1, 'test')[2]!, id: 'removed-place', labelEn: 'Old place', deletedAt: 2, deletedBy: 'test' };
  return {
    exportedAt: 1,
    analystName: 'test',
    tags: [...defaultTags(1, 'test'), HOSTILE_TAG, ARABIC_ONLY_TAG, STATUS_TAG, PERSON_LOWER_TAG, removedTag],
    articles: [arabic, english, ...hostileNames],
  };
}
