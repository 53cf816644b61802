import { describe, expect, it } from 'vitest';
import { compileAliases, findAliasMatches } from '../../../src/shared/arabic/aliasMatcher';

/** Each match as the text it covers, its clitic before it: "clitic|name". */
function found(text: string, aliases: string[]): string[] {
  return findAliasMatches(text, compileAliases(aliases)).map((m) => `${m.clitic}|${text.slice(m.start, m.end)}`);
}

const PUTIN = ['بوتين', 'فلاديمير بوتين'];
const XI = ['شي جين بينغ', 'شي جين بينج', 'شي جينغ بين', 'شي'];

describe('alias matching on phrases of the sample corpus', () => {
  it('finds a name behind every clitic and covers the name only', () => {
    expect(found('وستكون الزيارة فرصة لبوتين للتأكيد على الروابط', PUTIN)).toEqual(['ل|بوتين']);
    expect(found('ترحيب شي على السجادة الحمراء ببوتين – الرجل', PUTIN)).toEqual(['ب|بوتين']);
    expect(found('وفقًا لبوتين ، أصبحت العلاقات', PUTIN)).toEqual(['ل|بوتين']);
    expect(found('بوتين وبزشكيان يجريان مباحثات', ['بزشكيان'])).toEqual(['و|بزشكيان']);
    expect(found('اجتماع بين رئيسي روسيا والصين في وقت', ['روسيا', 'الصين'])).toEqual(['|روسيا', 'و|الصين']);
    expect(found('تقدمه الصين لروسيا منذ بداية الصراع', ['روسيا'])).toEqual(['ل|روسيا']);
    expect(found('أيد بوتين خطة الصين للتوصل إلى تسوية', ['الصين'])).toEqual(['|الصين']);
    expect(found('إنه "ممتن" للصين لجهودها في محاولة', ['الصين'])).toEqual(['ل|لصين']);
    expect(found('المحيطة بروسيا ، وقد أثار', ['روسيا'])).toEqual(['ب|روسيا']);
    expect(found('زيارة القيصر الروسي لبكين.', ['بكين'])).toEqual(['ل|بكين']);
    expect(found('الذي أقيم في ساحة تيانانمن ببكين في الثالث', ['بكين'])).toEqual(['ب|بكين']);
    expect(found('سيحبط جهود واشنطن لفرض عواقب', ['واشنطن'])).toEqual(['|واشنطن']);
  });

  it('finds the combined clitics: وال، بال، لل، فبال، ولل، وبـ', () => {
    const china = ['الصين'];
    expect(found('فبالصين وبالصين وللصين فللصين كالصين', china)).toEqual(['فب|الصين', 'وب|الصين', 'ول|لصين', 'فل|لصين', 'ك|الصين']);
    expect(found('وبموسكو ولموسكو فكموسكو', ['موسكو'])).toEqual(['وب|موسكو', 'ول|موسكو', 'فك|موسكو']);
    // A name listed without its article takes one: الناتو, بالناتو, للناتو, وللناتو.
    expect(found('الناتو وبالناتو للناتو وللناتو', ['ناتو'])).toEqual(['ال|ناتو', 'وبال|ناتو', 'لل|ناتو', 'ولل|ناتو']);
  });

  it('reports the clitic as written, with its tashkeel or tatweel, and a clitic written apart with tatweel', () => {
    expect(found('وَلِبوتينَ قال', PUTIN)).toEqual(['وَلِ|بوتينَ']);
    expect(found('وبـبوتين', PUTIN)).toEqual(['وبـ|بوتين']);
    expect(found('وفقًا لـ بوتين', PUTIN)).toEqual(['لـ|بوتين']);
    expect(found('مطالبين روسيا بـ"الصين"', ['الصين'])).toEqual(['بـ|الصين']);
    // Apart without tatweel, و is a word of its own, not a clitic (the writing of article 001).
    expect(found('أعلنت روسيا و الصين أنهما', ['الصين'])).toEqual(['|الصين']);
  });

  it('never matches inside a longer word', () => {
    expect(found('الشراكة الصينية الروسية والصينيين', ['الصين'])).toEqual([]);
    expect(found('الغاز الروسي والروسية', ['روسيا', 'روس'])).toEqual([]);
    expect(found('البوتينية وبوتينا سبوتين ووبوتين', PUTIN)).toEqual([]);
    expect(found('يشير شيء إلى شيئين', XI)).toEqual([]);
    expect(found('الصينيةالصين', ['الصين'])).toEqual([]);
    // The article is no proclitic of a name that has its own (الالصين), nor a second one.
    expect(found('الالصين واللصين', ['الصين'])).toEqual([]);
  });

  it('matches the spelling variants of one name and keeps the longest of overlapping aliases, once', () => {
    const text = 'بوتين و شي جينغ بين يعلنان. التقى فلاديمير بوتين مع شي جين بينغ. وعلى الشاشة الرئيس الصيني شي جين بينج. دافع شي عن الحق';
    expect(found(text, [...PUTIN, ...XI])).toEqual(['|بوتين', '|شي جينغ بين', '|فلاديمير بوتين', '|شي جين بينغ', '|شي جين بينج', '|شي']);
    const matches = findAliasMatches(text, compileAliases([...PUTIN, ...XI]));
    expect(matches.map((m) => m.alias)).toEqual(['بوتين', 'شي جينغ بين', 'فلاديمير بوتين', 'شي جين بينغ', 'شي جين بينج', 'شي']);
    expect(matches.map((m) => m.start)).toEqual([...matches.map((m) => m.start)].sort((a, b) => a - b));
  });

  it('ignores diacritics, tatweel, alef forms, ى/ي and ة/ه, and spans the original text', () => {
    const text = 'زار فلاديمـــير   بُوتِين إيران وأنقرة ثم موسكـو ومستشفى الرعاية';
    const matches = findAliasMatches(text, compileAliases(['فلاديمير بوتين', 'ايران', 'انقره', 'موسكو', 'مستشفي الرعايه']));
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['فلاديمـــير   بُوتِين', 'إيران', 'أنقرة', 'موسكـو', 'مستشفى الرعاية']);
    expect(matches.map((m) => m.clitic)).toEqual(['', '', 'و', '', 'و']);
  });

  it('crosses spaces and tatweel between words but not a line break', () => {
    expect(found('فلاديمير ـ بوتين', ['فلاديمير بوتين'])).toEqual(['|فلاديمير ـ بوتين']);
    expect(found('فلاديمير\nبوتين', ['فلاديمير بوتين'])).toEqual([]);
  });

  it('gives each match the alias as it was given, the first of aliases that fold alike', () => {
    const [match] = findAliasMatches('الرئيس بوتين', compileAliases(['بُوتين', 'بوتين']));
    expect(match).toEqual({ start: 7, end: 12, alias: 'بُوتين', clitic: '' });
  });

  it('counts in UTF-16 code units of the original, past an emoji and a name at either end', () => {
    const text = '😀بوتين 😀 لبوتين';
    expect(findAliasMatches(text, compileAliases(PUTIN))).toEqual([
      { start: 2, end: 7, alias: 'بوتين', clitic: '' },
      { start: 12, end: 17, alias: 'بوتين', clitic: 'ل' },
    ]);
  });

  it('finds nothing with no usable alias, and takes regular expression characters literally', () => {
    expect(found('بوتين', [])).toEqual([]);
    expect(found('بوتين', ['  ', 'ـــ', 'ً'])).toEqual([]);
    expect(found('قال (بوتين) و بوتين بو.ين', ['(بوتين)', 'بو.ين'])).toEqual(['|(بوتين)', '|بو.ين']);
    expect(found('سي.إن.بي.سي الأميركي', ['سي.إن.بي.سي'])).toEqual(['|سي.إن.بي.سي']);
  });
});
