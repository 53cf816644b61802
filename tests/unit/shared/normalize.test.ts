import { describe, expect, it } from 'vitest';
import { foldArabic, foldArabicWithMap, foldedIncludes } from '../../../src/shared/arabic/normalize';

describe('Arabic folding', () => {
  it('removes tashkeel and tatweel, unifies alef forms, ى→ي, ة→ه, Arabic-Indic digits', () => {
    expect(foldArabic('مُحَمَّد')).toBe('محمد');
    expect(foldArabic('العـــاصمة')).toBe('العاصمه');
    expect(foldArabic('أإآٱ')).toBe('اااا');
    expect(foldArabic('مستشفى الرعاية')).toBe('مستشفي الرعايه');
    expect(foldArabic('٢٠٢٤ و۱۲')).toBe('2024 و12');
    expect(foldArabic('بو\u200Cتين\u200F')).toBe('بوتين');
    expect(foldArabic('NATO')).toBe('nato');
  });

  it('maps every folded character back to its place in the original', () => {
    const original = 'رئيساً لروسيا';
    const { text, map } = foldArabicWithMap(original);
    expect(text).toBe('رئيسا لروسيا');
    const start = text.indexOf('لروسيا');
    expect(original.slice(map[start], map[start + 'لروسيا'.length])).toBe('لروسيا');
    expect(map.at(-1)).toBe(original.length);
  });

  it('matches titles regardless of diacritics and alef forms', () => {
    expect(foldedIncludes('الأولى بعد إعادة انتخابه رئيساً', 'اعاده')).toBe(true);
    expect(foldedIncludes('حطّ الرئيس', 'حط')).toBe(true);
    expect(foldedIncludes('بوتين', 'الصين')).toBe(false);
    expect(foldedIncludes('أي شيء', '  ')).toBe(true);
  });
});
