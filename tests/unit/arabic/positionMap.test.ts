import { describe, expect, it } from 'vitest';
import { foldArabic, foldArabicRuns, foldArabicWithMap, originalIndex } from '../../../src/shared/arabic/normalize';

/** The folding written the slow, obvious way, to hold the fast table to. */
function referenceFold(original: string): string {
  let out = '';
  for (const ch of original.split('')) {
    if (/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/.test(ch)) continue;
    const code = ch.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) out += String.fromCharCode(0x30 + code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String.fromCharCode(0x30 + code - 0x06f0);
    else if ('أإآٱ'.includes(ch)) out += 'ا';
    else if (ch === 'ى') out += 'ي';
    else if (ch === 'ة') out += 'ه';
    else out += ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  return out;
}

describe('the position map', () => {
  it('folds every code unit of the Basic Multilingual Plane as the plain rules say', () => {
    let all = '';
    for (let code = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) all += String.fromCharCode(code);
    expect(foldArabic(all)).toBe(referenceFold(all));
  });

  it('maps each folded character of a sample sentence back to the character it came from', () => {
    const original = 'وقال الرئيسُ الروسيّ فلاديمير بوتيـــن: "إنّ العلاقات مع الصّين ممتازةٌ" ‏٢٠٢٤';
    const { text, map } = foldArabicWithMap(original);
    expect(text).toBe('وقال الرئيس الروسي فلاديمير بوتين: "ان العلاقات مع الصين ممتازه" 2024');
    expect(map).toHaveLength(text.length + 1);
    for (let i = 0; i < text.length; i++) expect(foldArabic(original[map[i]!]!)).toBe(text[i]);
    const at = text.indexOf('بوتين');
    expect(original.slice(map[at], map[at + 4]! + 1)).toBe('بوتيـــن');
  });

  it('keeps the sparse runs in step with the full map, dropped characters at the start and the end included', () => {
    const original = 'ـً\u200Fمُحَمَّد  العـــاصمة\uFEFF 😀 ٱلنَّاس\u064B';
    const full = foldArabicWithMap(original);
    const runs = foldArabicRuns(original);
    expect(runs.text).toBe(full.text);
    for (let i = 0; i <= full.text.length; i++) expect(originalIndex(runs, i)).toBe(full.map[i]);
  });

  it('keeps a lone surrogate and an emoji as they are (the map stays one to one)', () => {
    const original = 'a\uD800بـ😀\uDC00ة';
    const { text, map } = foldArabicWithMap(original);
    expect(text).toBe('a\uD800ب😀\uDC00ه');
    expect(map).toEqual([0, 1, 2, 4, 5, 6, 7, 8]);
    expect(foldArabicRuns(original).text).toBe(text);
  });
});
