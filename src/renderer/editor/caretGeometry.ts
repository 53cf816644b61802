/** Where a caret at a text offset sits on screen: for the resize handles, the painted caret and scrolling to it. */
import type { TextOffsets } from './textOffsets';

/** Which side of the offset the caret belongs to when it falls on a line edge: the text after it (start) or before it (end). */
export type Edge = 'start' | 'end';

/** The caret's box at `offset` in client pixels (zero width), or null when the offset is not laid out. */
export function caretRect(offsets: TextOffsets, offset: number, edge: Edge, rtl: boolean): DOMRect | null {
  const range = offsets.rangeFor(offset, offset);
  if (!range) return null;
  const rect = range.getBoundingClientRect();
  if (rect.height > 0) return rect;
  // A collapsed range at a line edge can measure empty: use the first/last box of the letter beside it.
  const around = offsets.rangeFor(Math.max(0, offset - (edge === 'end' ? 1 : 0)), Math.min(offsets.text.length, offset + (edge === 'start' ? 1 : 0)));
  const boxes = around ? Array.from(around.getClientRects()) : [];
  const box = edge === 'start' ? boxes[0] : boxes.at(-1);
  if (box) return new DOMRect((edge === 'start') === rtl ? box.right : box.left, box.top, 0, box.height);
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
