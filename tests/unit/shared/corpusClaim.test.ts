import { describe, expect, it } from 'vitest';
import { claimantChoices, claimantLabel, claimCompletions, filterClaims, linkReading, NO_CLAIM_FILTERS, NO_CLAIMANT, sortClaims, type CorpusClaim } from '../../../src/shared/claims/corpusClaim';

const claim = (id: string, over: Partial<CorpusClaim> = {}): CorpusClaim => ({
  id,
  articleId: 'art-1',
  articleTitle: 'بوتين يختتم زيارة إلى الصين',
  exact: 'نص',
  start: 0,
  end: 2,
  status: 'unverified',
  confidence: null,
  claimant: null,
  links: [],
  ...over,
});

const compare = new Intl.Collator('ar').compare;

const trade1 = claim('t1', {
  exact: 'سجلت التجارة الثنائية رقماً قياسياً بلغ 240.1 مليار دولار',
  start: 40,
  claimant: { text: 'بوتين', entityId: 'e1', entityName: 'فلاديمير بوتين' },
  status: 'supported',
  confidence: 80,
});
const trade2 = claim('t2', {
  exact: 'ارتفع حجم التبادل التجاري إلى أكثر من 240 مليار دولار',
  articleId: 'art-2',
  articleTitle: 'أعلنت روسيا والصين',
  claimant: { text: 'مراقبون غربيون', entityId: null, entityName: null },
  confidence: 30,
});
const visit = claim('v', { exact: 'إِنَّ الزيارة ناجحة', start: 5, claimant: { text: 'بوتين', entityId: 'e1', entityName: 'فلاديمير بوتين' }, status: 'disputed' });
const all = [trade1, trade2, visit];

describe('linkReading', () => {
  it('reads "supports" as "supported by" from the other side; the other kinds alike both ways', () => {
    expect(linkReading('supports', true)).toBe('supports');
    expect(linkReading('supports', false)).toBe('supportedBy');
    expect(linkReading('same', false)).toBe('same');
    expect(linkReading('contradicts', false)).toBe('contradicts');
  });
});

describe('claimCompletions', () => {
  it('matches folded text: diacritics, alef forms and ة/ه do not matter', () => {
    expect(claimCompletions(all, 'ان الزياره', new Set()).map((c) => c.id)).toEqual(['v']);
    expect(claimCompletions(all, 'التِّجارة', new Set()).map((c) => c.id)).toEqual(['t1']);
    expect(claimCompletions(all, '240', new Set()).map((c) => c.id)).toEqual(['t1', 't2']);
  });

  it('puts claims that start with the query first, then those containing it, then matches by article title', () => {
    expect(claimCompletions(all, 'ارتفع', new Set()).map((c) => c.id)).toEqual(['t2']);
    expect(claimCompletions(all, 'مليار', new Set()).map((c) => c.id)).toEqual(['t1', 't2']);
    expect(claimCompletions([trade1, trade2], 'روسيا', new Set()).map((c) => c.id)).toEqual(['t2']);
    const starts = claim('s', { exact: 'مليار دولار' });
    expect(claimCompletions([trade1, starts], 'مليار', new Set()).map((c) => c.id)).toEqual(['s', 't1']);
  });

  it('leaves out excluded claims and keeps to the limit; an empty query offers every claim', () => {
    expect(claimCompletions(all, '240', new Set(['t1'])).map((c) => c.id)).toEqual(['t2']);
    expect(claimCompletions(all, '  ', new Set(['v'])).map((c) => c.id)).toEqual(['t1', 't2']);
    expect(claimCompletions(all, '', new Set(), 2)).toHaveLength(2);
  });
});

describe('the claims view’s filters', () => {
  it('filters by folded text in the claim, its article or its claimant', () => {
    expect(filterClaims(all, { ...NO_CLAIM_FILTERS, text: 'ناجحه' }).map((c) => c.id)).toEqual(['v']);
    expect(filterClaims(all, { ...NO_CLAIM_FILTERS, text: 'روسيا' }).map((c) => c.id)).toEqual(['t2']);
    expect(filterClaims(all, { ...NO_CLAIM_FILTERS, text: 'فلاديمير' }).map((c) => c.id)).toEqual(['t1', 'v']);
    expect(filterClaims(all, NO_CLAIM_FILTERS)).toHaveLength(3);
  });

  it('filters by status and by claimant (the entity, the words, or none)', () => {
    expect(filterClaims(all, { ...NO_CLAIM_FILTERS, status: 'disputed' }).map((c) => c.id)).toEqual(['v']);
    const choices = claimantChoices(all, compare);
    expect(choices).toEqual([
      { key: 'entity:e1', label: 'فلاديمير بوتين', count: 2 },
      { key: 'text:مراقبون غربيون', label: 'مراقبون غربيون', count: 1 },
    ]);
    expect(filterClaims(all, { ...NO_CLAIM_FILTERS, claimant: 'entity:e1' }).map((c) => c.id)).toEqual(['t1', 'v']);
    const nobody = claim('n');
    expect(filterClaims([...all, nobody], { ...NO_CLAIM_FILTERS, claimant: NO_CLAIMANT }).map((c) => c.id)).toEqual(['n']);
    expect(claimantLabel(trade1.claimant)).toBe('فلاديمير بوتين');
    expect(claimantLabel(trade2.claimant)).toBe('مراقبون غربيون');
  });
});

describe('sortClaims', () => {
  const ids = (key: Parameters<typeof sortClaims>[1]['key'], descending = false) => sortClaims(all, { key, descending }, compare).map((c) => c.id);

  it('sorts by article, then position in it', () => {
    expect(ids('article')).toEqual(['t2', 'v', 't1']);
    expect(ids('article', true)).toEqual(['t1', 'v', 't2']);
  });

  it('sorts by confidence and claimant with the claims lacking one last, either way', () => {
    expect(ids('confidence')).toEqual(['t2', 't1', 'v']);
    expect(ids('confidence', true)).toEqual(['t1', 't2', 'v']);
    const nobody = claim('n', { articleTitle: 'ا' });
    expect(sortClaims([nobody, ...all], { key: 'claimant', descending: false }, compare).map((c) => c.id)).toEqual(['v', 't1', 't2', 'n']);
    expect(sortClaims([nobody, ...all], { key: 'claimant', descending: true }, compare).map((c) => c.id)).toEqual(['t2', 'v', 't1', 'n']);
  });

  it('sorts by status in the order statuses are listed, and by the number of links', () => {
    expect(ids('status')).toEqual(['t2', 't1', 'v']);
    const linked = { ...visit, links: [{ linkId: 'l', kind: 'same' as const, outgoing: true, other: trade1 }] };
    expect(sortClaims([linked, trade1, trade2], { key: 'links', descending: true }, compare)[0]!.id).toBe('v');
  });
});
