/** Turns a text selection or a pointer position in the article into what the analyst can act on. */
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import { snapSpan } from '../../shared/annotation/snapSpan';
import { useUi } from '../state/store';
import type { TextOffsets } from './textOffsets';

export function coveringAnnotations(annotations: readonly AnnotationRecord[], offset: number): AnnotationRecord[] {
  return annotations.filter((a) => a.start <= offset && offset < a.end);
}

/**
 * Opens the palette for the current DOM selection when it covers some taggable text. After a
 * mouse drag, `pointer` is where the button was let go: a selection the browser ended outside the
 * text (past it, on a resize handle) ends there instead, and the selection shown is set to match.
 */
export function offerSelection(offsets: TextOffsets, pointer?: { x: number; y: number }): boolean {
  const selection = window.getSelection();
  const ends = offsets.selectionEnds(selection, pointer);
  if (!ends || !selection) return false;
  // Snapped now, so the span shown, painted at once when tagged, and stored are one and the same.
  const span = snapSpan(offsets.text, { start: Math.min(ends.anchor, ends.focus), end: Math.max(ends.anchor, ends.focus) });
  if (!span) return false;
  const focus = ends.focusFromPointer ? offsets.pointAt(ends.focus) : null;
  if (focus) selection.extend(focus.node, focus.offset); // show what the palette offers
  const rects = selection.getRangeAt(0).getClientRects();
  const last = rects[rects.length - 1] ?? selection.getRangeAt(0).getBoundingClientRect();
  useUi.getState().openPalette(span, onScreen(offsets, { x: last.left + last.width / 2, y: last.bottom + 6 }));
  return true;
}

/**
 * Keeps the palette in the reader's view when the selection ends off screen (Ctrl+A, a long
 * Shift+arrow run): it then stands at the top or the bottom of the view.
 */
function onScreen(offsets: TextOffsets, at: { x: number; y: number }): { x: number; y: number } {
  const view = offsets.viewRect();
  if (!view || (at.y >= view.top && at.y <= view.bottom)) return at;
  return { x: at.x, y: at.y < view.top ? view.top + 6 : view.bottom - PALETTE_CLEARANCE };
}

/** Room kept below the palette's top edge so the whole palette (a row or two of tags) stays in view. */
const PALETTE_CLEARANCE = 96;
