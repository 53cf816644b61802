/** Turns a text selection or a pointer position in the article into what the analyst can act on. */
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import { snapSpan } from '../../shared/annotation/snapSpan';
import { useUi } from '../state/store';
import type { TextOffsets } from './textOffsets';

export function coveringAnnotations(annotations: readonly AnnotationRecord[], offset: number): AnnotationRecord[] {
  return annotations.filter((a) => a.start <= offset && offset < a.end);
}

/** Opens the palette for the current DOM selection when it covers some taggable text. */
export function offerSelection(offsets: TextOffsets): boolean {
  const selection = window.getSelection();
  const raw = offsets.selectionSpan(selection);
  // Snapped now, so the span shown, painted at once when tagged, and stored are one and the same.
  const span = raw && snapSpan(offsets.text, raw);
  if (!span) return false;
  const rects = selection!.getRangeAt(0).getClientRects();
  const last = rects[rects.length - 1] ?? selection!.getRangeAt(0).getBoundingClientRect();
  useUi.getState().openPalette(span, { x: last.left + last.width / 2, y: last.bottom + 6 });
  return true;
}

