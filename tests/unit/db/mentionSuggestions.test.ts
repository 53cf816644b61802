import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../support/testDatabase';
import { annotationRow, entityRow } from '../../support/records';
import { acceptSuggestions, findSuggestions, rejectSuggestions } from '../../../src/renderer/db/mentionSuggestions';
import { redo, undo } from '../../../src/renderer/db/history';
import { CORPUS_HISTORY } from '../../../src/renderer/db/historyEntry';
import type { MentionSearch } from '../../../src/shared/entity/mentionSuggestions';

const t = useTestDatabase('test-mention-suggestions');

const A = 'قال فلاديمير بوتين إن روسيا مستعدة، وأكد لبوتين مستشاروه ذلك.';
const B = 'التقى الرئيس الصيني ببوتين في موسكو، وقال بوتين إن العلاقات ممتازة.';
const putin = entityRow('putin', { aliases: ['بوتين'] });
const search: MentionSearch = { entityId: 'putin', tagId: 'person', names: ['فلاديمير بوتين', 'بوتين'] };

async function seed() {
  await t.db.articleTexts.bulkPut([
    { id: 'a', text: A },
    { id: 'b', text: B },
  ]);
  await t.db.entities.put(putin);
}

const live = async () => (await t.db.annotations.toArray()).filter((a) => !a.deletedAt);

describe('find all mentions in the database', () => {
  it('finds every mention behind its clitics across articles, the name only, and none already made', async () => {
    await seed();
    const start = A.indexOf('فلاديمير');
    await t.db.annotations.put(annotationRow('m', 'a', { start, end: start + 'فلاديمير بوتين'.length, entityId: 'putin' }));
    const found = await findSuggestions(t.db, search, ['a', 'b']);
    expect(found.map((s) => [s.articleId, s.text, s.clitic])).toEqual([
      ['a', 'بوتين', 'ل'],
      ['b', 'بوتين', 'ب'],
      ['b', 'بوتين', ''],
    ]);
    expect(found.every((s) => (s.articleId === 'a' ? A : B).slice(s.start, s.end) === 'بوتين')).toBe(true);
  });

  it('accepting in two articles is one corpus step: linked annotations, undone and redone together', async () => {
    await seed();
    const found = await findSuggestions(t.db, search, ['a', 'b']);
    const outcome = await acceptSuggestions(t.db, search, found, 'Mona');
    expect(outcome.annotationIds).toHaveLength(found.length);
    const rows = await live();
    expect(rows.map((r) => [r.articleId, r.exact, r.entityId, r.tagId, r.author])).toEqual(expect.arrayContaining(found.map((s) => [s.articleId, 'بوتين', 'putin', 'person', 'Mona'])));
    expect(await undo(t.db, CORPUS_HISTORY)).toBe('accept mentions');
    expect(await live()).toEqual([]);
    expect(await redo(t.db, CORPUS_HISTORY)).toBe('accept mentions');
    expect(await live()).toHaveLength(found.length);
    // Accepted ones are mentions now: nothing is proposed again.
    expect(await findSuggestions(t.db, search, ['a', 'b'])).toEqual([]);
  });

  it('accepting in one article is a step of that article; a span already tagged but unlinked is linked, not tagged twice', async () => {
    await seed();
    const at = B.lastIndexOf('بوتين');
    await t.db.annotations.put(annotationRow('u', 'b', { start: at, end: at + 5, exact: 'بوتين' }));
    const found = await findSuggestions(t.db, search, ['b']);
    expect(found.map((s) => s.existingId)).toEqual([null, 'u']);
    await acceptSuggestions(t.db, search, found, 't');
    expect((await live()).map((r) => [r.id === 'u' ? 'u' : 'new', r.entityId])).toEqual(
      expect.arrayContaining([
        ['u', 'putin'],
        ['new', 'putin'],
      ]),
    );
    expect(await live()).toHaveLength(2);
    expect(await undo(t.db, 'b')).toBe('accept mentions');
    expect((await live()).map((r) => [r.id, r.entityId])).toEqual([['u', undefined]]);
  });

  it('rejected suggestions are remembered for the entity and never proposed again', async () => {
    await seed();
    const found = await findSuggestions(t.db, search, ['b']);
    await rejectSuggestions(t.db, search, [found[0]!], 't');
    const again = await findSuggestions(t.db, search, ['b']);
    expect(again.map((s) => s.start)).toEqual([found[1]!.start]);
    // Another entity with the same name is asked about afresh.
    expect(await findSuggestions(t.db, { ...search, entityId: 'another' }, ['b'])).toHaveLength(2);
  });

  it('a run from an annotation with no entity makes the entity from its text and links it and the accepted ones, in one step of the article', async () => {
    await seed();
    const source = annotationRow('src', 'a', { start: A.indexOf('بوتين'), end: A.indexOf('بوتين') + 5, exact: 'بوتين' });
    await t.db.annotations.put(source);
    const fresh: MentionSearch = { entityId: null, tagId: 'person', names: ['بوتين'] };
    const found = await findSuggestions(t.db, fresh, ['a', 'b']);
    expect(found.map((s) => s.clitic)).toEqual(['ل', 'ب', '']);
    await rejectSuggestions(t.db, fresh, [found[2]!], 't');
    const outcome = await acceptSuggestions(t.db, fresh, [found[0]!], 't', source);
    const made = await t.db.entities.get(outcome.entityId!);
    expect(made).toMatchObject({ name: 'بوتين', type: 'person', aliases: [] });
    expect((await live()).every((r) => r.entityId === outcome.entityId)).toBe(true);
    // What was rejected before the entity existed stays rejected for it.
    const entitySearch = { entityId: outcome.entityId, tagId: 'person', names: ['بوتين'] };
    expect((await findSuggestions(t.db, entitySearch, ['a', 'b'])).map((s) => [s.articleId, s.clitic])).toEqual([['b', 'ب']]);
    await undo(t.db, 'a');
    expect((await t.db.entities.get(outcome.entityId!))!.deletedAt).toBeDefined();
    expect((await live()).map((r) => [r.id, r.entityId])).toEqual([['src', undefined]]);
  });
});
