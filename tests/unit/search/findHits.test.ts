import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHits, matchesInFolded, parseQuery } from '../../../src/shared/search/findHits';
import { searchTerms, searchWords, wordMatches, wordsOfFolded, writtenForms } from '../../../src/shared/search/searchWords';
import { foldArabic, foldArabicWithMap } from '../../../src/shared/arabic/normalize';

const corpusDir = join(__dirname, '../../../resources/corpus');
const corpus = readdirSync(corpusDir)
  .sort()
  .map((name) => readFileSync(join(corpusDir, name), 'utf8').replace(/\r\n?/g, '\n'));

/** The text each hit covers in the original. */
const marked = (text: string, query: string) => findHits(text, query).map((h) => text.slice(h.start, h.end));

describe('search words', () => {
  it('folds before splitting: diacritics, tatweel and alef forms are inside words, punctuation between them', () => {
    expect(searchWords('حطّ الرئيسُ رحاله في بكين، وأعلن: «الصيـــن»!')).toEqual(['حط', 'الرئيس', 'رحاله', 'في', 'بكين', 'واعلن', 'الصين']);
    expect(wordsOfFolded('240.1 مليار')).toEqual(['240', '1', 'مليار']);
    expect(searchWords('٢٤٠ مليار')).toEqual(['240', 'مليار']);
  });

  it('indexes a word under its stems behind clitics and without the article', () => {
    expect(searchTerms('والصين')).toEqual(expect.arrayContaining(['والصين', 'الصين', 'صين']));
    expect(searchTerms('للصين')).toEqual(expect.arrayContaining(['للصين', 'الصين', 'صين']));
    expect(searchTerms('لبوتين')).toEqual(expect.arrayContaining(['لبوتين', 'بوتين']));
    expect(searchTerms(foldArabic('الصينية'))).not.toContain('الصين');
    // A word that merely starts with ال gives no two-letter stem.
    expect(searchTerms('الله')).not.toContain('له');
  });

  it('looks a query word up as every written form the rule lets it find', () => {
    expect(writtenForms('الصين')).toEqual(expect.arrayContaining(['الصين', 'والصين', 'للصين', 'وللصين', 'بالصين', 'فبالصين']));
    expect(writtenForms('صين')).toEqual(expect.arrayContaining(['صين', 'الصين', 'للصين', 'وبالصين']));
    expect(writtenForms('بوتين')).toEqual(expect.arrayContaining(['بوتين', 'لبوتين', 'ببوتين', 'وبوتين']));
    expect(writtenForms('الصين')).not.toContain('الصينيه');
    expect(writtenForms('والصين')).not.toContain('الصين');
    // Every word of the sample corpus is among the forms of each of its terms: the index (written
    // words, looked up by form) finds exactly what the rule (and so findHits) accepts.
    const words = new Set(corpus.flatMap((text) => searchWords(text)));
    const missed: string[] = [];
    for (const word of words) for (const term of searchTerms(word)) if (!writtenForms(term).includes(word)) missed.push(`${word} ← ${term}`);
    expect(missed).toEqual([]);
  });

  it('matches a query word with or without clitics as the rule says', () => {
    expect(wordMatches('والصين', 'الصين')).toBe(true);
    expect(wordMatches('للصين', 'الصين')).toBe(true);
    expect(wordMatches('بالصين', 'صين')).toBe(true);
    expect(wordMatches('لبوتين', 'بوتين')).toBe(true);
    expect(wordMatches('الصينيه', 'الصين')).toBe(false);
    expect(wordMatches('صين', 'الصين')).toBe(false);
    // A query typed with its clitic finds that form only.
    expect(wordMatches('والصين', 'والصين')).toBe(true);
    expect(wordMatches('الصين', 'والصين')).toBe(false);
    expect(wordMatches('للصين', 'والصين')).toBe(false);
  });
});

