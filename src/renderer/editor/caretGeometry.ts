/** Where a caret at a text offset sits on screen: for the resize handles, the painted caret and scrolling to it. */
import type { TextOffsets } from './textOffsets';

/** Which side of the offset the caret belongs to when it falls on a line edge: the text after it (start) or before it (end). */
export type Edge = 'start' | 'end';

/** The first or last box of the text [from, to), or null when it has none. */
function boxOf(offsets: TextOffsets, from: number, to: number, which: 'first' | 'last'): DOMRect | null {
  const boxes = offsets.rangeFor(from, to)?.getClientRects();
  if (!boxes || boxes.length === 0) return null;
  return (which === 'first' ? boxes[0] : boxes[boxes.length - 1]) ?? null;
}

/**
 * The caret's box at `offset` in client pixels (zero width), or null when the offset is not laid out.
 * Where a long paragraph wraps, one offset is both the end of a screen line and the start of the
 * next: `edge` says which is meant, the start of the text after it or the end of the text before it.
 */
export function caretRect(offsets: TextOffsets, offset: number, edge: Edge, rtl: boolean): DOMRect | null {
  const text = offsets.text;
  const letterAfter = offset < text.length && text[offset] !== '\n';
  const letterBefore = offset > 0 && text[offset - 1] !== '\n';
  const collapsed = offsets.rangeFor(offset, offset)?.getBoundingClientRect() ?? null;
  const sameLine = (box: DOMRect) => collapsed !== null && collapsed.height > 0 && Math.abs(box.top - collapsed.top) < box.height / 2;
  // The letter on the side meant: when the collapsed range measured on the other screen line, or
  // measured nothing (at a line edge it can), its edge is the caret.
  const beside = (edge === 'start' ? letterAfter : !letterBefore) ? boxOf(offsets, offset, offset + 1, 'first') : letterBefore ? boxOf(offsets, offset - 1, offset, 'last') : null;
  const after = beside !== null && (edge === 'start' ? letterAfter : !letterBefore);
  if (beside && !sameLine(beside)) return new DOMRect(after === rtl ? beside.right : beside.left, beside.top, 0, beside.height);
  if (collapsed && collapsed.height > 0) return collapsed;
  // An empty paragraph: its own box, at its start side.
  const paragraph = offsets.pointAt(offset)?.node;
  if (paragraph instanceof Element) {
    const p = paragraph.getBoundingClientRect();
    return p.height > 0 ? new DOMRect(rtl ? p.right : p.left, p.top, 0, p.height) : null;
  }
  return null;
}

export interface Place {
  top: number;
  left: number;
  height: number;
}

/** A client rect in the scroller's content coordinates (what an absolutely placed child of it uses). */
export function placeIn(scroller: HTMLElement, rect: DOMRect): Place {
  const view = scroller.getBoundingClientRect();
  return { top: rect.top - view.top + scroller.scrollTop, left: rect.left - view.left + scroller.scrollLeft, height: rect.height };
}
