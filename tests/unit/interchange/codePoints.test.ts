import { describe, expect, it } from 'vitest';
import { OffsetMap, toCodePointOffset, toUtf16Offset } from '../../../src/shared/interchange/codePoints';
import { normalizeWithOffsets } from '../../../src/shared/interchange/normalizedOffsets';

/** Code points by iterating the string (an independent count: the spec's own definition). */
const cpCount = (s: string) => [...s].length;

describe('OffsetMap', () => {
  const text = '📰 قال بوتين 😀😀 إن روسيا 𝐀 b';

  it('agrees with counting code points by iteration at every UTF-16 boundary', () => {
    const map = new OffsetMap(text);
    for (let u = 0; u <= text.length; u++) {
      const high = text.charCodeAt(u - 1);
      if (high >= 0xd800 && high <= 0xdbff) continue; // inside a pair: not a boundary
      expect(map.toCodePoints(u)).toBe(cpCount(text.slice(0, u)));
      expect(map.toUnits(map.toCodePoints(u))).toBe(u);
    }
    expect(map.codePoints).toBe(cpCount(text));
  });

  it('maps a span after emoji so the text at the code points is the quote', () => {
    const start = text.indexOf('روسيا');
    const end = start + 'روسيا'.length;
    const cps = [...text];
    const s = toCodePointOffset(text, start);
    const e = toCodePointOffset(text, end);
    expect(s).toBe(start - 3); // three astral characters before it
    expect(cps.slice(s, e).join('')).toBe('روسيا');
    expect(toUtf16Offset(text, s)).toBe(start);
  });

  it('counts an offset inside a pair as the pair start, and a lone surrogate as one code point', () => {
    const map = new OffsetMap('a😀b');
    expect(map.toCodePoints(2)).toBe(1);
    const lone = new OffsetMap('a\ud800b😀');
    expect(lone.codePoints).toBe(4);
    expect(lone.toUnits(4)).toBe(5);
  });

  it('refuses offsets outside the text', () => {
    const map = new OffsetMap('ab😀');
    expect(() => map.toCodePoints(5)).toThrow(RangeError);
    expect(() => map.toUnits(4)).toThrow(RangeError);
    expect(() => map.toUnits(-1)).toThrow(RangeError);
    expect(() => map.toUnits(1.5)).toThrow(RangeError);
    expect(map.hasCodePoint(3)).toBe(true);
    expect(map.hasCodePoint(4)).toBe(false);
  });

  it('handles text with no astral characters as identity', () => {
    const map = new OffsetMap('بوتين');
    expect(map.toCodePoints(3)).toBe(3);
    expect(map.toUnits(5)).toBe(5);
  });
});

describe('normalizeWithOffsets', () => {
  it('moves raw CRLF and BOM offsets onto the same words in the normalised text', () => {
    const raw = '\ufeffسطر أول\r\nبوتين\r\nقال';
    const n = normalizeWithOffsets(raw);
    const rawStart = raw.indexOf('بوتين');
    const start = n.fromRaw(rawStart);
    expect(n.text.slice(start, n.fromRaw(rawStart + 5))).toBe('بوتين');
    const q = raw.indexOf('قال');
    expect(n.text.slice(n.fromRaw(q), n.fromRaw(q + 3))).toBe('قال');
  });
});
