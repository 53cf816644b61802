import { describe, expect, it } from 'vitest';
import { paragraphBackward, paragraphForward, phraseBackward, phraseForward, sentenceAt, wordBackward, wordForward } from '../../../src/shared/annotation/textSteps';

const title = 'بوتين و شي جينغ بين يعلنان';
const at = (text: string, needle: string) => text.indexOf(needle);
const end = (text: string, needle: string) => text.indexOf(needle) + needle.length;

describe('word steps', () => {
  it('forward stops at the end of the next word, back at the start of the previous one', () => {
    expect(wordForward(title, 0)).toBe(end(title, 'بوتين'));
    expect(wordForward(title, end(title, 'بوتين'))).toBe(end(title, 'بوتين و'));
    expect(wordForward(title, 2)).toBe(end(title, 'بوتين')); // from inside a word: its end
    expect(wordBackward(title, end(title, 'شي'))).toBe(at(title, 'شي'));
    expect(wordBackward(title, at(title, 'شي'))).toBe(at(title, 'و '));
    expect(wordBackward(title, 0)).toBe(0);
    expect(wordForward(title, title.length)).toBe(title.length);
  });

  it('skips punctuation and crosses to the next or previous line, skipping empty ones', () => {
    const text = 'قال: «بوتين»،\n\nفي بكين';
    expect(wordForward(text, end(text, 'قال'))).toBe(end(text, 'بوتين'));
    expect(wordForward(text, end(text, 'بوتين'))).toBe(end(text, 'في'));
    expect(wordBackward(text, at(text, 'في'))).toBe(at(text, 'بوتين'));
  });

  it('takes numbers with their decimal point as one word', () => {
    const text = 'بلغ 2.14 مليون';
    expect(wordForward(text, end(text, 'بلغ'))).toBe(end(text, '2.14'));
  });
});

describe('phrase steps', () => {
  const line = 'المستقلة/- أعلنت روسيا الوثيقة بالفعل، حيث التقى فلاديمير بوتين في أوروبا . و أعلنت إدارة بايدن 2.14 مليون';
  it('forward goes just past the next comma, full stop or dash and its space; a decimal point is no phrase end', () => {
    expect(phraseForward(line, end(line, 'المستقلة'))).toBe(at(line, 'حيث'));
    expect(phraseForward(line, at(line, 'حيث'))).toBe(at(line, 'و أعلنت'));
    expect(phraseForward(line, at(line, 'و أعلنت'))).toBe(line.length);
  });
  it('back goes to the start of this phrase, then of the one before, then to the previous line', () => {
    expect(phraseBackward(line, end(line, 'بايدن'))).toBe(at(line, 'و أعلنت'));
    expect(phraseBackward(line, at(line, 'و أعلنت'))).toBe(at(line, 'حيث'));
    expect(phraseBackward(line, at(line, 'حيث'))).toBe(0);
    const two = 'أولى، ثانية.\nثالثة';
    expect(phraseBackward(two, at(two, 'ثالثة'))).toBe(at(two, 'ثانية'));
    // A line's end is a stop too (to select its last word backwards), then the next line's start.
    expect(phraseForward(two, end(two, 'ثانية'))).toBe(end(two, 'ثانية.'));
    expect(phraseForward(two, end(two, 'ثانية.'))).toBe(at(two, 'ثالثة'));
  });
});

describe('sentences', () => {
  const text = 'بعد جولة في أوروبا . و أعلنت إدارة بايدن عن تعريفات.\nفقرة ثانية هنا.';
  it('is the sentence the caret is in', () => {
    expect(sentenceAt(text, at(text, 'جولة'))).toEqual({ start: 0, end: at(text, 'و أعلنت') });
    expect(sentenceAt(text, at(text, 'بايدن'))).toEqual({ start: at(text, 'و أعلنت'), end: end(text, 'تعريفات.') });
  });
  it('is the next one when only the full stop of this one is left, even on the next line', () => {
    expect(sentenceAt(text, end(text, 'أوروبا'))).toEqual({ start: at(text, 'و أعلنت'), end: end(text, 'تعريفات.') });
    expect(sentenceAt(text, end(text, 'تعريفات'))).toEqual({ start: at(text, 'فقرة'), end: text.length });
    expect(sentenceAt(text, text.length)).toBeNull();
  });
});

describe('paragraph steps', () => {
  const text = 'عنوان\n\nأولى هنا\nثانية';
  it('forward goes to the start of the next paragraph with text, or the end', () => {
    expect(paragraphForward(text, 2)).toBe(at(text, 'أولى'));
    expect(paragraphForward(text, at(text, 'أولى'))).toBe(at(text, 'ثانية'));
    expect(paragraphForward(text, at(text, 'ثانية'))).toBe(text.length);
  });
  it('back goes to this paragraph’s start, then to the previous one with text', () => {
    expect(paragraphBackward(text, end(text, 'هنا'))).toBe(at(text, 'أولى'));
    expect(paragraphBackward(text, at(text, 'أولى'))).toBe(0);
    expect(paragraphBackward(text, 0)).toBe(0);
  });
});
