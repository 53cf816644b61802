import { describe, expect, it } from 'vitest';
import { libraryOf, mergeInto } from '../../../src/shared/interchange/merge/applyMerge';
import { planMerge } from '../../../src/shared/interchange/merge/mergePlan';
import { placeAnnotation } from '../../../src/shared/interchange/merge/placeAnnotation';
import { defaultClaimFields } from '../../../src/shared/annotation/annotation';
import type { ClaimLinkRecord } from '../../../src/shared/claims/claimLink';
import type { EntityRecord } from '../../../src/shared/entity/entity';
import { markedDeleted } from '../../../src/shared/model';
import type { InterchangeData } from '../../../src/shared/interchange/interchange';
import { copyData, fixtureAnnotation, fixtureArticle, fixtureData } from '../../support/interchange/mergeFixture';

const TEXT = 'قال بوتين إن روسيا مستعدة. وقال بايدن إن أمريكا لن تقبل. ثم عاد بوتين إلى موسكو.';
const opts = { source: 'x', now: 1000 };

async function base() {
  const article = await fixtureArticle(TEXT, 'خبر');
  fixtureAnnotation(article, 'person', 'بوتين', { id: 'p1' });
  fixtureAnnotation(article, 'place', 'روسيا', { id: 'r1' });
  return fixtureData([article]);
}

describe('placeAnnotation', () => {
  it('keeps a span whose text is its quote, re-places a moved one by context, orphans what it cannot tell', () => {
    expect(placeAnnotation(TEXT, { start: 4, end: 9, exact: 'بوتين', prefix: '', suffix: '' })).toEqual({ kind: 'exact', start: 4, end: 9 });
    const second = TEXT.lastIndexOf('بوتين');
    // Shifted offsets; the context says it was the second بوتين.
    expect(placeAnnotation(TEXT, { start: 0, end: 5, exact: 'بوتين', prefix: 'ثم عاد ', suffix: ' إلى' })).toEqual({ kind: 're-placed', start: second, end: second + 5 });
    expect(placeAnnotation(TEXT, { start: 0, end: 5, exact: 'بوتين', prefix: '', suffix: '' })).toEqual({ kind: 'orphaned', reason: 'ambiguous' });
    expect(placeAnnotation(TEXT, { start: 0, end: 5, exact: 'شي جين بينغ', prefix: '', suffix: '' })).toEqual({ kind: 'orphaned', reason: 'quote-not-found' });
    expect(placeAnnotation(TEXT, { start: 0, end: 3, exact: 'موسكو', prefix: '', suffix: '' }).kind).toBe('re-placed');
  });
});

describe('placeAnnotation with folded quotes', () => {
  const VOWELLED = 'قال الرئيسُ بوتينُ إنّ روسيا مستعدةٌ. ثم عاد بوتـــين إلى موسكو.';

  it('places a quote written without the tashkeel or tatweel the text has, on the text as it is written', () => {
    const placed = placeAnnotation(VOWELLED, { start: 0, end: 0, exact: 'الرئيس بوتين', prefix: '', suffix: '' });
    expect(placed).toMatchObject({ kind: 're-placed' });
    if (placed.kind !== 're-placed') return;
    // The span ends after the last letter's own mark (ُ), as a reader would select it.
    expect(VOWELLED.slice(placed.start, placed.end)).toBe('الرئيسُ بوتينُ');
    const tatweel = placeAnnotation(VOWELLED, { start: 0, end: 0, exact: 'عاد بوتين', prefix: '', suffix: '' });
    expect(tatweel.kind === 're-placed' && VOWELLED.slice(tatweel.start, tatweel.end)).toBe('عاد بوتـــين');
  });

  it('places a quote with tashkeel or another alef form in a plain text, and orphans a folded quote the context cannot pick', () => {
    const plain = 'قال بوتين إن روسيا مستعدة. ثم عاد بوتين إلى موسكو.';
    const placed = placeAnnotation(plain, { start: 0, end: 0, exact: 'إنّ روسيا', prefix: '', suffix: '' });
    expect(placed.kind === 're-placed' && plain.slice(placed.start, placed.end)).toBe('إن روسيا');
    expect(placeAnnotation(plain, { start: 0, end: 0, exact: 'بوتينُ', prefix: '', suffix: '' })).toEqual({ kind: 'orphaned', reason: 'ambiguous' });
    const second = placeAnnotation(plain, { start: 0, end: 0, exact: 'بوتينُ', prefix: 'ثمَّ عاد ', suffix: '' });
    expect(second).toEqual({ kind: 're-placed', start: plain.lastIndexOf('بوتين'), end: plain.lastIndexOf('بوتين') + 5 });
    expect(placeAnnotation(plain, { start: 0, end: 0, exact: 'ُّ', prefix: '', suffix: '' })).toEqual({ kind: 'orphaned', reason: 'quote-not-found' });
    expect(placeAnnotation(plain, { start: 0, end: 0, exact: 'بكين', prefix: '', suffix: '' })).toEqual({ kind: 'orphaned', reason: 'quote-not-found' });
  });
});

