import { describe, expect, it } from 'vitest';
import { createAnnotation, setClaimant, updateClaim } from '../../../src/renderer/db/annotations';
import { undo } from '../../../src/renderer/db/history';
import { useTestDatabase } from '../../support/testDatabase';

const t = useTestDatabase('test-claims');

const TEXT = 'قال فلاديمير بوتين إن الزيارة ناجحة';
const tag = (start: number, end: number, tagId: string) => createAnnotation(t.db, { articleId: 'a', articleText: TEXT, span: { start, end }, tagId, isClaim: tagId === 'claim', author: 't' });

describe('setClaimant', () => {
  it('links the claimant and makes an unattributed claim “said”, in one undoable step', async () => {
    const person = await tag(4, 18, 'person');
    const claim = await tag(19, TEXT.length, 'claim');
    await setClaimant(t.db, claim.id, person.id);
    expect((await t.db.annotations.get(claim.id))?.claim).toMatchObject({ claimantAnnotationId: person.id, attribution: 'said' });
    await undo(t.db, 'a');
    expect((await t.db.annotations.get(claim.id))?.claim).toMatchObject({ claimantAnnotationId: null, attribution: 'unattributed' });
  });

  it('keeps an attribution chosen before, even one set just before the link lands', async () => {
    const person = await tag(4, 18, 'person');
    const claim = await tag(19, TEXT.length, 'claim');
    await Promise.all([updateClaim(t.db, claim.id, { attribution: 'reported' }), setClaimant(t.db, claim.id, person.id)]);
    expect((await t.db.annotations.get(claim.id))?.claim).toMatchObject({ claimantAnnotationId: person.id, attribution: 'reported' });
  });

  it('does nothing to an annotation that is not a claim', async () => {
    const person = await tag(4, 18, 'person');
    const other = await tag(0, 3, 'event');
    await setClaimant(t.db, other.id, person.id);
    expect((await t.db.annotations.get(other.id))?.claim).toBeNull();
  });
});
