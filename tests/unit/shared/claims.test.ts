import { describe, expect, it } from 'vitest';
import { claimantName, defaultClaimFields, withClaimant, type ClaimFields } from '../../../src/shared/annotation/annotation';

const claim = (fields: Partial<ClaimFields> = {}): ClaimFields => ({ ...defaultClaimFields(), ...fields });

describe('withClaimant', () => {
  it('makes an unattributed claim “said” when a claimant is named', () => {
    expect(withClaimant(claim(), 'p1')).toEqual(claim({ claimantAnnotationId: 'p1', attribution: 'said' }));
  });

  it.each(['reported', 'according-to', 'said'] as const)('keeps an attribution the analyst chose (%s)', (attribution) => {
    expect(withClaimant(claim({ attribution }), 'p1')).toEqual(claim({ claimantAnnotationId: 'p1', attribution }));
  });

  it('unlinking leaves the attribution alone', () => {
    expect(withClaimant(claim({ claimantAnnotationId: 'p1', attribution: 'said' }), null)).toEqual(claim({ attribution: 'said' }));
    expect(withClaimant(claim(), null)).toEqual(claim());
  });

  it('changes nothing else', () => {
    const before = claim({ claimantText: 'x', status: 'disputed', confidence: 40 });
    expect(withClaimant(before, 'p1')).toMatchObject({ claimantText: 'x', status: 'disputed', confidence: 40 });
    expect(before.attribution).toBe('unattributed'); // not mutated
  });
});

describe('claimantName', () => {
  const annotations = new Map([['p1', { exact: 'بوتين' }]]);
  const find = (id: string) => annotations.get(id);

  it('is the linked annotation’s text, else the name in words, else null', () => {
    expect(claimantName(claim({ claimantAnnotationId: 'p1', claimantText: 'ignored' }), find)).toBe('بوتين');
    expect(claimantName(claim({ claimantText: '  مراقبون غربيون ' }), find)).toBe('مراقبون غربيون');
    expect(claimantName(claim({ claimantText: '   ' }), find)).toBeNull();
    expect(claimantName(claim({ claimantAnnotationId: 'gone' }), find)).toBeNull();
  });
});
