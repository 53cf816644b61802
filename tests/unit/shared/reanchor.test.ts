import { describe, expect, it } from 'vitest';
import { contextSimilarity, reanchor, reanchorAll } from '../../../src/shared/annotation/reanchor';
import { quoteOf } from '../../../src/shared/annotation/snapSpan';
import { placeAnnotation } from '../../../src/shared/interchange/merge/placeAnnotation';

const OLD = 'وصل الرئيس الروسي فلاديمير بوتين إلى بكين يوم الخميس في زيارة دولة. وقال الكرملين إن المحادثات ستتناول أمن الطاقة والتجارة بين البلدين. ثم التقى بوتين نظيره الصيني شي جين بينغ.';

/** The anchor of `quote`'s `nth` occurrence in OLD, as the app stores it. */
function anchorOf(quote: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = OLD.indexOf(quote, start + 1);
  return { start, end: start + quote.length, ...quoteOf(OLD, { start, end: start + quote.length }) };
}

describe('reanchor', () => {
  it('keeps an annotation whose text is unchanged where it was', () => {
    expect(reanchor(OLD, anchorOf('بكين'))).toEqual({ kind: 'exact', start: OLD.indexOf('بكين'), end: OLD.indexOf('بكين') + 4 });
  });

  it('follows its quote when text is inserted before it, and picks the occurrence its context names', () => {
    const text = `عاجل: ${OLD}`;
    const second = anchorOf('بوتين', 1);
    const at = text.lastIndexOf('بوتين');
    expect(reanchor(text, second)).toEqual({ kind: 'moved', start: at, end: at + 5 });
    const first = text.indexOf('بوتين');
    expect(reanchor(text, anchorOf('بوتين', 0))).toEqual({ kind: 'moved', start: first, end: first + 5 });
  });

  it('does not take a lookalike the edit shifted under its old offsets', () => {
    // The first sentence is removed: the second بوتين's old offsets now hold other text, and the
    // first بوتين is gone; nothing at the old place, and the only بوتين left has other context.
    const removed = OLD.slice(OLD.indexOf('وقال'));
    const first = anchorOf('بوتين', 0);
    expect(reanchor(removed, first)).toMatchObject({ kind: 'orphaned' });
  });

  it('finds a quote whose letters gained tashkeel, and ends after the last letter’s marks', () => {
    const text = OLD.replace('الكرملين إن المحادثات', 'الكَرْمَلِينُ إنّ المُحادَثاتِ');
    const placed = reanchor(text, anchorOf('الكرملين إن المحادثات'));
    expect(placed.kind).toBe('approximate');
    if (placed.kind !== 'approximate') return;
    expect(text.slice(placed.start, placed.end)).toBe('الكَرْمَلِينُ إنّ المُحادَثاتِ');
  });

  it('places a reworded sentence approximately, on that sentence', () => {
    const claim = 'وقال الكرملين إن المحادثات ستتناول أمن الطاقة والتجارة بين البلدين.';
    const reworded = 'وقال الكرملين إن المباحثات ستتناول أمن الطاقة والتجارة بين البلدين.';
    const text = OLD.replace(claim, reworded);
    const placed = reanchor(text, anchorOf(claim));
    expect(placed).toMatchObject({ kind: 'approximate', start: text.indexOf(reworded), end: text.indexOf(reworded) + reworded.length });
  });

  it('orphans a sentence that was removed, with its reason', () => {
    const claim = 'وقال الكرملين إن المحادثات ستتناول أمن الطاقة والتجارة بين البلدين.';
    expect(reanchor(OLD.replace(claim, ''), anchorOf(claim))).toEqual({ kind: 'orphaned', reason: 'quote-not-found' });
  });

  it('never matches a short quote approximately: a name one letter off is another name', () => {
    const text = OLD.replaceAll('بكين', 'بكيم');
    expect(reanchor(text, anchorOf('بكين'))).toMatchObject({ kind: 'orphaned' });
  });

  it('calls two places with equally good context ambiguous, never a choice', () => {
    const sentence = 'ثم التقى بوتين نظيره الصيني شي جين بينغ.';
    const text = `${sentence} ${sentence}`;
    const anchor = { start: 500, end: 505, exact: 'بوتين', prefix: 'ثم التقى ', suffix: ' نظيره الصيني' };
    expect(reanchor(text, anchor)).toEqual({ kind: 'orphaned', reason: 'ambiguous' });
  });

  it('scores context by edits, so a word changed beside a quote costs only that word', () => {
    const text = 'قال المتحدث باسم الكرملين إن بوتين سيزور بكين';
    const at = text.indexOf('بوتين');
    expect(contextSimilarity(text, at, at + 5, 'قال المتحدث باسم الكرملين إن ', ' سيزور بكين')).toBe(1);
    expect(contextSimilarity(text, at, at + 5, 'قال الناطق باسم الكرملين إن ', ' سيزور بكين')).toBeGreaterThan(0.7);
    expect(contextSimilarity(text, at, at + 5, '', '')).toBeNull();
  });
});

describe('reanchorAll', () => {
  const caption = 'بوتين يحضر القمة عبر الفيديو.';
  const old = `${caption}\n${caption}\nنص المقال.\n`;
  const twin = (start: number) => ({ group: 'person', start, end: start + 5, ...quoteOf(old, { start, end: start + 5 }) });

  it('does not put a moved annotation where the same tag already sits on the same text', () => {
    // The second caption leaves for the end; its twin keeps its own tag, so the moved one is looked
    // for elsewhere instead of landing on the twin (whose context agrees as well).
    const text = `${caption}\nنص المقال.\n${caption}\n`;
    const [stays, moved] = reanchorAll(text, [twin(0), twin(caption.length + 1)]);
    expect(stays).toEqual({ kind: 'exact', start: 0, end: 5 });
    expect(['moved', 'orphaned']).toContain(moved!.kind);
    if (moved!.kind === 'moved') expect(moved!.start).toBe(text.lastIndexOf('بوتين'));
  });

  it('orphans both of two annotations of one tag that would land on one span', () => {
    // Two tags of one kind whose passages read alike, and the edit left one passage: which one it
    // is, nothing says.
    const twins = [twin(0), { ...twin(0), start: caption.length + 1, end: caption.length + 6 }];
    const text = `مقدمة.\n${caption}\nنص المقال.\n`;
    expect(reanchorAll(text, twins)).toEqual([
      { kind: 'orphaned', reason: 'ambiguous' },
      { kind: 'orphaned', reason: 'ambiguous' },
    ]);
    // With another tag, the one that moved is placed.
    expect(reanchorAll(text, [twins[0]!, { ...twins[1]!, group: 'place' }]).map((r) => r.kind)).toEqual(['moved', 'moved']);
  });
});

describe('placeAnnotation (imports) gains the approximate step', () => {
  it('places an imported claim whose text another tool saw slightly different', () => {
    const claim = 'وقال الكرملين إن المحادثات ستتناول أمن الطاقة والتجارة بين البلدين.';
    const theirs = { ...anchorOf(claim), exact: 'وقال الكرملين ان المحادثات ستتناول امن الطاقه والتجاره بين البلدين .' };
    expect(placeAnnotation(OLD, { ...theirs, start: 0, end: 0 })).toEqual({ kind: 're-placed', start: OLD.indexOf(claim), end: OLD.indexOf(claim) + claim.length });
  });
});
