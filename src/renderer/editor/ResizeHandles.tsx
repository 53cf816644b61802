/**
 * Drag handles at the two ends of the selected annotation. They live in the reader's scroll
 * container (so they scroll with the text) and never touch the article's DOM. While a handle is
 * dragged, the selection marker previews the new span; letting go writes one undoable resize.
 * The keyboard path is resize mode (R): then Shift+arrows move the end and Alt+Shift+arrows the
 * start, and the handles are drawn larger so the mode shows where the keys act.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import { useUi } from '../state/store';
import type { HighlightPainter } from './highlightPainter';
import { caretRect, placeIn, type Edge, type Place } from './caretGeometry';
import type { TextOffsets } from './textOffsets';

/** Where the caret sits at `offset`, in the scroller's content coordinates. */
function caretPlace(offsets: TextOffsets, offset: number, edge: Edge, scroller: HTMLElement, rtl: boolean): Place | null {
  const rect = caretRect(offsets, offset, edge, rtl);
  return rect ? placeIn(scroller, rect) : null;
}

export interface ResizeHandlesProps {
  offsets: TextOffsets;
  /** The view's painter: the selection marker previews the span while a handle is dragged. */
  painter: HighlightPainter;
  root: HTMLElement;
  selected: AnnotationRecord | null;
  /** A drag let go: the selected annotation's new span (one undoable resize). */
  onResize: (span: { start: number; end: number }) => Promise<void>;
}

export function ResizeHandles({ offsets, painter, root, selected, onResize }: ResizeHandlesProps) {
  const scroller = root.closest<HTMLElement>('.reader-scroll');
  const [places, setPlaces] = useState<Record<Edge, Place | null> | null>(null);
  const [preview, setPreview] = useState<{ start: number; end: number } | null>(null);
  const keyboard = useUi((s) => s.resizeMode);
  // While the button is down after a press in the text, the handles let the pointer through to
  // the text beneath: a selection dragged onto one ends there, not wherever the browser puts an
  // element without text (after the whole article, in the DOM).
  const [selectingText, setSelectingText] = useState(false);
  // From the attribute the view sets, not getComputedStyle: that forces a style pass over the
  // whole article, which costs over 100 ms on a 1 MB one (measured by the bench).
  const rtl = root.dataset['direction'] === 'rtl';
  const span = preview ?? selected;

  const measure = useCallback(() => {
    if (!span || !scroller) return setPlaces(null);
    setPlaces({ start: caretPlace(offsets, span.start, 'start', scroller, rtl), end: caretPlace(offsets, span.end, 'end', scroller, rtl) });
  }, [offsets, span?.start, span?.end, scroller, rtl]); // eslint-disable-line react-hooks/exhaustive-deps

  useLayoutEffect(measure, [measure]);
  useEffect(() => {
    // Font size and window width reflow the text.
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => observer.disconnect();
  }, [root, measure]);
  useEffect(() => setPreview(null), [selected?.id, selected?.start, selected?.end]);
  useEffect(() => {
    const onDown = (event: MouseEvent) => event.button === 0 && setSelectingText(true);
    const onUp = () => setSelectingText(false);
    root.addEventListener('mousedown', onDown);
    window.addEventListener('mouseup', onUp);
    return () => {
      root.removeEventListener('mousedown', onDown);
      window.removeEventListener('mouseup', onUp);
    };
  }, [root]);
  // The latest selected annotation, for putting the marker back when a drag ends.
  const selectedNow = useRef(selected);
  selectedNow.current = selected;

  if (!scroller || !selected || !places) return null;

  const startDrag = (edge: Edge) => (event: React.PointerEvent) => {
    event.preventDefault();
    event.stopPropagation();
    useUi.getState().setResizing(true);
    let next = { start: selected.start, end: selected.end };
    const onMove = (e: PointerEvent) => {
      const offset = offsets.offsetAtPoint(e.clientX, e.clientY);
      if (offset === null) return;
      next = edge === 'start' ? { start: Math.min(offset, next.end - 1), end: next.end } : { start: next.start, end: Math.max(offset, next.start + 1) };
      setPreview(next);
      painter.paintMarker('selected', next);
    };
    const end = (commit: boolean) => () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      // Let the mouseup that follows pass unseen by the click-to-select handler.
      setTimeout(() => useUi.getState().setResizing(false), 0);
      // A drag that changed nothing (or was cancelled) leaves its preview painted: put the marker back.
      const restore = () => {
        setPreview(null);
        painter.paintMarker('selected', selectedNow.current);
      };
      if (commit) void onResize(next).finally(restore);
      else restore();
    };
    const onUp = end(true);
    const onCancel = end(false); // the system took the pointer: nothing is resized
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
  };

  return createPortal(
    <>
      {(['start', 'end'] as const).map((edge) => {
        const place = places[edge];
        if (!place) return null;
        return (
          <span
            key={edge}
            className={`resize-handle resize-handle-${edge}${preview ? ' dragging' : ''}${keyboard ? ' keyboard' : ''}${selectingText ? ' pass-through' : ''}`}
            data-testid={`resize-handle-${edge}`}
            aria-hidden="true"
            title={edge === 'start' ? 'R, Alt+Shift+←/→' : 'R, Shift+←/→'}
            style={{ top: place.top, left: place.left, height: place.height }}
            onPointerDown={startDrag(edge)}
          />
        );
      })}
    </>,
    scroller,
  );
}
