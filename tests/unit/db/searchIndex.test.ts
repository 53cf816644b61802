import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeArticles } from '../../../src/renderer/db/articles';
import { articleTextsById, loadSavedSearchIndex, saveSearchIndex } from '../../../src/renderer/db/searchIndexStore';
import { compileAliases, findAliasMatches } from '../../../src/shared/arabic/aliasMatcher';
import { inContext } from '../../../src/shared/entity/mentionSuggestions';
import { SearchEngine } from '../../../src/renderer/features/search/searchEngine';
import { SEARCH_INDEX_FORMAT } from '../../../src/shared/search/corpusIndex';
import type { IndexStatus, SearchResults } from '../../../src/shared/search/searchResults';
import { intakeBytes, type IntakeAccepted } from '../../../src/shared/text/intake';
import { utf8 } from '../../support/encodings';
import { useTestDatabase } from '../../support/testDatabase';

const t = useTestDatabase('test-search-index');

const corpusDir = join(__dirname, '../../../resources/corpus');
const samples = readdirSync(corpusDir)
  .sort()
  .map((name) => ({ name, text: readFileSync(join(corpusDir, name), 'utf8') }));

async function accepted(text: string): Promise<IntakeAccepted> {
  const result = await intakeBytes('f.txt', utf8(text));
  if (!result.ok) throw new Error(result.reason);
  return result;
}

async function store(files: { name: string; text: string }[]): Promise<string[]> {
  const requests = await Promise.all(files.map(async ({ name, text }) => ({ accepted: await accepted(text), fileName: name, sourceKey: `test/${name}`, author: 't' })));
  await storeArticles(t.db, requests);
  return requests.map((r) => r.accepted.id);
}

function engine(): { engine: SearchEngine; phases: IndexStatus['phase'][] } {
  const phases: IndexStatus['phase'][] = [];
  return { engine: new SearchEngine(t.db, (s) => phases.push(s.phase), { chunk: 2, saveDelayMs: 60_000 }), phases };
}

const articlesFound = async (e: SearchEngine, query: string) => (await e.search(query, 10)).articles.map((a) => a.articleId).sort();