describe('findHits on the sample corpus', () => {
  it('searching الصين finds والصين and للصين, marks the name without its clitic, and never الصينية', () => {
    const hits = corpus.flatMap((text) => marked(text, 'الصين'));
    expect(hits.length).toBe(34 + 4 + 1 + 1); // الصين, والصين, للصين, الصين-روسيا
    expect(new Set(hits)).toEqual(new Set(['الصين', 'لصين']));
    const inOne = marked(corpus[1]!, 'الصين');
    expect(inOne).toContain('لصين'); // للصين: ل + (ا)لصين, the restored alef is not written
    for (const text of corpus) for (const h of findHits(text, 'الصين')) expect(text.slice(h.start, h.end + 2)).not.toMatch(/^(ا)?لصيني/);
  });

  it('searching بوتين finds لبوتين and ببوتين', () => {
    const text = corpus[1]!;
    const hits = findHits(text, 'بوتين');
    const words = hits.map((h) => text.slice(text.lastIndexOf(' ', h.start) + 1, h.end));
    expect(words).toContain('ببوتين');
    expect(corpus.flatMap((t) => findHits(t, 'بوتين').map((h) => t.slice(h.start - 1, h.end)))).toContain('لبوتين');
  });

  it('ignores diacritics, tatweel, alef forms, ة/ه and ى/ي in the query and in the text', () => {
    const first = corpus[0]!;
    expect(marked(first, 'حط')).toEqual(['حطّ']); // the shadda is part of the hit
    expect(marked(first, 'حطّ')).toEqual(['حطّ']);
    expect(marked(first, 'رئيسا لروسيا')).toEqual(['رئيساً لروسيا']);
    expect(marked(first, 'اعادة انتخابه')).toEqual(['إعادة انتخابه', 'إعادة انتخابه']);
    expect(marked(first, 'اعاده انتخابه')).toEqual(['إعادة انتخابه', 'إعادة انتخابه']);
    expect(marked(first, 'الأولى').length).toBeGreaterThan(0);
    expect(marked(first, 'الاولي')).toEqual(marked(first, 'الأولى'));
    expect(marked(first, 'الصيـــن')).toEqual(marked(first, 'الصين'));
    expect(marked('الإرهـــاب والعاصمـة', 'العاصمه')).toEqual(['العاصمـة']);
  });

  it('matches a phrase on consecutive words only, within a sentence', () => {
    const text = corpus[0]!;
    const hits = findHits(text, 'الرئيس الروسي فلاديمير بوتين');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['الرئيس الروسي فلاديمير بوتين', 'الرئيس الروسي فلاديمير بوتين']);
    expect(findHits(text, 'بوتين الروسي')).toEqual([]);
    // Clitics on later words too: "شي جين بينغ" in "ونظيره الصيني شي جين بينغ".
    expect(findHits(corpus[2]!, 'مليار دولار').length).toBe(1);
    expect(findHits('قال بوتين. الصين ترد', 'بوتين الصين')).toEqual([]);
    expect(findHits('قال بوتين\nالصين ترد', 'بوتين الصين')).toEqual([]);
    expect(marked('قال بوتين، والصين ترد', 'بوتين الصين')).toEqual(['بوتين، والصين']);
  });

  it('gives every hit its sentence', () => {
    const text = corpus[3]!;
    const [hit] = findHits(text, 'العقوبات الأمريكية');
    expect(hit).toBeDefined();
    const sentence = text.slice(hit!.sentence.start, hit!.sentence.end);
    expect(sentence).toContain('العقوبات الأمريكية');
    expect(sentence.startsWith('لقد أظهرت الصين')).toBe(true);
  });

  it('finds nothing for an empty query or punctuation', () => {
    expect(findHits(corpus[0]!, '')).toEqual([]);
    expect(findHits(corpus[0]!, ' ،. ')).toEqual([]);
    expect(parseQuery('  بوتين   الصين ').words).toEqual(['بوتين', 'الصين']);
  });

  it('counts on folded text exactly as findHits does on the original', () => {
    for (const query of ['الصين', 'بوتين', 'روسيا', 'شي جين بينغ', 'مليار دولار', 'الرئيس الروسي', 'صين', 'والصين']) {
      for (const text of corpus) expect(matchesInFolded(foldArabic(text), parseQuery(query).words).length, query).toBe(findHits(text, query).length);
    }
  });
});

describe('the fast fold', () => {
  /** The normaliser as it was written first, character by character: the table must agree with it. */
  function slowFold(original: string): string {
    const drop = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/;
    const replace: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه' };
    let out = '';
    for (const ch of original) {
      for (const unit of ch.length === 2 ? [ch[0]!, ch[1]!] : [ch]) {
        if (drop.test(unit)) continue;
        const code = unit.charCodeAt(0);
        if (code >= 0x0660 && code <= 0x0669) out += String.fromCharCode(0x30 + code - 0x0660);
        else if (code >= 0x06f0 && code <= 0x06f9) out += String.fromCharCode(0x30 + code - 0x06f0);
        else if (replace[unit]) out += replace[unit];
        else out += unit.toLowerCase().length === 1 ? unit.toLowerCase() : unit;
      }
    }
    return out;
  }

  it('folds every character below U+3000 and beyond as the normaliser always did', () => {
    const sample = corpus.join('\n') + 'İSTANBUL ẞ Ǆ Σσς ﻻ 漢字 😀 \uFFFF';
    expect(foldArabic(sample)).toBe(slowFold(sample));
    let all = '';
    for (let c = 0; c < 0x3100; c++) all += String.fromCharCode(c);
    expect(foldArabic(all)).toBe(slowFold(all));
    const { text, map } = foldArabicWithMap(sample);
    expect(text).toBe(slowFold(sample));
    expect(map.length).toBe(text.length + 1);
  });
});
