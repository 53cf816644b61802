import { describe, expect, it } from 'vitest';
import { ar, en, translate } from '../../../src/shared/i18n/messages';

describe('i18n catalogues', () => {
  it('has an Arabic string for every English key, each with the same placeholders', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ar[key]), key).toEqual(placeholders(en[key]));
      expect(ar[key].trim(), key).not.toBe('');
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'import.progress', { done: 3, total: 10 })).toBe('Importing 3 of 10');
    expect(translate('ar', 'import.progress', { done: 3, total: 10 })).toBe('استيراد 3 من 10');
  });
});
