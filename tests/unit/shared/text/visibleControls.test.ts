/** Bidi controls and other invisible characters in names are shown as visible tokens (issue 14). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlToken, hasHiddenControls, visibleControlParts, visibleControls } from '../../../../src/shared/text/visibleControls';

/** Characters for the properties: hidden ones of every kind beside visible ones (Arabic, emoji, markup). */
const CHARS = fc.oneof(
  fc.constantFrom('\u202E', '\u202A', '\u2066', '\u2069', '\u200F', '\u061C', '\u200B', '\u00AD', '\uFEFF', '\u0000', '\n', '\u007F', '\u0085', '\u206F', '\u{E0041}', '\uFFF9'),
  fc.constantFrom('a', 'ب', 'ـ', '\u200C', '\u200D', '😀', ' ', '<', '⟨'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

describe('visibleControls', () => {
  it('shows a right-to-left override in a file name, so it cannot pass for another extension', () => {
    const disguised = 'invoice\u202Efdp.txt';
    expect(visibleControls(disguised)).toBe('invoice⟨RLO⟩fdp.txt');
    expect(hasHiddenControls(disguised)).toBe(true);
  });

  it('names every bidi control of Unicode’s list (embeddings, overrides, isolates, marks)', () => {
    const controls: [string, string][] = [
      ['\u202A', 'LRE'],
      ['\u202B', 'RLE'],
      ['\u202C', 'PDF'],
      ['\u202D', 'LRO'],
      ['\u202E', 'RLO'],
      ['\u2066', 'LRI'],
      ['\u2067', 'RLI'],
      ['\u2068', 'FSI'],
      ['\u2069', 'PDI'],
      ['\u200E', 'LRM'],
      ['\u200F', 'RLM'],
      ['\u061C', 'ALM'],
    ];
    for (const [char, name] of controls) expect(visibleControls(`a${char}b`)).toBe(`a⟨${name}⟩b`);
  });

  it('shows other invisible characters too: zero-width space, BOM, soft hyphen, NUL, line breaks, tag characters', () => {
    expect(visibleControls('a\u200Bb\uFEFFc\u00ADd')).toBe('a⟨ZWSP⟩b⟨BOM⟩c⟨SHY⟩d');
    expect(visibleControls('a\u0000b\nc\td')).toBe('a⟨U+0000⟩b⟨U+000A⟩c⟨U+0009⟩d');
    expect(visibleControls('x\u{E0041}\u{E007F}')).toBe('x⟨U+E0041⟩⟨U+E007F⟩');
    expect(visibleControls('\u206A')).toBe('⟨U+206A⟩');
  });

  it('leaves ordinary names alone, Arabic with its joiners included', () => {
    for (const name of ['مقال تجريبي.txt', 'news <1>.txt', 'می‌خواهم', 'Putin 📰 😀', '<script>alert(1)</script>']) {
      expect(visibleControls(name)).toBe(name);
      expect(hasHiddenControls(name)).toBe(false);
    }
  });

  it('is stable between calls (no regular expression state kept)', () => {
    expect([hasHiddenControls('a\u202E'), hasHiddenControls('a\u202E'), hasHiddenControls('ab')]).toEqual([true, true, false]);
  });

  it('for any string: the result holds no hidden character, and removing the tokens of an untokenised string changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: CHARS, maxLength: 40 }), (s) => {
        const shown = visibleControls(s);
        // Each hidden character became exactly its token, in place, and none is left.
        const rebuilt = [...s].map((c) => (hasHiddenControls(c) ? controlToken(c) : c)).join('');
        return !hasHiddenControls(shown) && shown === rebuilt;
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});

describe('visibleControlParts', () => {
  it('cuts a name into plain runs and tokens, in order', () => {
    expect(visibleControlParts('a\u202Eb\u2066\u2069')).toEqual([
      { text: 'a' },
      { text: '\u202E', token: '⟨RLO⟩' },
      { text: 'b' },
      { text: '\u2066', token: '⟨LRI⟩' },
      { text: '\u2069', token: '⟨PDI⟩' },
    ]);
    expect(visibleControlParts('')).toEqual([]);
  });

  it('joined, gives what visibleControls gives', () => {
    fc.assert(
      fc.property(fc.string({ unit: CHARS, maxLength: 30 }), (s) => {
        expect(
          visibleControlParts(s)
            .map((p) => p.token ?? p.text)
            .join(''),
        ).toBe(visibleControls(s));
      }),
      { seed: 15, numRuns: 200 },
    );
  });
});
