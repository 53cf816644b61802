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
  const annotations = [{ id: 'p1', exact: 'بوتين' }];

  it('is the linked annotation’s text, else the name in words, else null', () => {
    expect(claimantName(claim({ claimantAnnotationId: 'p1', claimantText: 'ignored' }), annotations)).toBe('بوتين');
    expect(claimantName(claim({ claimantText: '  مراقبون غربيون ' }), annotations)).toBe('مراقبون غربيون');
    expect(claimantName(claim({ claimantText: '   ' }), annotations)).toBeNull();
    expect(claimantName(claim({ claimantAnnotationId: 'gone' }), annotations)).toBeNull();
  });
});
