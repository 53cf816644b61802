import { describe, expect, it } from 'vitest';
import { ar, en, type MessageKey } from '../../../src/shared/i18n/messages';
import { messageFormat, translate } from '../../../src/shared/i18n/translate';
import { icuArguments } from './icuArguments';

const keys = Object.keys(en) as MessageKey[];

describe('i18n catalogues', () => {
  it('has an Arabic string for every English key, each with the same arguments', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const key of keys) {
      const args = (message: string, locale: string) => [...icuArguments(message, locale).args.keys()].sort();
      expect(args(ar[key], 'ar'), key).toEqual(args(en[key], 'en'));
      expect(ar[key].trim(), key).not.toBe('');
    }
  });

  it('parses every message as ICU and formats it with its arguments', () => {
    for (const language of ['en', 'ar'] as const)
      for (const key of keys) {
        const { args } = icuArguments((language === 'en' ? en : ar)[key], language);
        const params = Object.fromEntries([...args].map(([name, kind]) => [name, kind === 'text' ? 'X' : 7]));
        // format() itself, not translate(): translate would hide a missing argument behind the source text.
        const text = String(messageFormat(language, key).format(params));
        expect(text, `${language} ${key}`).not.toMatch(/[{}]/);
      }
  });

  it('fills arguments, and shows text in them as text', () => {
    expect(translate('en', 'import.progress', { done: 3, total: 10 })).toBe('Importing 3 of 10 files');
    expect(translate('ar', 'import.progress', { done: 3, total: 10 })).toBe('استيراد 3 من 10 ملفات');
    expect(translate('en', 'library.noMatch', { query: '{x} <b>' })).toBe('No title matches “{x} <b>”.');
    expect(translate('en', 'export.badFileName')).toBe('Give the file a name without / \\ : * ? " < > |.');
  });

  it('writes numbers with Latin digits and grouping in both interfaces', () => {
    expect(translate('en', 'library.length', { chars: 12345 })).toBe('12,345 characters');
    expect(translate('ar', 'library.length', { chars: 12345 })).toBe('12,345 حرفًا'); // 12,345 ends in 45: the "many" form
    expect(translate('ar', 'toolbar.fontSize', { size: 22 })).toBe('حجم النص 22 بكسل');
    for (const key of keys) expect(translate('ar', key, { count: 1234, total: 1234, shown: 5, done: 5, chars: 1234 }), key).not.toMatch(/[\u0660-\u0669]/);
  });

  it('shows a message with a missing argument as its source rather than throwing', () => {
    expect(translate('en', 'library.annotations')).toBe(en['library.annotations']);
  });
});
