import { reanchor, type Anchor } from '../../annotation/reanchor';

/**
 * Where an imported annotation goes in the text it names: re-anchored (annotation/reanchor.ts) by
 * its offsets while the text there is still its quote, else by its quote (as it is, or folded) and
 * the context around it, else by an approximate match of both; when none is certain it is orphaned —
 * listed for the analyst, never silently moved to a lookalike passage.
 */
export type Placement = { kind: 'exact'; start: number; end: number } | { kind: 're-placed'; start: number; end: number } | { kind: 'orphaned'; reason: 'quote-not-found' | 'ambiguous' };

export function placeAnnotation(text: string, anchor: Anchor): Placement {
  const placed = reanchor(text, anchor);
  if (placed.kind === 'exact') return placed;
  if (placed.kind === 'orphaned') return { kind: 'orphaned', reason: placed.reason === 'ambiguous' ? 'ambiguous' : 'quote-not-found' };
  return { kind: 're-placed', start: placed.start, end: placed.end };
}
