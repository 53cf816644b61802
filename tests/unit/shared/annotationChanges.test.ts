import { describe, expect, it } from 'vitest';
import { annotationChanges } from '../../../src/shared/annotation/annotationChanges';
import { annotationRow } from '../../support/records';

describe('annotationChanges', () => {
  const a = annotationRow('a', 'art', { tagId: 'person' });
  const b = annotationRow('b', 'art', { tagId: 'place' });
  it('names what was tagged, retagged and removed', () => {
    const retagged = { ...a, tagId: 'organisation' };
    const c = annotationRow('c', 'art');
    expect(annotationChanges([a, b], [retagged, c]).map((x) => [x.kind, x.annotation.id, x.annotation.tagId])).toEqual([
      ['retagged', 'a', 'organisation'],
      ['tagged', 'c', 'person'],
      ['deleted', 'b', 'place'],
    ]);
  });
  it('says nothing when only a note or a span changed', () => {
    expect(annotationChanges([a], [{ ...a, note: 'x', start: 3 }])).toEqual([]);
  });
});
