import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { articleNote, saveArticleNote } from '../../../src/renderer/db/articleNotes';
import { IsnadDatabase } from '../../../src/renderer/db/database';
import { useTestDatabase } from '../../support/testDatabase';
import { annotationCounts, articleText, listArticles, setDirectionOverride, storeArticle } from '../../../src/renderer/db/articles';
import { readSettings, updateSetting, writeSetting } from '../../../src/renderer/db/settings';
import { intakeBytes, type IntakeAccepted } from '../../../src/shared/text/intake';
import { DEFAULT_SETTINGS } from '../../../src/shared/model';
import { utf8 } from '../../support/encodings';
import { annotationRow } from '../../support/records';

const t = useTestDatabase('test-articles');

async function accepted(text: string): Promise<IntakeAccepted> {
  const result = await intakeBytes('f.txt', utf8(text));
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('article storage', () => {
  it('stores metadata and text apart, keyed by the text hash, with a record stamp', async () => {
    const a = await accepted('العنوان\nالنص');
    expect(await storeArticle(t.db, { accepted: a, fileName: 'f.txt', sourceKey: 'dir/f.txt', author: 'mona', now: 1000 })).toBe('added');
    const record = await t.db.articles.get(a.id);
    expect(record).toMatchObject({
      id: a.id,
      title: 'العنوان',
      fileName: 'f.txt',
      sourceKey: 'dir/f.txt',
      length: 12,
      author: 'mona',
      createdAt: 1000,
      previousVersionId: null,
      detectedDirection: 'rtl',
      directionOverride: null,
    });
    expect(record).not.toHaveProperty('text');
    expect(await articleText(t.db, a.id)).toBe('العنوان\nالنص');
  });

  it('never stores the same text twice, wherever it came from', async () => {
    const a = await accepted('نص واحد');
    await storeArticle(t.db, { accepted: a, fileName: 'a.txt', sourceKey: 'a.txt', author: 'x' });
    expect(await storeArticle(t.db, { accepted: a, fileName: 'b.txt', sourceKey: 'b.txt', author: 'x' })).toBe('duplicate');
    expect(await t.db.articles.count()).toBe(1);
    expect(await t.db.articleTexts.count()).toBe(1);
  });

  it('links changed text from the same source to the newest earlier version', async () => {
    const v1 = await accepted('الإصدار الأول');
    const v2 = await accepted('الإصدار الثاني');
    const v3 = await accepted('الإصدار الثالث');
    await storeArticle(t.db, { accepted: v1, fileName: 'f.txt', sourceKey: 'news/f.txt', author: 'x' });
    expect(await storeArticle(t.db, { accepted: v2, fileName: 'f.txt', sourceKey: 'news/f.txt', author: 'x' })).toBe('new-version');
    await storeArticle(t.db, { accepted: v3, fileName: 'f.txt', sourceKey: 'news/f.txt', author: 'x' });
    expect((await t.db.articles.get(v2.id))?.previousVersionId).toBe(v1.id);
    expect((await t.db.articles.get(v3.id))?.previousVersionId).toBe(v2.id);
    expect((await listArticles(t.db)).map((a) => a.id)).toEqual([v1.id, v2.id, v3.id]);
  });

  it('keeps import order even within one millisecond', async () => {
    const ids: string[] = [];
    for (const text of ['ج', 'ب', 'أ', 'د']) {
      const a = await accepted(text);
      ids.push(a.id);
      await storeArticle(t.db, { accepted: a, fileName: `${text}.txt`, sourceKey: `${text}.txt`, author: 'x', now: 5 });
    }
    expect((await listArticles(t.db)).map((a) => a.id)).toEqual(ids);
  });

  it('counts annotations per article from the index', async () => {
    await t.db.annotations.bulkAdd([annotationRow('1', 'a'), annotationRow('2', 'a'), annotationRow('3', 'b')]);
    expect(Object.fromEntries(await annotationCounts(t.db))).toEqual({ a: 2, b: 1 });
  });

  it('overrides and clears an article direction', async () => {
    const a = await accepted('نص');
    await storeArticle(t.db, { accepted: a, fileName: 'f.txt', sourceKey: 'f.txt', author: 'x' });
    await setDirectionOverride(t.db, a.id, 'ltr');
    expect((await t.db.articles.get(a.id))?.directionOverride).toBe('ltr');
    await setDirectionOverride(t.db, a.id, null);
    expect((await t.db.articles.get(a.id))?.directionOverride).toBeNull();
  });
});

describe('settings', () => {
  it('falls back to defaults and stores each key on its own', async () => {
    expect(await readSettings(t.db)).toEqual(DEFAULT_SETTINGS);
    await writeSetting(t.db, 'language', 'ar');
    await writeSetting(t.db, 'readerFontSize', 24);
    expect(await readSettings(t.db)).toEqual({ ...DEFAULT_SETTINGS, language: 'ar', readerFontSize: 24 });
  });

  it('applies changes started together one after the other (two quick Ctrl+= presses make two steps)', async () => {
    await Promise.all([updateSetting(t.db, 'readerFontSize', (size) => size + 2), updateSetting(t.db, 'readerFontSize', (size) => size + 2)]);
    expect((await readSettings(t.db)).readerFontSize).toBe(DEFAULT_SETTINGS.readerFontSize + 4);
  });
});

describe('schema', () => {
  it('the latest version has the agreed tables and indexes', () => {
    expect(t.db.verno).toBe(6);
    const tables = Object.fromEntries(t.db.tables.map((t) => [t.name, [t.schema.primKey.name, ...t.schema.indexes.map((i) => i.name)].sort()]));
    expect(tables).toEqual({
      articles: ['id', 'importedAt', 'previousVersionId', 'sourceKey'],
      articleTexts: ['id'],
      annotations: ['[articleId+deletedAt]', '[articleId+start+end]', 'articleId', 'entityId', 'id', 'tagId'],
      settings: ['key'],
      readingPositions: ['articleId'],
      tags: ['id', 'order'],
      history: ['[articleId+undone+seq]', 'id'],
      articleNotes: ['articleId'],
      entities: ['id'],
      claimLinks: ['fromId', 'id', 'toId'],
      rejectedMentions: ['entityId', 'id'],
      searchIndex: ['key'],
    });
  });
});

describe('article notes', () => {
  it('saves, replaces and clears an article note, keeping when it was first written', async () => {
    expect(await articleNote(t.db, 'a')).toBeNull();
    await saveArticleNote(t.db, 'a', '{"root":1}', 'x');
    const first = await t.db.articleNotes.get('a');
    await saveArticleNote(t.db, 'a', '{"root":2}', 'y');
    expect(await t.db.articleNotes.get('a')).toMatchObject({ note: '{"root":2}', author: 'y', createdAt: first!.createdAt });
    await saveArticleNote(t.db, 'a', null, 'y');
    // Cleared: no note any more (its row stays as a tombstone, see tests/unit/db/softDelete.test.ts).
    expect(await articleNote(t.db, 'a')).toBeNull();
  });
});

describe('schema upgrade', () => {
  it('a version 2 database opens as version 3 with its rows intact', async () => {
    const name = `upgrade-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores({ articles: 'id, sourceKey, previousVersionId, importedAt', articleTexts: 'id', annotations: 'id, articleId', settings: 'key', readingPositions: 'articleId' });
    old.version(2).stores({ annotations: 'id, articleId, tagId', tags: 'id, order', history: 'id, seq, [articleId+seq]' });
    await old.open();
    await old.table('annotations').put({ id: 'n1', articleId: 'a', tagId: 'person' });
    old.close();
    const db = new IsnadDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect((await db.annotations.where('tagId').equals('person').first())?.id).toBe('n1');
    expect(await db.articleNotes.count()).toBe(0);
    db.close();
    await db.delete();
  });
});

describe('schema v4', () => {
  it('a version 3 database opens as version 4 with its rows found by their exact span', async () => {
    const name = `upgrade-v4-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores({ articles: 'id, sourceKey, previousVersionId, importedAt', articleTexts: 'id', annotations: 'id, articleId', settings: 'key', readingPositions: 'articleId' });
    old.version(2).stores({ annotations: 'id, articleId, tagId', tags: 'id, order', history: 'id, seq, [articleId+seq]' });
    old.version(3).stores({ articleNotes: 'articleId' });
    await old.open();
    await old.table('annotations').bulkPut([annotationRow('n1', 'a', { start: 3, end: 8 }), annotationRow('n2', 'a', { start: 3, end: 9 }), annotationRow('n3', 'b', { start: 3, end: 8 })]);
    await old.table('articleNotes').put({ articleId: 'a', note: 'kept', createdAt: 1, updatedAt: 1, author: 't' });
    old.close();
    const db = new IsnadDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect((await db.annotations.where('[articleId+start+end]').equals(['a', 3, 8]).toArray()).map((a) => a.id)).toEqual(['n1']);
    expect(await db.annotations.count()).toBe(3);
    expect((await db.articleNotes.get('a'))?.note).toBe('kept');
    db.close();
    await db.delete();
  });
});
