import { describe, expect, it, vi } from 'vitest';
import { saveArticleNote } from '../../../src/renderer/db/articleNotes';
import { storeArticle } from '../../../src/renderer/db/articles';
import { historyState } from '../../../src/renderer/db/history';
import { dropNoteDraft, keepNoteDraft, replayNoteDrafts, type DraftStorage } from '../../../src/renderer/db/noteDrafts';
import { intakeBytes } from '../../../src/shared/text/intake';
import { utf8 } from '../../support/encodings';
import { annotationRow } from '../../support/records';
import { useTestDatabase } from '../../support/testDatabase';

const t = useTestDatabase('test-note-drafts');

/** localStorage's behaviour over a Map (Node has no localStorage). */
function memoryStorage(): DraftStorage & { keys(): string[] } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
    keys: () => [...items.keys()],
  };
}

async function anArticle(): Promise<string> {
  const accepted = await intakeBytes('a.txt', utf8('عنوان\nنص المقال'));
  if (!accepted.ok) throw new Error(accepted.reason);
  await storeArticle(t.db, { accepted, fileName: 'a.txt', sourceKey: 'a.txt', author: 'x', now: 1 });
  return accepted.id;
}

describe('note drafts', () => {
  it('writes a journalled article note that never landed, then forgets it', async () => {
    const articleId = await anArticle();
    const storage = memoryStorage();
    keepNoteDraft(storage, { owner: { kind: 'article', articleId }, note: '{"n":1}', author: 'mona', base: [null] });
    expect(await replayNoteDrafts(t.db, storage)).toBe(1);
    expect(await t.db.articleNotes.get(articleId)).toMatchObject({ note: '{"n":1}', author: 'mona' });
    expect(storage.keys()).toEqual([]);
  });

  it('writes a journalled annotation note as one undoable step', async () => {
    await t.db.annotations.put(annotationRow('ann', 'art', { note: '{"n":1}' }));
    const storage = memoryStorage();
    // The editor knew {"n":0} stored and was still writing {"n":1} (it landed) when the page went.
    keepNoteDraft(storage, { owner: { kind: 'annotation', annotationId: 'ann' }, note: '{"n":2}', author: 'mona', base: ['{"n":0}', '{"n":1}'] });
    expect(await replayNoteDrafts(t.db, storage)).toBe(1);
    expect((await t.db.annotations.get('ann'))?.note).toBe('{"n":2}');
    expect(await historyState(t.db, 'art')).toEqual({ canUndo: true, canRedo: false });
  });

  it('skips a draft that landed after all, one over a note changed elsewhere, and one whose owner is gone', async () => {
    const articleId = await anArticle();
    await saveArticleNote(t.db, articleId, '{"landed":1}', 'x');
    await t.db.annotations.put(annotationRow('newer', 'art', { note: '{"later":1}' }));
    const storage = memoryStorage();
    keepNoteDraft(storage, { owner: { kind: 'article', articleId }, note: '{"landed":1}', author: 'x', base: [null] });
    keepNoteDraft(storage, { owner: { kind: 'annotation', annotationId: 'newer' }, note: '{"mine":1}', author: 'x', base: [null, '{"earlier":1}'] });
    keepNoteDraft(storage, { owner: { kind: 'annotation', annotationId: 'deleted' }, note: '{"n":1}', author: 'x', base: [null] });
    expect(await replayNoteDrafts(t.db, storage)).toBe(0);
    expect((await t.db.annotations.get('newer'))?.note).toBe('{"later":1}');
    expect(await t.db.annotations.get('deleted')).toBeUndefined();
    expect(storage.keys()).toEqual([]);
  });

  it('a cleared note is a draft too', async () => {
    await t.db.annotations.put(annotationRow('ann', 'art', { note: '{"old":1}' }));
    const storage = memoryStorage();
    keepNoteDraft(storage, { owner: { kind: 'annotation', annotationId: 'ann' }, note: null, author: 'x', base: ['{"old":1}'] });
    expect(await replayNoteDrafts(t.db, storage)).toBe(1);
    expect((await t.db.annotations.get('ann'))?.note).toBeNull();
  });

  it('ignores and removes entries that are not drafts; leaves other keys alone', async () => {
    const storage = memoryStorage();
    storage.setItem('isnad.noteDraft.annotation:x', '{not json');
    storage.setItem('isnad.noteDraft.annotation:y', JSON.stringify({ owner: { kind: 'annotation' }, note: 1 }));
    storage.setItem('isnad.noteDraft.annotation:z', JSON.stringify({ owner: { kind: 'annotation', annotationId: 'z' }, note: 'n', author: 'x', base: [1] }));
    storage.setItem('something-else', 'kept');
    expect(await replayNoteDrafts(t.db, storage)).toBe(0);
    expect(storage.keys()).toEqual(['something-else']);
  });

  it('dropping removes the draft only when it holds the stored value', () => {
    const storage = memoryStorage();
    const owner = { kind: 'annotation', annotationId: 'a' } as const;
    keepNoteDraft(storage, { owner, note: 'newer', author: 'x', base: [null] });
    dropNoteDraft(storage, owner, 'older');
    expect(storage.keys()).toHaveLength(1);
    dropNoteDraft(storage, owner, 'newer');
    expect(storage.keys()).toEqual([]);
  });

  it('a storage that refuses the write is reported, not thrown', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => keepNoteDraft(full, { owner: { kind: 'article', articleId: 'a' }, note: 'n', author: 'x', base: [null] })).not.toThrow();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
