/**
 * A small library as InterchangeData, built to break exporters that count offsets wrongly or
 * trust what analysts typed: emoji (📰, 😀, astral characters) before and between spans, Arabic,
 * a claim linked to its claimant, notes with markup, a `javascript:` link and a right-to-left
 * override, a tombstone that must not leave, and a tag with an Arabic label only; registry
 * entities (one with a Wikidata id, aliases and a note, one whose name starts like a formula, a
 * deleted one) that mentions link to, and links between claims of the two articles.
 */
import type { AnnotationRecord, ClaimFields } from '../../../src/shared/annotation/annotation';
import { quoteOf } from '../../../src/shared/annotation/snapSpan';
import { defaultTags, type TagDefinition } from '../../../src/shared/annotation/tagSet';
import type { ClaimLinkRecord } from '../../../src/shared/claims/claimLink';
import type { EntityRecord } from '../../../src/shared/entity/entity';
import type { InterchangeArticle, InterchangeData } from '../../../src/shared/interchange/interchange';
import { sha256Hex } from '../../../src/shared/text/hash';

export const ARABIC_TEXT = '📰 قال المتحدث باسم الوزارة 😀 إن المفاوضات انهارت.\nوأضاف مصدر مطلع أن 😀😀 الوفد غادر 𝐀 العاصمة.';
export const ENGLISH_TEXT = 'Breaking 😀 news:\nThe minister said 📰 talks collapsed, according to 😀 sources.\u202E';

/** A Lexical editor state with the given paragraphs of text nodes (and optionally a link). */
export function lexicalNote(paragraphs: (string | { link: string; text: string })[][]): string {
  const text = (t: string, format = 0) => ({ detail: 0, format, mode: 'normal', style: '', text: t, type: 'text', version: 1 });
  const inline = (part: string | { link: string; text: string }) =>
    typeof part === 'string' ? text(part) : { type: 'link', url: part.link, rel: null, target: null, title: null, children: [text(part.text)], direction: null, format: '', indent: 0, version: 1 };
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: paragraphs.map((p) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: p.map(inline) })),
    },
  });
}

export const HOSTILE_NOTE = lexicalNote([['<script>alert(1)</script> \u202Egnp.exe', { link: 'javascript:alert(2)', text: 'click' }, ' ', { link: 'https://example.org/?a=1&b=<2>', text: 'ok' }]]);
export const ARABIC_NOTE = lexicalNote([['هذا ادعاء يحتاج إلى تحقق'], ['<b>مصدر</b> 😀']]);

const claim = (fields: Partial<ClaimFields>): ClaimFields => ({ claimantAnnotationId: null, claimantText: '', attribution: 'unattributed', status: 'unverified', confidence: null, ...fields });

function span(text: string, articleId: string, id: string, tagId: string, words: string, extra: Partial<AnnotationRecord> = {}, occurrence = 0): AnnotationRecord {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`fixture: "${words}" is not in the text`);
  const end = start + words.length;
  return { id, articleId, tagId, start, end, ...quoteOf(text, { start, end }), note: null, claim: null, createdAt: 1_700_000_000_123, updatedAt: 1_700_000_100_456, author: 'ليلى', ...extra };
}

export const SPOKESMAN_ENTITY = 'a1b2c3d4-0000-4000-8000-00000000e001';
export const MINISTER_ENTITY = 'a1b2c3d4-0000-4000-8000-00000000e002';

const link = (id: string, fromId: string, toId: string, kind: ClaimLinkRecord['kind']): ClaimLinkRecord => ({
  id,
  fromId,
  toId,
  kind,
  createdAt: 1_700_000_100_000,
  updatedAt: 1_700_000_100_000,
  author: 'ليلى',
});

