/**
 * What the reader asks of annotating. The editor paints and hit-tests; what a digit, a drag of a
 * handle or a click while linking a claim means is decided by features/annotate, which hands the
 * article view an implementation of this (so the editor never imports a feature).
 */
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import type { TagDefinition } from '../../shared/annotation/tagSet';

// Properties, not methods: the reader hands single commands on (onResize={commands.resizeSelectedTo}).
export interface AnnotationCommands {
  /** Tags the span waiting in the palette (a digit, a palette button). */
  tagPendingSpan: (tag: TagDefinition) => Promise<void>;
  /** While linking a claim: the span waiting in the palette becomes its claimant. */
  linkPendingSpanAsClaimant: () => Promise<void>;
  retagSelected: (tag: TagDefinition) => Promise<void>;
  /** Moves one edge of the selected annotation by a grapheme or a word (logical direction: +1 forward). */
  resizeSelected: (edge: 'start' | 'end', direction: 1 | -1, unit: 'grapheme' | 'word') => Promise<void>;
  /** Sets the selected annotation's span (a drag of its handles). */
  resizeSelectedTo: (span: { start: number; end: number }) => Promise<void>;
  /** A click on these annotations while a claim is being linked: true when one of them became its claimant. */
  linkClickedClaimant: (under: readonly AnnotationRecord[]) => boolean;
}
