import { describe, expect, it } from 'vitest';
import { quoteOf, snapSpan, stepGrapheme } from '../../../src/shared/annotation/snapSpan';

describe('snapSpan', () => {
  it('never separates a letter from its diacritics', () => {
    const text = 'قال مُحَمَّد اليوم';
    const m = text.indexOf('مُ');
    // A selection ending between م and its damma grows to include the damma.
    expect(snapSpan(text, { start: m, end: m + 1 })).toEqual({ start: m, end: m + 2 });
    // A selection starting on the shadda (inside a grapheme) moves back to the letter.
    const shadda = text.indexOf('\u0651');
    const span = snapSpan(text, { start: shadda, end: shadda + 2 })!;
    expect(text.slice(span.start, span.end).startsWith('م')).toBe(true);
  });

  it('trims spaces and punctuation at both ends, Arabic punctuation included', () => {
    const text = 'قال: بوتين، في بكين؟';
    const span = snapSpan(text, { start: 3, end: 11 })!;
    expect(text.slice(span.start, span.end)).toBe('بوتين');
    expect(snapSpan(text, { start: 3, end: 5 })).toBeNull();
    expect(snapSpan('قال: «»، لا', { start: 3, end: 8 })).toBeNull(); // quote marks alone are no span
  });

  /** The stored text for the selection of `selected` (its first occurrence) in `text`. */
  const stored = (text: string, selected: string) => {
    const start = text.indexOf(selected);
    if (start < 0) throw new Error(`not in text: ${selected}`);
    const span = snapSpan(text, { start, end: start + selected.length });
    return span && text.slice(span.start, span.end);
  };

  it('keeps a percent or per-mille sign with its figure, on either side', () => {
    const text = 'ارتفع التضخم (40%) ثم ٤٠٪، وبلغ 3‰ أو %15 أو 20 % في العام.';
    expect(stored(text, '(40%)')).toBe('40%');
    expect(stored(text, '40%')).toBe('40%');
    expect(stored(text, '٤٠٪،')).toBe('٤٠٪');
    expect(stored(text, '3‰ ')).toBe('3‰');
    expect(stored(text, ' %15 ')).toBe('%15');
    expect(stored(text, '20 %')).toBe('20 %');
    // A sign with no figure beside it is punctuation like any other.
    expect(stored('النسبة % فقط', 'النسبة %')).toBe('النسبة');
  });

  it('keeps currency signs and currency words with their figure', () => {
    const text = 'بلغت الصفقة $18 أو 18 مليار دولار، و€5 و£7 و¥900 و10$.';
    for (const figure of ['$18', '18 مليار دولار', '€5', '£7', '¥900', '10$']) expect(stored(text, figure)).toBe(figure);
    expect(stored(text, ' 18 مليار دولار،')).toBe('18 مليار دولار');
    expect(stored(text, '10$.')).toBe('10$');
  });

  it('keeps a pair of quote marks that encloses the whole selection', () => {
    const text = 'وصفه بأنه «أفضل صديق له» في العالم، وقال: “أفضل صديق له”. ثم "نعم" و\'لا\' و‹حسنًا› و”عكسي“.';
    expect(stored(text, '«أفضل صديق له»')).toBe('«أفضل صديق له»');
    expect(stored(text, ' «أفضل صديق له» ')).toBe('«أفضل صديق له»');
    expect(stored(text, '“أفضل صديق له”.')).toBe('“أفضل صديق له”');
    expect(stored(text, ': “أفضل صديق له”. ')).toBe('“أفضل صديق له”');
    expect(stored('قال: «بوتين»، في بكين؟', ': «بوتين»،')).toBe('«بوتين»');
    expect(stored(text, '"نعم"')).toBe('"نعم"');
    expect(stored(text, "'لا'")).toBe("'لا'");
    expect(stored(text, '‹حسنًا›')).toBe('‹حسنًا›');
    // Arabic text typed in logical order sometimes has the English marks the other way round.
    expect(stored(text, '”عكسي“.')).toBe('”عكسي“');
  });

  it('drops a quote mark whose partner is outside the selection, never one side of a pair', () => {
    const text = 'وصفه بأنه «أفضل صديق له» في العالم، وقال: “أفضل صديق له”. ثم "نعم" فقط.';
    expect(stored(text, '«أفضل صديق')).toBe('أفضل صديق');
    expect(stored(text, 'صديق له»')).toBe('صديق له');
    expect(stored(text, 'صديق له» في')).toBe('صديق له» في'); // inside, not at an edge: the analyst's choice
    expect(stored(text, '“أفضل صديق')).toBe('أفضل صديق');
    expect(stored(text, 'صديق له”.')).toBe('صديق له');
    expect(stored(text, '"نعم')).toBe('نعم');
    expect(stored(text, 'نعم" ')).toBe('نعم');
    // A quote at an edge whose partner is inside the selection stays, so the pair stays whole.
    expect(stored('قال «أفضل صديق» له', '«أفضل صديق» له')).toBe('«أفضل صديق» له');
    expect(stored('قال له «أفضل صديق»', 'له «أفضل صديق»')).toBe('له «أفضل صديق»');
    // Two quoted phrases: the outer marks belong to different pairs, and both pairs are whole.
    expect(stored('قال «نعم» و«لا» أمس', '«نعم» و«لا»')).toBe('«نعم» و«لا»');
  });

  it('orders reversed offsets and clamps to the text', () => {
    expect(snapSpan('ابc', { start: 10, end: 1 })).toEqual({ start: 1, end: 3 });
  });

  it('quotes 32 code units of context on each side', () => {
    const text = `${'أ'.repeat(40)}بوتين${'ب'.repeat(40)}`;
    const q = quoteOf(text, { start: 40, end: 45 });
    expect(q).toEqual({ exact: 'بوتين', prefix: 'أ'.repeat(32), suffix: 'ب'.repeat(32) });
  });

  it('never cuts its context through an emoji', () => {
    // 31 units then an emoji: 32 units back from the span would start on the emoji's second half.
    const text = `😀${'أ'.repeat(31)}بوتين${'ب'.repeat(31)}📰x`;
    const start = text.indexOf('بوتين');
    const q = quoteOf(text, { start, end: start + 5 });
    expect(q.prefix).toBe('أ'.repeat(31));
    expect(q.suffix).toBe('ب'.repeat(31));
    for (const part of [q.prefix, q.suffix]) expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    // One unit further on, the whole emoji fits in the 32 units and stays.
    expect(quoteOf(text, { start: start - 1, end: start + 5 }).prefix).toBe(`😀${'أ'.repeat(30)}`);
  });

  it('steps one grapheme at a time', () => {
    const text = 'مُحَمَّد';
    expect(stepGrapheme(text, 0, 1)).toBe(2);
    expect(stepGrapheme(text, 2, -1)).toBe(0);
    expect(stepGrapheme(text, text.length, 1)).toBe(text.length);
  });
});
