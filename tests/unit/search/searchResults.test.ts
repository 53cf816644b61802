import { describe, expect, it } from 'vitest';
import { findHits } from '../../../src/shared/search/findHits';
import { hitView, stepCursor } from '../../../src/shared/search/searchResults';

describe('moving through hits', () => {
  const counts = [3, 1, 2];

  it('goes on within an article, then into the next, and round from the last hit to the first', () => {
    expect(stepCursor(counts, null, 1)).toEqual({ article: 0, hit: 0 });
    expect(stepCursor(counts, { article: 0, hit: 1 }, 1)).toEqual({ article: 0, hit: 2 });
    expect(stepCursor(counts, { article: 0, hit: 2 }, 1)).toEqual({ article: 1, hit: 0 });
    expect(stepCursor(counts, { article: 2, hit: 1 }, 1)).toEqual({ article: 0, hit: 0 });
  });

  it('goes back into the previous article’s last hit, and from the first hit to the very last', () => {
    expect(stepCursor(counts, null, -1)).toEqual({ article: 2, hit: 1 });
    expect(stepCursor(counts, { article: 1, hit: 0 }, -1)).toEqual({ article: 0, hit: 2 });
    expect(stepCursor(counts, { article: 0, hit: 0 }, -1)).toEqual({ article: 2, hit: 1 });
    expect(stepCursor([], null, 1)).toBeNull();
  });
});

describe('a hit as listed', () => {
  it('shows the hit in its sentence, cut at whole words when the sentence is long', () => {
    const text = 'مقدمة.\nوفي المقابل، قال شي إن الصداقة بين الصين و روسيا "أبدية" و "أصبحت نموذجا لنوع جديد من العلاقات الدولية" في عالم يتغير بسرعة كبيرة جدا. جملة أخرى.';
    const [hit] = findHits(text, 'الصين');
    const view = hitView(text, hit!);
    expect(view.match).toBe('الصين');
    expect(view.before).toBe('وفي المقابل، قال شي إن الصداقة بين ');
    expect(view.after.endsWith('…')).toBe(true);
    expect(view.after).not.toContain('جملة أخرى');
    expect(text.slice(view.start, view.end)).toBe('الصين');
  });
});
