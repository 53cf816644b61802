import { describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotations, retagAnnotation, setClaimant } from '../../../src/renderer/db/annotations';
import { changeClaimLinkKind, claimLinksOf, ClaimLinkRefusedError, linkClaims, listCorpusClaims, removeClaimLink } from '../../../src/renderer/db/claimLinks';
import { historyState, redo, undo } from '../../../src/renderer/db/history';
import { readReportData } from '../../../src/renderer/db/reportData';
import { addTag, ensureDefaultTags } from '../../../src/renderer/db/tags';
import type { ArticleRecord } from '../../../src/shared/model';
import { entityRow } from '../../support/records';
import { useTestDatabase } from '../../support/testDatabase';

const t = useTestDatabase('test-claim-links');

const ONE = 'سجلت التجارة الثنائية رقماً قياسياً بلغ 240.1 مليار دولار، قال بوتين';
const TWO = 'ارتفع حجم التبادل التجاري إلى أكثر من 240 مليار دولار، بحسب شي جين بينغ';

const article = (id: string, title: string): ArticleRecord => ({
  id,
  title,
  fileName: `${id}.txt`,
  sourceKey: id,
  encoding: 'utf-8',
  length: 10,
  detectedDirection: 'rtl',
  directionOverride: null,
  previousVersionId: null,
  importedAt: 1,
  createdAt: 1,
  updatedAt: 1,
  author: 't',
});

async function setUp() {
  await ensureDefaultTags(t.db);
  await t.db.articles.bulkPut([article('one', 'المقال الأول'), article('two', 'المقال الثاني')]);
  const tag = (articleId: string, text: string, words: string, tagId: string) => {
    const start = text.indexOf(words);
    return createAnnotation(t.db, { articleId, articleText: text, span: { start, end: start + words.length }, tagId, isClaim: tagId === 'claim', author: 't' });
  };
  const a = await tag('one', ONE, 'سجلت التجارة الثنائية رقماً قياسياً بلغ 240.1 مليار دولار', 'claim');
  const b = await tag('two', TWO, 'ارتفع حجم التبادل التجاري إلى أكثر من 240 مليار دولار', 'claim');
  const c = await tag('two', TWO, 'بحسب شي جين بينغ', 'claim');
  return { a, b, c, tag };
}

const liveLinkCount = async () => (await t.db.claimLinks.toArray()).filter((l) => l.deletedAt === undefined).length;

