import { describe, expect, it } from 'vitest';
import { fragmentsOf, isBlankForBrat, linesOf, oneLine } from '../../../../src/shared/interchange/brat/bratLines';
import { bratTypeNames, documentNameOf, documentNames } from '../../../../src/shared/interchange/brat/bratNames';

describe('brat lines', () => {
  it('splits a span at every character that ends a line for Python, leaving out empty pieces', () => {
    const text = 'ab\ncd\u2028\u2029ef\u0085g\v';
    expect(fragmentsOf(text, 0, text.length).map((f) => text.slice(f.start, f.end))).toEqual(['ab', 'cd', 'ef', 'g']);
    expect(fragmentsOf(text, 1, 4)).toEqual([
      { start: 1, end: 2 },
      { start: 3, end: 4 },
    ]);
    expect(fragmentsOf('\n\n', 0, 2)).toEqual([]);
  });

  it('starts no fragment in whitespace, which brat\u2019s client cannot draw', () => {
    const text = ' \tab \n \u00a0cd\n  \nef';
    expect(fragmentsOf(text, 0, text.length).map((f) => text.slice(f.start, f.end))).toEqual(['ab ', 'cd', 'ef']);
    expect(fragmentsOf('   ', 0, 3)).toEqual([]);
  });

  it('knows the spans brat would take for missing text: whitespace in Python’s sense', () => {
    expect(isBlankForBrat(' \u00a0\u3000\u001f\u0085')).toBe(true);
    expect(isBlankForBrat('\ufeff')).toBe(false); // JavaScript's \s has it; Python's isspace does not
    expect(isBlankForBrat(' x ')).toBe(false);
  });

  it('writes free text on one line and reads its line breaks back', () => {
    const written = oneLine('  first\r\nsecond\tpart\u0000\u2028third  ');
    expect(written).toBe('first ¶ second part ¶ third');
    expect(linesOf(written)).toBe('first\nsecond part\nthird');
  });
});

describe('brat names', () => {
  it('gives each tag a storage-form name, unique without regard to case and apart from the relation and attributes', () => {
    const names = bratTypeNames([
      { id: 'a', labelEn: 'Date/time', labelAr: '' },
      { id: 'b', labelEn: 'date time', labelAr: '' },
      { id: 'c', labelEn: 'Claimant', labelAr: '' },
      { id: 'd', labelEn: 'Café ⚠ crème', labelAr: '' },
      { id: 'e9f8-77', labelEn: '---', labelAr: 'وسم' },
      { id: 'f', labelEn: '', labelAr: 'Ünïcode only' },
    ]);
    expect([...names.values()]).toEqual(['Date_time', 'date_time_2', 'Claimant_2', 'Cafe_creme', 'Tag_e9f8_77', 'Unicode_only']);
  });

  it('names documents without path parts, dots, spaces, controls or bidi marks, within 80 characters', () => {
    expect(documentNameOf('../a/b.c')).toBe('a-b-c');
    expect(documentNameOf('\u202ertl\u202c name 😀')).toBe('rtl-name');
    expect(documentNameOf('...', '')).toBe('article');
    expect(documentNameOf('lpt1')).toBe('article-lpt1');
    expect(documentNameOf('😀'.repeat(3) + 'ب'.repeat(100))).toBe('ب'.repeat(80));
    expect(
      documentNames([
        { fileName: 'News.TXT', title: '' },
        { fileName: 'news.txt', title: '' },
        { fileName: '', title: 'عنوان الخبر' },
      ]),
    ).toEqual(['News', 'news-2', 'عنوان-الخبر']);
  });
});
