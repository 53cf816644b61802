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
    const text = 'قال: «بوتين»، في بكين؟';
    const span = snapSpan(text, { start: 3, end: 13 })!;
    expect(text.slice(span.start, span.end)).toBe('بوتين');
    expect(snapSpan(text, { start: 3, end: 6 })).toBeNull();
  });

  it('orders reversed offsets and clamps to the text', () => {
    expect(snapSpan('ابc', { start: 10, end: 1 })).toEqual({ start: 1, end: 3 });
  });

  it('quotes 32 code units of context on each side', () => {
    const text = `${'أ'.repeat(40)}بوتين${'ب'.repeat(40)}`;
    const q = quoteOf(text, { start: 40, end: 45 });
    expect(q).toEqual({ exact: 'بوتين', prefix: 'أ'.repeat(32), suffix: 'ب'.repeat(32) });
  });

  it('steps one grapheme at a time', () => {
    const text = 'مُحَمَّد';
    expect(stepGrapheme(text, 0, 1)).toBe(2);
    expect(stepGrapheme(text, 2, -1)).toBe(0);
    expect(stepGrapheme(text, text.length, 1)).toBe(text.length);
  });
});