describe('linking claims across articles', () => {
  it('links two claims of two articles and shows the link from both sides', async () => {
    const { a, b } = await setUp();
    const link = await linkClaims(t.db, a.id, b.id, 'supports');
    expect(link).toMatchObject({ fromId: a.id, toId: b.id, kind: 'supports', author: 'analyst' });
    const fromA = await claimLinksOf(t.db, a.id);
    expect(fromA).toEqual([{ linkId: link.id, kind: 'supports', outgoing: true, other: { id: b.id, articleId: 'two', articleTitle: 'المقال الثاني', exact: b.exact, start: b.start, end: b.end } }]);
    const fromB = await claimLinksOf(t.db, b.id);
    expect(fromB).toMatchObject([{ linkId: link.id, kind: 'supports', outgoing: false, other: { id: a.id, articleTitle: 'المقال الأول' } }]);
  });

  it('refuses a claim linked to itself, a second link between the same two claims either way round, and a non-claim', async () => {
    const { a, b, c, tag } = await setUp();
    await expect(linkClaims(t.db, a.id, a.id, 'same')).rejects.toMatchObject({ reason: 'self' });
    const first = await linkClaims(t.db, a.id, b.id, 'same');
    const again = linkClaims(t.db, a.id, b.id, 'contradicts');
    await expect(again).rejects.toBeInstanceOf(ClaimLinkRefusedError);
    await expect(linkClaims(t.db, b.id, a.id, 'supports')).rejects.toMatchObject({ reason: 'duplicate', existing: { id: first.id } });
    const person = await tag('one', ONE, 'بوتين', 'person');
    await expect(linkClaims(t.db, a.id, person.id, 'same')).rejects.toMatchObject({ reason: 'not-a-claim' });
    // Two quick presses: one link.
    const results = await Promise.allSettled([linkClaims(t.db, a.id, c.id, 'same'), linkClaims(t.db, a.id, c.id, 'same')]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await liveLinkCount()).toBe(2);
  });

  it('makes, changes and removes a link as one undoable step each, in the history of the article it was made from', async () => {
    const { a, b } = await setUp();
    const link = await linkClaims(t.db, a.id, b.id, 'same');
    await changeClaimLinkKind(t.db, link.id, 'contradicts');
    await removeClaimLink(t.db, link.id);
    expect(await claimLinksOf(t.db, a.id)).toEqual([]);
    expect(await claimLinksOf(t.db, b.id)).toEqual([]);
    // The link stays as a tombstone, marked by whoever removed it.
    expect(await t.db.claimLinks.get(link.id)).toMatchObject({ deletedBy: 'analyst', kind: 'contradicts' });

    expect(await undo(t.db, 'one')).toBe('unlink-claims');
    expect(await claimLinksOf(t.db, b.id)).toMatchObject([{ kind: 'contradicts', outgoing: false }]);
    expect(await undo(t.db, 'one')).toBe('claim-link-kind');
    expect(await claimLinksOf(t.db, b.id)).toMatchObject([{ kind: 'same' }]);
    expect(await undo(t.db, 'one')).toBe('link-claims');
    expect(await claimLinksOf(t.db, a.id)).toEqual([]);
    expect(await liveLinkCount()).toBe(0);
    // The article of the other claim has only its own tagging steps.
    expect(await undo(t.db, 'two')).toBe('tag');

    expect(await redo(t.db, 'one')).toBe('link-claims');
    expect(await claimLinksOf(t.db, a.id)).toMatchObject([{ linkId: link.id, kind: 'same', outgoing: true }]);
    expect(await redo(t.db, 'one')).toBe('claim-link-kind');
    expect(await redo(t.db, 'one')).toBe('unlink-claims');
    expect(await liveLinkCount()).toBe(0);
    expect(await historyState(t.db, 'one')).toMatchObject({ canRedo: false });
  });

  it('records a change made from the other claim in that claim’s article, and lets a removed pair be linked again', async () => {
    const { a, b } = await setUp();
    const link = await linkClaims(t.db, a.id, b.id, 'same');
    await removeClaimLink(t.db, link.id, b.id);
    expect(await undo(t.db, 'two')).toBe('unlink-claims');
    expect(await claimLinksOf(t.db, a.id)).toHaveLength(1);
    await removeClaimLink(t.db, link.id, b.id);
    const again = await linkClaims(t.db, b.id, a.id, 'supports');
    expect(await claimLinksOf(t.db, a.id)).toMatchObject([{ linkId: again.id, kind: 'supports', outgoing: false }]);
  });

  it('hides a link whose other claim was deleted or is no longer a claim, and shows it again when that is undone', async () => {
    const { a, b, c } = await setUp();
    await linkClaims(t.db, a.id, b.id, 'same');
    await linkClaims(t.db, c.id, a.id, 'contradicts');
    await deleteAnnotations(t.db, 'two', [b.id]);
    expect((await claimLinksOf(t.db, a.id)).map((l) => l.other.id)).toEqual([c.id]);
    expect(await claimLinksOf(t.db, b.id)).toEqual([]);
    await retagAnnotation(t.db, c.id, 'event', false);
    expect(await claimLinksOf(t.db, a.id)).toEqual([]);
    expect((await listCorpusClaims(t.db)).map((x) => [x.id, x.links.length])).toEqual([[a.id, 0]]);
    await undo(t.db, 'two');
    await undo(t.db, 'two');
    // Both back (compared as a set: two links made in the same millisecond are ordered by their random ids).
    expect((await claimLinksOf(t.db, a.id)).map((l) => l.other.id).sort()).toEqual([b.id, c.id].sort());
  });

  it('lists every claim of the corpus with title, claimant (the entity’s name when linked), status, confidence and links', async () => {
    const { a, b, c, tag } = await setUp();
    const putin = await tag('one', ONE, 'بوتين', 'person');
    await setClaimant(t.db, a.id, putin.id);
    const entity = entityRow('e1');
    await t.db.entities.put(entity);
    await t.db.annotations.update(putin.id, { entityId: 'e1' });
    await t.db.annotations.update(b.id, { claim: { ...b.claim!, claimantText: ' مراقبون غربيون ', status: 'disputed', confidence: 40 } });
    const link = await linkClaims(t.db, b.id, a.id, 'supports');
    const claims = await listCorpusClaims(t.db);
    const byId = new Map(claims.map((x) => [x.id, x]));
    expect(claims).toHaveLength(3);
    expect(byId.get(a.id)).toMatchObject({
      articleTitle: 'المقال الأول',
      claimant: { text: 'بوتين', entityId: 'e1', entityName: 'فلاديمير بوتين' },
      status: 'unverified',
      confidence: null,
      links: [{ linkId: link.id, kind: 'supports', outgoing: false, other: { id: b.id, articleTitle: 'المقال الثاني' } }],
    });
    expect(byId.get(b.id)).toMatchObject({
      claimant: { text: 'مراقبون غربيون', entityId: null, entityName: null },
      status: 'disputed',
      confidence: 40,
      links: [{ outgoing: true, other: { id: a.id } }],
    });
    expect(byId.get(c.id)).toMatchObject({ claimant: null, links: [] });
    // A deleted entity is no name: the mention's own text shows.
    await t.db.entities.put({ ...entity, deletedAt: 2, deletedBy: 't' });
    expect((await listCorpusClaims(t.db)).find((x) => x.id === a.id)?.claimant).toEqual({ text: 'بوتين', entityId: null, entityName: null });
  });

  it('finds claims of a claim tag the analyst added', async () => {
    await ensureDefaultTags(t.db);
    await t.db.articles.put(article('one', 'المقال الأول'));
    const rumour = await addTag(t.db, { labelEn: 'Rumour', labelAr: 'شائعة', color: '#117733', kind: 'claim' });
    const row = await createAnnotation(t.db, { articleId: 'one', articleText: ONE, span: { start: 0, end: 4 }, tagId: rumour.id, isClaim: true, author: 't' });
    expect((await listCorpusClaims(t.db)).map((x) => x.id)).toEqual([row.id]);
  });

  it('gives the report each claim’s links as it reads them, the other claim in or out of the report, and leaves out links to deleted claims', async () => {
    const { a, b, c } = await setUp();
    await t.db.articleTexts.bulkPut([
      { id: 'one', text: ONE },
      { id: 'two', text: TWO },
    ]);
    await linkClaims(t.db, b.id, a.id, 'supports');
    await linkClaims(t.db, c.id, a.id, 'contradicts');
    await linkClaims(t.db, b.id, c.id, 'same');
    const { articles } = await readReportData(t.db, ['one']);
    // Links made in the same millisecond are ordered by their random ids: compare them by kind.
    expect([...articles[0]!.claimLinks!].sort((x, y) => x.kind.localeCompare(y.kind))).toEqual([
      { claimId: a.id, kind: 'contradicts', outgoing: false, other: { id: c.id, exact: c.exact, articleTitle: 'المقال الثاني' } },
      { claimId: a.id, kind: 'supports', outgoing: false, other: { id: b.id, exact: b.exact, articleTitle: 'المقال الثاني' } },
    ]);
    await deleteAnnotations(t.db, 'two', [c.id]);
    const whole = await readReportData(t.db, null);
    expect(whole.articles.map((x) => x.claimLinks?.map((l) => [l.claimId, l.other.id]))).toEqual([[[a.id, b.id]], [[b.id, a.id]]]);
  });
});
