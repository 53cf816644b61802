import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readInterchangeData } from '../../../src/renderer/db/interchangeData';
import { mergeIntoLibrary } from '../../../src/renderer/db/mergeImport';
import { isLive } from '../../../src/renderer/db/annotationRows';
import { ensureDefaultTags } from '../../../src/renderer/db/tags';
import { defaultClaimFields } from '../../../src/shared/annotation/annotation';
import type { ClaimLinkRecord } from '../../../src/shared/claims/claimLink';
import type { EntityRecord } from '../../../src/shared/entity/entity';
import { markedDeleted } from '../../../src/shared/model';
import { useTestDatabase } from '../../support/testDatabase';
import { copyData, fixtureAnnotation, fixtureArticle, fixtureData } from '../../support/interchange/mergeFixture';

const t = useTestDatabase('test-merge-import');
const opts = { source: 'colleague.isnad.json', now: 5000 };

async function sample() {
  const article = await fixtureArticle('قال بوتين إن روسيا مستعدة 📰 للحوار.', 'خبر');
  fixtureAnnotation(article, 'person', 'بوتين', { id: 'p1' });
  fixtureAnnotation(article, 'place', 'روسيا', { id: 'r1' });
  article.note = { articleId: article.article.id, note: 'n', createdAt: 1, updatedAt: 1, author: 'a' };
  return fixtureData([article]);
}