describe('the corpus search index', () => {
  it('indexes the library, answers with hits grouped by article, and survives a save and a new start without re-indexing', async () => {
    const ids = await store(samples);
    const first = engine();
    await first.engine.sync();
    expect(first.phases).toContain('indexing');
    expect(first.engine.currentStatus).toMatchObject({ phase: 'ready', articles: 5, saved: false });

    const lists: SearchResults[] = [];
    const results = await first.engine.search('الصين', 3, (list) => lists.push(list));
    // First the list: for one word every article with hits (the index knows them), the first three with their hits.
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ complete: false, totalHits: null });
    expect(lists[0]!.articles.map((a) => a.hits?.length ?? null)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number), null, null]);
    // Then every article counted, in the same order.
    expect(results).toMatchObject({ complete: true, totalHits: 40 });
    expect(results.articles.map((a) => a.articleId)).toEqual(lists[0]!.articles.map((a) => a.articleId));
    expect(results.articles.map((a) => a.count).sort((a, b) => a! - b!)).toEqual([6, 6, 9, 9, 10]);
    const [top] = results.articles;
    expect(top!.title).toBeTruthy();
    expect(top!.hits!.length).toBe(top!.count);
    expect(top!.hits!.every((h) => h.match === 'الصين' || h.match === 'لصين')).toBe(true);
    expect(results.articles[3]!.hits).toBeUndefined(); // past the first page: loaded when shown
    await first.engine.save();
    const saved = await loadSavedSearchIndex(t.db);
    expect(saved).toMatchObject({ format: SEARCH_INDEX_FORMAT });
    expect([...saved!.ids].sort()).toEqual([...ids].sort());

    const second = engine();
    await second.engine.sync();
    expect(second.phases).not.toContain('indexing');
    expect(second.engine.currentStatus).toMatchObject({ phase: 'ready', articles: 5, saved: true });
    expect(await articlesFound(second.engine, 'للصين')).toEqual(await articlesFound(first.engine, 'للصين'));
    expect((await second.engine.search('الصين', 3)).totalHits).toBe(40);
  });

  it('lists a phrase only where its words stand together, then counts every article the index proposed', async () => {
    const ids = await store(samples);
    const { engine: e } = engine();
    await e.sync();
    const lists: SearchResults[] = [];
    // Every sample has both بكين and موسكو; only 004 has them side by side (بكين وموسكو).
    const results = await e.search('بكين موسكو', 2, (list) => lists.push(list));
    expect(lists[0]!.articles.map((a) => a.articleId)).toEqual([ids[4]]);
    expect(lists[0]!.articles[0]!.hits!.map((h) => h.match)).toEqual([expect.stringMatching(/^بكين\s+وموسكو$/)]);
    expect(results).toMatchObject({ complete: true, totalHits: 1 });
    expect(results.articles.map((a) => a.articleId)).toEqual([ids[4]]);
    expect((await e.search('الصين بوتين روسيا زنجبيل', 5)).articles).toEqual([]);
  });

  it('adds new articles and drops removed ones when the library changes, then saves only what changed', async () => {
    await store(samples.slice(0, 2));
    const { engine: e } = engine();
    await e.sync();
    expect(await articlesFound(e, 'زيارة غير مسبوقة')).toEqual([]);
    const [added] = await store([samples[2]!]);
    await e.sync();
    expect(await articlesFound(e, 'زيارة غير مسبوقة')).toEqual([added]);
    // A purge (or any other removal) of the article's rows: gone from the results at the next sync.
    await t.db.transaction('rw', t.db.articles, t.db.articleTexts, async () => {
      await t.db.articles.delete(added!);
      await t.db.articleTexts.delete(added!);
    });
    await e.sync();
    expect(await articlesFound(e, 'زيارة غير مسبوقة')).toEqual([]);
    expect(e.currentStatus.articles).toBe(2);
    await e.save();
    expect((await loadSavedSearchIndex(t.db))!.ids).toHaveLength(2);
  });

  it('brings a saved index up to date at start: only the articles it lacks are indexed', async () => {
    await store(samples.slice(0, 3));
    const { engine: before } = engine();
    await before.sync();
    await before.save();
    await store(samples.slice(3));
    const statuses: IndexStatus[] = [];
    const after = new SearchEngine(t.db, (s) => statuses.push(s), { chunk: 10, saveDelayMs: 60_000 });
    await after.sync();
    expect(statuses.filter((s) => s.phase === 'indexing').map((s) => s.total)).toContain(2);
    expect(after.currentStatus.articles).toBe(5);
    expect((await after.search('بوتين', 10)).articles.length).toBe(5);
    await after.save();
  });

  it('rebuilds an index saved in another format, and one that cannot be read', async () => {
    await store(samples.slice(0, 2));
    await saveSearchIndex(t.db, { format: SEARCH_INDEX_FORMAT + 1, ids: [], index: '{}' });
    const other = engine();
    await other.engine.sync();
    expect(other.phases).toContain('indexing');
    expect(other.engine.currentStatus.articles).toBe(2);
    await saveSearchIndex(t.db, { format: SEARCH_INDEX_FORMAT, ids: ['x'], index: 'not json' });
    const damaged = engine();
    await damaged.engine.sync();
    expect(damaged.engine.currentStatus).toMatchObject({ phase: 'ready', articles: 2 });
    await damaged.engine.save();
  });

  it('tells which articles may hold a name, for narrowing "find all mentions"', async () => {
    const ids = await store(samples);
    const { engine: e } = engine();
    const withXi = await e.articlesContaining(['شي جين بينغ', 'شي جينغ بين']);
    // 001 writes شي جينغ بين, 000 and 003 شي جين بينغ; every name needs all its words.
    expect(withXi).toEqual(expect.arrayContaining([ids[0], ids[1], ids[3]]));
    expect(await e.articlesContaining(['كلمة لا ترد أبدا'])).toEqual([]);
    await e.save();
  });

  it('finds every mention of a name in context, as matching each text afresh would, and says when it keeps every text', async () => {
    const ids = await store(samples);
    const { engine: e } = engine();
    const names = ['بوتين', 'فلاديمير بوتين', 'الصين'];
    const found = await e.mentionsOf(names);
    const matcher = compileAliases(names);
    const texts = await articleTextsById(t.db, ids);
    const expected = ids.flatMap((id) => {
      const text = texts.get(id)!;
      const matches = findAliasMatches(text, matcher);
      return matches.length ? [{ articleId: id, mentions: inContext(text, matches) }] : [];
    });
    expect(expected.length).toBeGreaterThan(1);
    expect([...found].sort((a, b) => a.articleId.localeCompare(b.articleId))).toEqual(expected.sort((a, b) => a.articleId.localeCompare(b.articleId)));
    for (const { articleId, mentions } of found) for (const m of mentions) expect(texts.get(articleId)!.slice(m.start, m.end)).toBe(m.text);
    expect(e.currentStatus.warm).toBe(false);
    await e.warm();
    expect(e.currentStatus.warm).toBe(true);
    await e.save();
  });

  it('loads titles and hits in their sentences for the articles shown next', async () => {
    const ids = await store(samples);
    const { engine: e } = engine();
    await e.sync();
    const [details] = await e.details('240 مليار دولار', [ids[2]!]);
    expect(details!.count).toBe(1);
    expect(details!.hits![0]).toMatchObject({ match: '240 مليار دولار' });
    expect(details!.hits![0]!.before).toContain('أكثر من');
    expect(details!.title).toBe(samples[2]!.text.split('\n')[0]!.trim());
    await e.save();
  });
});
