/** Every message with a count reads correctly for every count, in English and in Arabic's six plural forms. */
import { describe, expect, it } from 'vitest';
import { ar, en, type MessageKey } from '../../../src/shared/i18n/messages';
import { translate } from '../../../src/shared/i18n/translate';
import { icuArguments } from './icuArguments';

const COUNTS = [0, 1, 2, 3, 11, 100] as const;
const ARABIC_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const catalogue = { en, ar } as const;
const keys = Object.keys(en) as MessageKey[];
const pluralKeys = keys.filter((key) => icuArguments(en[key], 'en').plurals.length > 0 || icuArguments(ar[key], 'ar').plurals.length > 0);

/** The message with every numeric argument set to `n` and every text argument to «X». */
function render(language: 'en' | 'ar', key: MessageKey, n: number): string {
  const { args } = icuArguments(catalogue[language][key], language);
  return translate(language, key, Object.fromEntries([...args].map(([name, kind]) => [name, kind === 'text' ? 'X' : n])));
}

describe('plural messages', () => {
  it('finds the counted messages: library, import, export, ticks, tags, panel, report', () => {
    expect(pluralKeys).toEqual(
      expect.arrayContaining([
        'library.count',
        'library.length',
        'library.annotations',
        'import.progress',
        'import.cancelled',
        'import.summary',
        'export.scopeSelection',
        'export.scopeCorpus',
        'export.progress',
        'library.ticked',
        'tags.inUse',
        'annotate.panelCount',
        'report.scopeCount',
      ]),
    );
  });

  it('gives a number with a noun all six Arabic forms, and English its one and other', () => {
    for (const key of pluralKeys) {
      for (const plural of icuArguments(ar[key], 'ar').plurals) if (plural.printsNumber) expect(plural.selectors, `ar ${key} ${plural.argument}`).toEqual(expect.arrayContaining(ARABIC_FORMS));
      for (const plural of icuArguments(en[key], 'en').plurals) expect(plural.selectors, `en ${key} ${plural.argument}`).toEqual(expect.arrayContaining(['one', 'other']));
    }
  });

  it('renders every counted message for 0, 1, 2, 3, 11 and 100 without a brace or a plural after 1', () => {
    for (const key of pluralKeys)
      for (const n of COUNTS)
        for (const language of ['en', 'ar'] as const) {
          const text = render(language, key, n);
          expect(text, `${language} ${key} ${n}`).not.toMatch(/[{}#]/);
          expect(text, `${language} ${key} ${n}`).not.toMatch(/\b1 (articles|annotations|files|characters|versions|new versions)\b/);
          if (language === 'en') expect(text, `${key} ${n}`).not.toMatch(/\b1 annotations use\b/);
          // Arabic says 1 and 2 in words ("مقالة واحدة", "مقالتان"): a bare 1 or 2 before a noun is the old mistake.
          // ("1 من …", "1 of …", is the other count of the phrase.)
          if (language === 'ar' && (n === 1 || n === 2)) expect(text, `${key} ${n}`).not.toMatch(new RegExp(`(^|[^\\d,])${n} (?!من )[\\u0600-\\u06FF]`));
        }
  });

  const arabic: Partial<Record<MessageKey, string[]>> = {
    'library.annotations': ['لا تعليقات', 'تعليق واحد', 'تعليقان', '3 تعليقات', '11 تعليقًا', '100 تعليق'],
    'library.count': ['لا مقالات', '1 من مقالة واحدة', '2 من مقالتين', '3 من 3 مقالات', '11 من 11 مقالة', '100 من 100 مقالة'],
    'library.length': ['لا أحرف', 'حرف واحد', 'حرفان', '3 أحرف', '11 حرفًا', '100 حرف'],
    'library.ticked': ['لا مقالات محددة', 'مقالة واحدة محددة', 'مقالتان محددتان', '3 مقالات محددة', '11 مقالة محددة', '100 مقالة محددة'],
    'export.scopeCorpus': ['المدوّنة كلها (لا مقالات)', 'المدوّنة كلها (مقالة واحدة)', 'المدوّنة كلها (مقالتان)', 'المدوّنة كلها (3 مقالات)', 'المدوّنة كلها (11 مقالة)', 'المدوّنة كلها (100 مقالة)'],
    'import.progress': ['لا ملفات للاستيراد', 'استيراد 1 من ملف واحد', 'استيراد 2 من ملفين', 'استيراد 3 من 3 ملفات', 'استيراد 11 من 11 ملفًا', 'استيراد 100 من 100 ملف'],
    'annotate.panelCount': ['لا تعليقات', 'تعليق واحد', 'تعليقان', '3 تعليقات', '11 تعليقًا', '100 تعليق'],
  };
  const english: Partial<Record<MessageKey, string[]>> = {
    'library.annotations': ['0 annotations', '1 annotation', '2 annotations', '3 annotations', '11 annotations', '100 annotations'],
    'library.count': ['0 of 0 articles', '1 of 1 article', '2 of 2 articles', '3 of 3 articles', '11 of 11 articles', '100 of 100 articles'],
    'import.summary': [
      'Imported 0 new, 0 new versions, 0 already in the library, 0 refused.',
      'Imported 1 new, 1 new version, 1 already in the library, 1 refused.',
      'Imported 2 new, 2 new versions, 2 already in the library, 2 refused.',
      'Imported 3 new, 3 new versions, 3 already in the library, 3 refused.',
      'Imported 11 new, 11 new versions, 11 already in the library, 11 refused.',
      'Imported 100 new, 100 new versions, 100 already in the library, 100 refused.',
    ],
    'tags.inUse': [
      'No annotation uses “X”.',
      '1 annotation uses “X”. What should happen to it?',
      '2 annotations use “X”. What should happen to them?',
      '3 annotations use “X”. What should happen to them?',
      '11 annotations use “X”. What should happen to them?',
      '100 annotations use “X”. What should happen to them?',
    ],
    'export.scopeSelection': [
      'The articles ticked in the library (none)',
      'The article ticked in the library (1)',
      'The articles ticked in the library (2)',
      'The articles ticked in the library (3)',
      'The articles ticked in the library (11)',
      'The articles ticked in the library (100)',
    ],
  };
  for (const [language, table] of [
    ['ar', arabic],
    ['en', english],
  ] as const)
    for (const [key, expected] of Object.entries(table))
      it(`${language} ${key} for ${COUNTS.join(', ')}`, () => {
        expect(COUNTS.map((n) => render(language, key as MessageKey, n))).toEqual(expected);
      });

  it('says each Arabic import count in its own form', () => {
    expect(translate('ar', 'import.summary', { added: 1, versions: 2, duplicates: 11, refused: 0 })).toBe('نتيجة الاستيراد: ملف واحد جديد، ونسختان جديدتان، و11 ملفًا موجودًا مسبقًا، ولا ملفات مرفوضة.');
    expect(translate('ar', 'tags.inUse', { count: 2, tag: 'حدث' })).toBe('يستخدم تعليقان الوسم «حدث». ماذا نفعل بهما؟');
    expect(translate('ar', 'report.scopeCount', { scope: 'مقالات مختارة', count: 5 })).toBe('مقالات مختارة (5 مقالات)');
  });
});