export async function interchangeFixture(): Promise<InterchangeData> {
  const arabicId = await sha256Hex(ARABIC_TEXT);
  const englishId = await sha256Hex(ENGLISH_TEXT);
  const tags: TagDefinition[] = [
    ...defaultTags(1_600_000_000_000, 'isnad'),
    {
      id: '3f0c2a52-0b8e-4b43-9d3e-7d6b1c7a1111',
      labelEn: '',
      labelAr: 'مصدر مجهول',
      color: '#117733',
      kind: 'entity',
      order: 'a8',
      createdAt: 1_650_000_000_000,
      updatedAt: 1_650_000_000_001,
      author: 'Sam',
    },
    { id: 'retired', labelEn: 'Retired', labelAr: 'متقاعد', color: '#999933', kind: 'entity', order: 'a9', createdAt: 1, updatedAt: 2, author: 'Sam', deletedAt: 2, deletedBy: 'Sam' },
  ];
  const person = '0b3c5a1e-7f61-4d2a-9a57-3c1b2d4e5f60';
  const entity = (id: string, name: string, fields: Partial<EntityRecord> = {}): EntityRecord => ({
    id,
    name,
    latinName: '',
    type: 'person',
    aliases: [],
    wikidataId: null,
    note: null,
    createdAt: 1_650_000_000_000,
    updatedAt: 1_650_000_000_500,
    author: 'ليلى',
    ...fields,
  });
  const entities = [
    entity(SPOKESMAN_ENTITY, 'المتحدث باسم الخارجية', {
      latinName: 'Foreign Ministry Spokesman',
      aliases: ['المتحدث باسم الوزارة', 'الناطق <b>الرسمي</b>'],
      wikidataId: 'Q7747',
      note: lexicalNote([['يُذكر باسمه أحياناً 😀']]),
    }),
    // A name that starts like a spreadsheet formula, and carries a right-to-left override.
    entity(MINISTER_ENTITY, '=cmd|" /C calc"!A0 \u202Eminister', { type: 'organisation' }),
    entity('retired-entity', 'كيان محذوف', { type: 'place', deletedAt: 1_650_000_000_900, deletedBy: 'Sam' }),
  ];
  const arabicAnnotations = [
    span(ARABIC_TEXT, arabicId, person, 'person', 'المتحدث باسم الوزارة', { entityId: SPOKESMAN_ENTITY }),
    span(ARABIC_TEXT, arabicId, '5d2e1c0b-8a9f-4e3d-b2c1-0f9e8d7c6b5a', 'claim', 'المفاوضات انهارت', {
      note: ARABIC_NOTE,
      claim: claim({ claimantAnnotationId: person, attribution: 'said', status: 'disputed', confidence: 72.5 }),
    }),
    span(ARABIC_TEXT, arabicId, '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', '3f0c2a52-0b8e-4b43-9d3e-7d6b1c7a1111', 'مصدر مطلع'),
    // After two emoji: a UTF-16 count would place it two characters late.
    span(ARABIC_TEXT, arabicId, 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', 'event', 'الوفد غادر 𝐀 العاصمة', {
      claim: claim({ claimantText: 'مصادر غربية', attribution: 'reported', status: 'unverifiable' }),
    }),
    // The emoji itself, tagged.
    span(ARABIC_TEXT, arabicId, 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9', 'figure', '😀😀'),
    // A tombstone: only the bundle carries deletions.
    span(ARABIC_TEXT, arabicId, 'deadbeef-0000-4000-8000-000000000000', 'place', 'العاصمة', { deletedAt: 1_700_000_200_000, deletedBy: 'Sam' }),
  ];
  const englishAnnotations = [
    span(ENGLISH_TEXT, englishId, 'f0e1d2c3-b4a5-4968-8776-655443322110', 'person', 'minister', { entityId: MINISTER_ENTITY }),
    span(ENGLISH_TEXT, englishId, '11111111-2222-4333-8444-555555555555', 'claim', 'talks collapsed', { note: HOSTILE_NOTE, claim: claim({ claimantText: 'officials <b>', confidence: 0 }) }),
    span(ENGLISH_TEXT, englishId, '22222222-3333-4444-8555-666666666666', 'quote', 'sources.\u202E'),
  ];
  const article = (
    id: string,
    text: string,
    title: string,
    fileName: string,
    annotations: AnnotationRecord[],
    note: InterchangeArticle['note'],
    directionOverride: 'rtl' | null = null,
  ): InterchangeArticle => ({
    article: {
      id,
      title,
      fileName,
      sourceKey: `folder/${fileName}`,
      encoding: 'utf-8',
      length: text.length,
      detectedDirection: text === ARABIC_TEXT ? 'rtl' : 'ltr',
      directionOverride,
      previousVersionId: null,
      importedAt: 1_690_000_000_000,
      createdAt: 1_690_000_000_000,
      updatedAt: 1_690_000_000_500,
      author: 'ليلى',
    },
    text,
    annotations,
    note,
  });
  return {
    exportedAt: 1_700_000_999_000,
    analystName: 'ليلى',
    tags,
    entities,
    claimLinks: [
      link('link-1', '5d2e1c0b-8a9f-4e3d-b2c1-0f9e8d7c6b5a', '11111111-2222-4333-8444-555555555555', 'contradicts'),
      { ...link('link-2', 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', '5d2e1c0b-8a9f-4e3d-b2c1-0f9e8d7c6b5a', 'supports'), deletedAt: 1_700_000_300_000, deletedBy: 'Sam' },
    ],
    articles: [
      article(arabicId, ARABIC_TEXT, 'انهيار المفاوضات 📰', 'مقال.txt', arabicAnnotations, {
        articleId: arabicId,
        note: lexicalNote([['ملاحظة على المقال كله']]),
        createdAt: 1_690_000_000_700,
        updatedAt: 1_690_000_000_800,
        author: 'ليلى',
      }),
      // A hostile title and file name, and a direction the analyst chose.
      article(englishId, ENGLISH_TEXT, '<img src=x onerror=alert(1)> Talks', 'news <1>.txt', englishAnnotations, null, 'rtl'),
    ],
  };
}

/** A corpus of `count` annotations on one article, for paging: one tag per word of a long text with emoji. */
export async function manyAnnotations(count: number): Promise<InterchangeData> {
  const words = Array.from({ length: count }, (_, i) => (i % 7 === 0 ? `😀كلمة${i}` : `كلمة${i}`));
  const text = words.join(' ');
  const id = await sha256Hex(text);
  let at = 0;
  const annotations = words.map((w, i) => {
    const start = text.indexOf(w, at);
    at = start + w.length;
    const end = at;
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      articleId: id,
      tagId: 'place',
      start,
      end,
      ...quoteOf(text, { start, end }),
      note: null,
      claim: null,
      createdAt: 1,
      updatedAt: 2,
      author: 'a',
    };
  });
  const tags = defaultTags(0, 'isnad');
  return {
    exportedAt: 5,
    analystName: 'a',
    tags,
    articles: [
      {
        article: {
          id,
          title: 'Long',
          fileName: 'long.txt',
          sourceKey: 'long.txt',
          encoding: 'utf-8',
          length: text.length,
          detectedDirection: 'rtl',
          directionOverride: null,
          previousVersionId: null,
          importedAt: 1,
          createdAt: 1,
          updatedAt: 1,
          author: 'a',
        },
        text,
        annotations,
        note: null,
      },
    ],
  };
}