describe('planMerge', () => {
  it('merges two libraries that edited the same article differently, both ways, to the same result', async () => {
    const ours = await base();
    const theirs = copyData(ours);
    // Ours: retag p1's note later (newer), add a claim. Theirs: delete r1 (newer than ours), add بايدن.
    const a = ours.articles[0]!;
    a.annotations[0] = { ...a.annotations[0]!, note: 'ours', updatedAt: 30 };
    fixtureAnnotation(a, 'claim', 'إن روسيا مستعدة', { id: 'c1', claim: { claimantAnnotationId: 'p1', claimantText: '', attribution: 'said', status: 'unverified', confidence: null } });
    const b = theirs.articles[0]!;
    b.annotations[0] = { ...b.annotations[0]!, note: 'theirs', updatedAt: 20 };
    b.annotations[1] = markedDeleted(b.annotations[1]!, 40, 'b');
    fixtureAnnotation(b, 'person', 'بايدن', { id: 'b1' });

    const one = mergeInto(ours, theirs, opts);
    const two = mergeInto(theirs, ours, opts);
    const view = (d: typeof ours) =>
      d.articles[0]!.annotations.map((x) => ({ id: x.id, note: x.note, deleted: x.deletedAt !== undefined, claimant: x.claim?.claimantAnnotationId ?? null })).sort((x, y) => x.id.localeCompare(y.id));
    expect(view(one.data)).toEqual(view(two.data));
    expect(view(one.data)).toEqual([
      { id: 'b1', note: null, deleted: false, claimant: null },
      { id: 'c1', note: null, deleted: false, claimant: 'p1' },
      { id: 'p1', note: 'ours', deleted: false, claimant: null },
      { id: 'r1', note: null, deleted: true, claimant: null },
    ]);
    expect(one.report.articles).toEqual({ added: 0, alreadyThere: 1 });
    expect(one.report.annotations).toMatchObject({ added: 1, deleted: 1, keptOurs: 1 });
    expect(one.report.conflicts.map((c) => c.kind).sort()).toEqual(['kept-ours', 'took-theirs']);
    expect(two.report.annotations).toMatchObject({ added: 1, updated: 1 });
  });

  it('imports the same data twice without doubling anything', async () => {
    const data = await base();
    const empty = fixtureData([]);
    const first = mergeInto(empty, data, opts);
    expect(first.report.articles.added).toBe(1);
    expect(first.report.annotations.added).toBe(2);
    const again = mergeInto(first.data, data, opts);
    expect(again.report.articles).toEqual({ added: 0, alreadyThere: 1 });
    expect(again.report.annotations).toMatchObject({ added: 0, unchanged: 2 });
    expect(again.data.articles[0]!.annotations).toHaveLength(2);
  });

  it('takes an id-less span that matches a stored one as the same annotation, and points claimants at ours', async () => {
    const ours = await base();
    const theirs = copyData(ours);
    const b = theirs.articles[0]!;
    // brat-like ids: same spans, other ids.
    b.annotations = b.annotations.map((x) => ({ ...x, id: `brat-${x.id}` }));
    fixtureAnnotation(b, 'claim', 'إن روسيا مستعدة', { id: 'brat-c', claim: { claimantAnnotationId: 'brat-p1', claimantText: '', attribution: 'said', status: 'supported', confidence: 80 } });
    const { data, report } = mergeInto(ours, theirs, opts);
    expect(report.annotations).toMatchObject({ added: 1, unchanged: 2 });
    const claim = data.articles[0]!.annotations.find((x) => x.id === 'brat-c')!;
    expect(claim.claim?.claimantAnnotationId).toBe('p1');
  });

  it('matches tags by label and adds unknown ones at the end of the palette', async () => {
    const ours = await base();
    const theirs = copyData(ours);
    theirs.tags = theirs.tags.map((t) => (t.id === 'person' ? { ...t, id: 'their-person', labelEn: 'PERSON ' } : t));
    theirs.tags.push({ ...theirs.tags[0]!, id: 'weapon', labelEn: 'Weapon', labelAr: 'سلاح', order: 'a0' });
    const b = theirs.articles[0]!;
    b.annotations = [];
    fixtureAnnotation(b, 'their-person', 'بايدن', { id: 'x1' });
    fixtureAnnotation(b, 'weapon', 'موسكو', { id: 'x2' });
    const plan = planMerge(theirs, libraryOf(ours), opts);
    expect(plan.annotations.find((x) => x.id === 'x1')!.tagId).toBe('person');
    expect(plan.tags.map((t) => t.labelEn)).toEqual(['Weapon']);
    const lastOrder = ours.tags
      .map((t) => t.order)
      .sort()
      .at(-1)!;
    expect(plan.tags[0]!.order > lastOrder).toBe(true);
    expect(plan.report.tags.added).toEqual(['Weapon']);
  });

  it('re-places a span whose offsets no longer hold its quote and orphans one it cannot place, storing neither at a guess', async () => {
    const ours = await base();
    const theirs = copyData(ours);
    const b = theirs.articles[0]!;
    b.annotations = [
      { ...b.annotations[0]!, id: 'moved', tagId: 'place', start: 0, end: 5, exact: 'موسكو', prefix: 'إلى ', suffix: '.' },
      { ...b.annotations[0]!, id: 'lost', start: 0, end: 5, exact: 'بكين', prefix: '', suffix: '' },
      { ...b.annotations[0]!, id: 'twice', tagId: 'organisation', start: 0, end: 5, exact: 'بوتين', prefix: '', suffix: '' },
    ];
    const plan = planMerge(theirs, libraryOf(ours), opts);
    const moved = plan.annotations.find((x) => x.id === 'moved')!;
    expect(TEXT.slice(moved.start, moved.end)).toBe('موسكو');
    expect(plan.annotations.map((x) => x.id)).toEqual(['moved']);
    expect(plan.report.annotations).toMatchObject({ rePlaced: 1, orphaned: 2 });
    expect(plan.report.conflicts.filter((c) => c.kind === 'orphaned').map((c) => c.reason)).toEqual(['quote-not-found', 'ambiguous']);
  });

  it('stores a span placed by its folded quote with the quote as the text writes it', async () => {
    const ours = await base();
    const theirs = copyData(ours);
    const b = theirs.articles[0]!;
    b.annotations = [{ ...b.annotations[0]!, id: 'vowelled', tagId: 'place', start: 0, end: 6, exact: 'مُوسكو', prefix: '', suffix: '' }];
    const plan = planMerge(theirs, libraryOf(ours), opts);
    const placed = plan.annotations.find((x) => x.id === 'vowelled')!;
    expect(placed).toMatchObject({ exact: 'موسكو', start: TEXT.indexOf('موسكو'), suffix: '.' });
    expect(plan.report.annotations).toMatchObject({ rePlaced: 1, orphaned: 0 });
  });

  it('adds new articles after the library in file order, and keeps the newer article note', async () => {
    const ours = await base();
    ours.articles[0]!.note = { articleId: ours.articles[0]!.article.id, note: 'old', createdAt: 1, updatedAt: 5, author: 'a' };
    const theirs = copyData(ours);
    theirs.articles[0]!.note = { ...theirs.articles[0]!.note!, note: 'new', updatedAt: 9 };
    const second = await fixtureArticle('نص آخر', 'ثان', 2);
    const third = await fixtureArticle('نص ثالث', 'ثالث', 1);
    theirs.articles.push(second, third);
    const { data, report } = mergeInto(ours, theirs, { source: 'x', now: 0 });
    expect(report.notes.updated).toBe(1);
    expect(data.articles[0]!.note!.note).toBe('new');
    const added = data.articles.slice(1).map((a) => a.article);
    expect(added.map((a) => a.title)).toEqual(['ثان', 'ثالث']);
    expect(added[0]!.importedAt).toBeLessThan(added[1]!.importedAt);
    expect(added[0]!.importedAt).toBeGreaterThan(ours.articles[0]!.article.importedAt);
  });

  describe('entities and claim links', () => {
    const entity = (id: string, name: string, updatedAt: number, fields: Partial<EntityRecord> = {}): EntityRecord => ({
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
      ...fields,
    });
    const link = (id: string, fromId: string, toId: string, updatedAt: number, kind: ClaimLinkRecord['kind'] = 'same'): ClaimLinkRecord => ({
      id,
      fromId,
      toId,
      kind,
      createdAt: 1,
      updatedAt,
      author: 'a',
    });

    async function withClaims() {
      const data = await base();
      const a = data.articles[0]!;
      fixtureAnnotation(a, 'claim', 'إن روسيا مستعدة', { id: 'c1', claim: defaultClaimFields() });
      fixtureAnnotation(a, 'claim', 'إن أمريكا لن تقبل', { id: 'c2', claim: defaultClaimFields() });
      a.annotations[0] = { ...a.annotations[0]!, entityId: 'putin' };
      return { ...data, entities: [entity('putin', 'بوتين', 10), entity('biden', 'بايدن', 10)], claimLinks: [link('l1', 'c1', 'c2', 10)] };
    }

    it('merges entities by id, the newer version staying (a deletion too), to the same result both ways', async () => {
      const ours = await withClaims();
      const theirs = copyData(ours);
      ours.entities = [entity('putin', 'فلاديمير بوتين', 30, { wikidataId: 'Q7747' }), entity('biden', 'بايدن', 10)];
      theirs.entities = [entity('putin', 'بوتين', 20, { aliases: ['الرئيس الروسي'] }), markedDeleted(entity('biden', 'بايدن', 10), 40, 'b'), entity('xi', 'شي', 5)];
      const one = mergeInto(ours, theirs, opts);
      const two = mergeInto(theirs, ours, opts);
      const view = (d: InterchangeData) => [...(d.entities ?? [])].sort((x, y) => x.id.localeCompare(y.id)).map((e) => `${e.id}:${e.name}:${e.deletedAt === undefined ? 'live' : 'deleted'}`);
      expect(view(one.data)).toEqual(view(two.data));
      expect(view(one.data)).toEqual(['biden:بايدن:deleted', 'putin:فلاديمير بوتين:live', 'xi:شي:live']);
      expect(one.report.entities).toMatchObject({ added: 1, deleted: 1, keptOurs: 1 });
      expect(two.report.entities).toMatchObject({ updated: 1, unchanged: 0, keptOurs: 1 });
      expect(mergeInto(one.data, one.data, opts).report.entities).toMatchObject({ unchanged: 3, added: 0 });
    });

    it("takes a mention's newer entity link as an update, and drops a link to an entity neither side has", async () => {
      const ours = await withClaims();
      const theirs = copyData(ours);
      theirs.articles[0]!.annotations[0] = { ...theirs.articles[0]!.annotations[0]!, entityId: 'biden', updatedAt: 50 };
      theirs.articles[0]!.annotations[1] = { ...theirs.articles[0]!.annotations[1]!, entityId: 'nobody', updatedAt: 50 };
      const { data, report } = mergeInto(ours, theirs, opts);
      const [p1, r1] = data.articles[0]!.annotations;
      expect(p1!.entityId).toBe('biden');
      expect(r1!.entityId).toBeUndefined();
      expect(report.annotations).toMatchObject({ updated: 1, unchanged: 3 });
    });

    it('merges claim links by id, joins them to the claims they were found to be, and skips those missing a claim', async () => {
      const ours = await withClaims();
      const theirs = copyData(ours);
      const b = theirs.articles[0]!;
      // Their claims under other ids (as from a tool without ids): the same tag on the same span.
      b.annotations = b.annotations.map((x) => (x.claim ? { ...x, id: `their-${x.id}` } : x));
      fixtureAnnotation(b, 'claim', 'ثم عاد بوتين', { id: 'their-c3', claim: defaultClaimFields() });
      theirs.claimLinks = [
        link('l1', 'their-c1', 'their-c2', 20, 'contradicts'),
        link('l2', 'their-c2', 'their-c3', 20, 'supports'),
        link('l3', 'their-c1', 'elsewhere', 20),
        markedDeleted(link('l4', 'their-c1', 'their-c3', 20), 30, 'b'),
      ];
      const { data, report } = mergeInto(ours, theirs, opts);
      expect(data.claimLinks!.map((l) => `${l.id}:${l.fromId}→${l.toId}:${l.kind}`)).toEqual(['l1:c1→c2:contradicts', 'l2:c2→their-c3:supports']);
      expect(report.claimLinks).toMatchObject({ updated: 1, added: 1, skipped: 2 });
      expect(mergeInto(data, data, opts).report.claimLinks).toMatchObject({ unchanged: 2 });
    });
  });
});
