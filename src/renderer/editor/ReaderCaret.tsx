/**
 * The painted caret of the read-only article: a thin bar at the caret's offset, in the reader's
 * scroll container (so it scrolls with the text), shown while the reader has the focus, as a
 * text field shows its caret. It never touches the article's DOM. `data-offset` says where it is
 * (and that it is shown at all).
 *
 * It is placed after the next frame has been painted, not in the key press's own task: a tag
 * moves the caret, and the frame that paints the new highlight must not wait for this.
 */
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useUi } from '../state/store';
import { afterNextPaint } from './afterNextPaint';
import { caretRect, placeIn } from './caretGeometry';
import { domSelectionIn } from './readerCaret';
import type { TextOffsets } from './textOffsets';

export function ReaderCaret({ root, offsets }: { root: HTMLElement; offsets: TextOffsets }) {
  const scroller = root.closest<HTMLElement>('.reader-scroll');
  const bar = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!scroller) return;
    let scheduled = false;
    let alive = true;
    const place = () => {
      scheduled = false;
      const element = bar.current;
      if (!alive || !element) return;
      const caret = useUi.getState().caret;
      const rect = caret === null ? null : caretRect(offsets, caret, 'start', root.dataset['direction'] === 'rtl');
      if (!rect) {
        delete element.dataset['offset'];
        return;
      }
      const at = placeIn(scroller, rect);
      element.style.top = `${at.top}px`;
      element.style.left = `${at.left}px`;
      element.style.height = `${at.height}px`;
      element.dataset['offset'] = String(caret);
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      void afterNextPaint().then(place);
    };
    schedule();
    const unsubscribe = useUi.subscribe((state, previous) => {
      if (state.caret !== previous.caret) schedule();
    });
    // A click or a drag in the article moves the caret to where the selection's focus went.
    const onSelectionChange = () => {
      const dom = domSelectionIn(root);
      const focus = dom && offsets.offsetOf(dom.focusNode!, dom.focusOffset);
      if (focus !== null && focus !== undefined && focus !== useUi.getState().caret) useUi.getState().setCaret(focus);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    // Font size and window width reflow the text.
    const resized = new ResizeObserver(schedule);
    resized.observe(root);
    return () => {
      alive = false;
      unsubscribe();
      document.removeEventListener('selectionchange', onSelectionChange);
      resized.disconnect();
      // The caret belongs to this article.
      useUi.getState().setCaret(null);
    };
  }, [root, offsets, scroller]);

  return scroller ? createPortal(<span ref={bar} className="reader-caret" data-testid="reader-caret" aria-hidden="true" />, scroller) : null;
}