describe('mergeIntoLibrary', () => {
  it('imports into an empty library, then again without doubling, and reads back what it wrote', async () => {
    await ensureDefaultTags(t.db);
    const data = await sample();
    const first = await mergeIntoLibrary(t.db, data, opts);
    expect(first.articles.added).toBe(1);
    expect(first.annotations.added).toBe(2);
    expect(first.notes.added).toBe(1);
    const again = await mergeIntoLibrary(t.db, data, opts);
    expect(again.articles).toEqual({ added: 0, alreadyThere: 1 });
    expect(again.annotations).toMatchObject({ added: 0, unchanged: 2 });
    expect(await t.db.annotations.count()).toBe(2);
    const back = await readInterchangeData(t.db, null, { analystName: 'a', now: 1 });
    expect(back.articles).toHaveLength(1);
    expect(back.articles[0]!.text).toBe(data.articles[0]!.text);
    expect(back.articles[0]!.annotations.map((a) => a.id).sort()).toEqual(['p1', 'r1']);
    expect(back.articles[0]!.note?.note).toBe('n');
  });

  it('takes a newer deletion from a colleague and keeps our newer edit', async () => {
    await ensureDefaultTags(t.db);
    const ours = await sample();
    await mergeIntoLibrary(t.db, ours, opts);
    await t.db.annotations.update('p1', { note: 'ours', updatedAt: 50 });
    const theirs = copyData(ours);
    const b = theirs.articles[0]!;
    b.annotations = [{ ...b.annotations[0]!, note: 'theirs', updatedAt: 20 }, markedDeleted(b.annotations[1]!, 60, 'b')];
    const report = await mergeIntoLibrary(t.db, theirs, opts);
    expect(report.annotations).toMatchObject({ keptOurs: 1, deleted: 1 });
    expect((await t.db.annotations.get('p1'))!.note).toBe('ours');
    expect(isLive(await t.db.annotations.get('r1'))).toBe(false);
  });

  it('imports more articles than one planning slice as one import: one new tag, file order, counts summed', async () => {
    await ensureDefaultTags(t.db);
    const articles = [];
    for (let i = 0; i < 450; i++) {
      const article = await fixtureArticle(`خبر رقم ${i}: قال بوتين.`, `خبر ${i}`);
      fixtureAnnotation(article, 'weapon', 'بوتين', { id: `w${i}` });
      articles.push(article);
    }
    const data = fixtureData(articles);
    data.tags.push({ ...data.tags[0]!, id: 'weapon', labelEn: 'Weapon', labelAr: 'سلاح' });
    const report = await mergeIntoLibrary(t.db, data, opts);
    expect(report.articles.added).toBe(450);
    expect(report.annotations.added).toBe(450);
    expect(report.tags.added).toEqual(['Weapon']);
    expect(report.tags.matched).toBe(8);
    expect((await t.db.tags.toArray()).filter((tag) => tag.labelEn === 'Weapon')).toHaveLength(1);
    const order = (await t.db.articles.orderBy('importedAt').toArray()).map((a) => a.title);
    expect(order).toEqual(articles.map((a) => a.article.title));
    const again = await mergeIntoLibrary(t.db, data, opts);
    expect(again.articles).toEqual({ added: 0, alreadyThere: 450 });
    expect(again.annotations).toMatchObject({ added: 0, unchanged: 450 });
    expect(again.tags).toEqual({ added: [], matched: 9 });
  });

  it('rolls back the slices already written when a later slice fails', async () => {
    await ensureDefaultTags(t.db);
    const articles = [];
    for (let i = 0; i < 450; i++) {
      const article = await fixtureArticle(`نص ${i}: قال بوتين.`, `نص ${i}`);
      fixtureAnnotation(article, 'person', 'بوتين', { id: `p${i}` });
      articles.push(article);
    }
    // Slice 2 of 3 (articles 200–399) holds a row IndexedDB cannot store.
    (articles[300]!.annotations[0] as unknown as { bad: unknown }).bad = () => 1;
    await expect(mergeIntoLibrary(t.db, fixtureData(articles), opts)).rejects.toThrow();
    expect(await t.db.articles.count()).toBe(0);
    expect(await t.db.annotations.count()).toBe(0);
  });

  it('writes nothing when the merge fails midway (one transaction)', async () => {
    await ensureDefaultTags(t.db);
    const data = await sample();
    // A record IndexedDB cannot store (a function) fails the write after the article was added.
    (data.articles[0]!.annotations[1] as unknown as { bad: unknown }).bad = () => 1;
    await expect(mergeIntoLibrary(t.db, data, opts)).rejects.toThrow();
    expect(await t.db.articles.count()).toBe(0);
    expect(await t.db.articleTexts.count()).toBe(0);
    expect(await t.db.annotations.count()).toBe(0);
  });

  describe('entities and claim links', () => {
    const entity = (id: string, name: string, updatedAt: number): EntityRecord => ({
      id,
      name,
      latinName: '',
      type: 'person',
      aliases: [],
      wikidataId: null,
      note: null,
      createdAt: 1,
      updatedAt,
      author: 'a',
    });
    const link = (id: string, fromId: string, toId: string, updatedAt: number): ClaimLinkRecord => ({ id, fromId, toId, kind: 'same', createdAt: 1, updatedAt, author: 'a' });

    /** 450 articles (three planning slices), each with a claim; the first and the last claims linked, the first mention linked to an entity. */
    async function corpus() {
      const articles = [];
      for (let i = 0; i < 450; i++) {
        const article = await fixtureArticle(`خبر ${i}: قال بوتين إن الاتفاق قريب.`, `خبر ${i}`);
        fixtureAnnotation(article, 'person', 'بوتين', { id: `p${i}`, ...(i === 0 && { entityId: 'putin' }) });
        fixtureAnnotation(article, 'claim', 'إن الاتفاق قريب', { id: `c${i}`, claim: defaultClaimFields() });
        articles.push(article);
      }
      return {
        ...fixtureData(articles),
        entities: [entity('putin', 'بوتين', 10), markedDeleted(entity('gone', 'قديم', 10), 20, 'b')],
        claimLinks: [link('l1', 'c0', 'c449', 10), link('l2', 'c1', 'nowhere', 10)],
      };
    }

    it('writes the entities and a link between claims of the first and the last slice, in the one transaction', async () => {
      await ensureDefaultTags(t.db);
      const report = await mergeIntoLibrary(t.db, await corpus(), opts);
      expect(report.entities).toMatchObject({ added: 1, skipped: 1 });
      expect(report.claimLinks).toMatchObject({ added: 1, skipped: 1 });
      expect((await t.db.entities.toArray()).map((e) => e.id)).toEqual(['putin']);
      expect(await t.db.claimLinks.get('l1')).toMatchObject({ fromId: 'c0', toId: 'c449' });
      expect((await t.db.annotations.get('p0'))!.entityId).toBe('putin');

      // Again, with a newer name for the entity and an older link: the entity is updated, our link kept.
      const again = await corpus();
      again.entities[0] = entity('putin', 'فلاديمير بوتين', 30);
      again.claimLinks[0] = { ...link('l1', 'c0', 'c449', 5), kind: 'contradicts' };
      const second = await mergeIntoLibrary(t.db, again, opts);
      expect(second.entities).toMatchObject({ updated: 1 });
      expect(second.claimLinks).toMatchObject({ keptOurs: 1 });
      expect((await t.db.entities.get('putin'))!.name).toBe('فلاديمير بوتين');
      expect((await t.db.claimLinks.get('l1'))!.kind).toBe('same');
    });

    it('reads the registry and the links back: all of them for the library, what a selection names for a selection', async () => {
      await ensureDefaultTags(t.db);
      await mergeIntoLibrary(t.db, await corpus(), opts);
      await t.db.entities.put(entity('xi', 'شي', 10));
      const all = await readInterchangeData(t.db, null, { analystName: 'a', now: 1 });
      expect(all.entities!.map((e) => e.id).sort()).toEqual(['putin', 'xi']);
      expect(all.claimLinks!.map((l) => l.id)).toEqual(['l1']);
      const first = (await t.db.articles.orderBy('importedAt').first())!;
      const last = (await t.db.articles.orderBy('importedAt').last())!;
      const one = await readInterchangeData(t.db, [first.id], { analystName: 'a', now: 1 });
      expect(one.entities!.map((e) => e.id)).toEqual(['putin']);
      expect(one.claimLinks).toEqual([]);
      const both = await readInterchangeData(t.db, [first.id, last.id], { analystName: 'a', now: 1 });
      expect(both.claimLinks!.map((l) => l.id)).toEqual(['l1']);
      // Streamed (as the bundle export reads): the same entities and links come back at the end.
      const streamed = await readInterchangeData(t.db, [first.id, last.id], { analystName: 'a', now: 1 }, undefined, undefined, () => {});
      expect(streamed.entities!.map((e) => e.id)).toEqual(['putin']);
      expect(streamed.claimLinks!.map((l) => l.id)).toEqual(['l1']);
    });
  });
});
