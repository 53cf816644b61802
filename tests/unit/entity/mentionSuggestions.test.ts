import { describe, expect, it } from 'vitest';
import { rejectionOwner, suggestionsIn, type MentionSearch } from '../../../src/shared/entity/mentionSuggestions';
import { rejectedMentionId } from '../../../src/shared/entity/rejectedMention';

const text = 'قال بوتين إن روسيا مستعدة. وأكد الرئيس فلاديمير بوتين ذلك لبوتين.';
const at = (word: string, from = 0) => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length };
};
const match = (word: string, from = 0, clitic = '') => ({ ...at(word, from), alias: 'بوتين', clitic });
const first = match('بوتين');
const second = match('بوتين', first.end);
const third = match('بوتين', second.end, 'ل');
const search: MentionSearch = { entityId: 'putin', tagId: 'person', names: ['بوتين'] };
const row = (id: string, span: { start: number; end: number }, over: { tagId?: string; entityId?: string } = {}) => ({ id, tagId: 'person', ...span, ...over });

describe('suggestions in an article', () => {
  it('proposes every match not yet a mention, with its words around it in its sentence', () => {
    const found = suggestionsIn({ id: 'a', text }, [], [first, second, third], search, new Set());
    expect(found.map((s) => [s.start, s.text, s.existingId])).toEqual([
      [first.start, 'بوتين', null],
      [second.start, 'بوتين', null],
      [third.start, 'بوتين', null],
    ]);
    expect(found[0]!.before).toBe('قال ');
    expect(found[0]!.after).toBe(' إن روسيا مستعدة.');
    expect(found[2]!.before.endsWith('ل')).toBe(true);
  });

  it('leaves out mentions of the entity already made and names inside a longer tagged name', () => {
    const mention = row('m', first, { entityId: 'putin' });
    const longer = row('l', at('فلاديمير بوتين'), { entityId: 'other' });
    const found = suggestionsIn({ id: 'a', text }, [mention, longer], [first, second, third], search, new Set());
    expect(found.map((s) => s.start)).toEqual([third.start]);
  });

  it('offers to link an unlinked annotation of the tag on exactly the span, but never one linked to another entity', () => {
    const unlinked = row('u', second);
    const otherEntity = row('o', third, { entityId: 'someone-else' });
    const found = suggestionsIn({ id: 'a', text }, [unlinked, otherEntity], [second, third], search, new Set());
    expect(found.map((s) => [s.start, s.existingId])).toEqual([[second.start, 'u']]);
  });

  it('a fresh annotation without an entity does not re-propose spans already tagged with its tag', () => {
    const fresh: MentionSearch = { entityId: null, tagId: 'person', names: ['بوتين'] };
    const found = suggestionsIn({ id: 'a', text }, [row('t', first), row('p', second, { tagId: 'place' })], [first, second], fresh, new Set());
    expect(found.map((s) => s.start)).toEqual([second.start]);
  });

  it('never proposes a rejected match again, for the entity or for the fresh annotation text it was rejected for', () => {
    const rejected = new Set([rejectedMentionId('putin', 'a', second.start, second.end)]);
    expect(suggestionsIn({ id: 'a', text }, [], [first, second], search, rejected).map((s) => s.start)).toEqual([first.start]);
    const fresh: MentionSearch = { entityId: null, tagId: 'person', names: ['بُوتِين'] };
    expect(rejectionOwner(fresh)).toBe(rejectionOwner({ ...fresh, names: ['بوتين'] }));
    const freshRejected = new Set([rejectedMentionId(rejectionOwner(fresh), 'a', first.start, first.end)]);
    expect(suggestionsIn({ id: 'a', text }, [], [first], fresh, freshRejected)).toEqual([]);
  });
});
