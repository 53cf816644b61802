/**
 * A report input from the real sample articles, with annotations at known words that nest,
 * overlap, cross a line break and sit at a paragraph's edges, notes with markup, and hostile text
 * where an analyst or a file could put it. Shared by the report builders' unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultClaimFields, type AnnotationRecord } from '../../src/shared/annotation/annotation';
import { quoteOf } from '../../src/shared/annotation/snapSpan';
import { defaultTags, type TagDefinition } from '../../src/shared/annotation/tagSet';
import { normalizeArticleText } from '../../src/shared/text/normalizeText';
import { REPORT_FONT_FACES } from '../../src/shared/report/reportFonts';
import type { ReportFont, ReportInput } from '../../src/shared/report/reportInput';

export const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const CORPUS = join(__dirname, '../../resources/corpus');

export function sampleArticles(): { id: string; title: string; fileName: string; text: string }[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((fileName, i) => {
      const text = normalizeArticleText(readFileSync(join(CORPUS, fileName), 'utf8'));
      return { id: `article-${i}`, title: text.split('\n')[0]!, fileName, text };
    });
}

/** A Lexical note: bold, italic, a list, a safe link, a javascript: link and markup as text. */
export function richNoteJson(words = 'ملاحظة المحلل'): string {
  const text = (t: string, format = 0) => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 });
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [
        { type: 'paragraph', children: [text(words + ' '), text('مهم', 1), text(' و '), text('مائل', 2), text(` ${HOSTILE}`)] },
        {
          type: 'list',
          listType: 'bullet',
          children: [
            { type: 'listitem', children: [text('البند الأول')] },
            { type: 'listitem', children: [text('second item')] },
          ],
        },
        {
          type: 'paragraph',
          children: [{ type: 'link', url: 'https://example.org/source?a=1&b=2', children: [text('المصدر')] }, text(' '), { type: 'link', url: 'javascript:alert(3)', children: [text('bad link')] }],
        },
      ],
    },
  });
}

let n = 0;
function annotate(articleId: string, text: string, tagId: string, word: string, from = 0, fields: Partial<AnnotationRecord> = {}): AnnotationRecord {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`"${word}" is not in ${articleId}`);
  const span = { start, end: start + word.length };
  n++;
  return { id: `ann-${String(n).padStart(4, '0')}`, articleId, tagId, ...span, ...quoteOf(text, span), note: null, claim: null, createdAt: n, updatedAt: n, author: 'test', ...fields };
}

export interface ReportFixture {
  input: ReportInput;
  /** The annotations of article 1 (the second sample) by role. */
  roles: Record<'putin' | 'xi' | 'beijing' | 'nestedOuter' | 'overlapA' | 'overlapB' | 'acrossLine' | 'lineStart' | 'lineEnd' | 'claim' | 'freeClaim', AnnotationRecord>;
}

export function reportFixture(language: 'en' | 'ar' = 'en', fonts: ReportFont[] = []): ReportFixture {
  const articles = sampleArticles();
  const a = articles[1]!; // بوتين و شي جينغ بين يعلنان …
  const text = a.text;
  const line2 = text.indexOf('\n') + 1;
  const lineEndWord = text.slice(0, text.indexOf('\n')).split(' ').pop()!; // the title's last word
  // Registry entities (issue 13): Putin and Russia are linked; Xi and the rest are not.
  const putin = annotate(a.id, text, 'person', 'فلاديمير بوتين', 0, { entityId: 'entity-putin' });
  const xi = annotate(a.id, text, 'person', 'شي جين بينغ');
  const nestedOuter = annotate(a.id, text, 'quote', 'شي جين بينغ في بكين في أول رحلة');
  const beijing = annotate(a.id, text, 'place', 'بكين', nestedOuter.start);
  const overlapA = annotate(a.id, text, 'event', 'أول رحلة خارجية له');
  const overlapB = annotate(a.id, text, 'datetime', 'خارجية له منذ تنصيبه');
  const acrossLine = annotate(a.id, text, 'quote', `${lineEndWord}\n${text.slice(line2, text.indexOf(' ', line2))}`);
  const lineStart = annotate(a.id, text, 'organisation', 'المستقلة');
  const lineEnd = annotate(a.id, text, 'place', 'لروسيا', 0, { entityId: 'entity-russia' });
  const claim = annotate(a.id, text, 'claim', 'أن العلاقة الدافئة بين البلدين قوية', 0, {
    note: richNoteJson(),
    claim: { ...defaultClaimFields(), claimantAnnotationId: putin.id, attribution: 'said', status: 'disputed', confidence: 75 },
  });
  const freeClaim = annotate(a.id, text, 'claim', 'أفضل صديق له', 0, { claim: { ...defaultClaimFields(), claimantText: `مراقبون ${HOSTILE}`, status: 'supported' } });
  const annotations1 = [putin, xi, nestedOuter, beijing, overlapA, overlapB, acrossLine, lineStart, lineEnd, claim, freeClaim];

  const b = articles[0]!;
  const annotations0 = [
    annotate(b.id, b.text, 'place', 'روسيا', 0, { entityId: 'entity-russia' }),
    annotate(b.id, b.text, 'place', 'روسيا', b.text.indexOf('روسيا') + 5, { entityId: 'entity-russia' }),
  ];

  const tags: TagDefinition[] = defaultTags().map((t) => (t.id === 'event' ? { ...t, labelEn: `Event ${HOSTILE}` } : t));
  return {
    input: {
      title: '',
      generatedAt: Date.UTC(2026, 10, 23, 9, 30),
      timeZone: 'UTC',
      analystName: 'Rana & <b>Omar</b>',
      language,
      scope: 'selection',
      filters: { tagIds: [], claimStatus: 'all' },
      tags,
      articles: [
        { article: { id: b.id, title: b.title, fileName: b.fileName }, text: b.text, annotations: annotations0, articleNote: null },
        { article: { id: a.id, title: `${a.title} ${HOSTILE}`, fileName: `${HOSTILE}.txt` }, text, annotations: annotations1, articleNote: richNoteJson('ملاحظة على المقالة') },
      ],
      entities: [
        { id: 'entity-putin', name: 'فلاديمير بوتين', latinName: 'Vladimir Putin', type: 'person', aliases: ['بوتين', `بوتين ${HOSTILE}`], wikidataId: 'Q7747' },
        { id: 'entity-russia', name: 'روسيا', latinName: '', type: 'place', aliases: ['لروسيا'], wikidataId: 'javascript:alert(1)' },
      ],
      fonts,
    },
    roles: { putin, xi, beijing, nestedOuter, overlapA, overlapB, acrossLine, lineStart, lineEnd, claim, freeClaim },
  };
}

/** The report fonts as the app embeds them, read from the font package. */
export function reportFontsFromPackage(): ReportFont[] {
  const dir = join(__dirname, '../../resources/fonts');
  return REPORT_FONT_FACES.map((face) => ({ family: 'Noto Naskh Arabic', weight: face.weight, unicodeRange: face.unicodeRange, woff2Base64: readFileSync(join(dir, face.file)).toString('base64') }));
}
