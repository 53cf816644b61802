/**
 * Long articles register with CSS.highlights only the annotations on and near the screen.
 *
 * Why: on every frame in which anything in the document changed (the palette closing, a letter
 * typed in a note, a 4 px box recoloured), Chromium rebuilds all highlight markers and repaints
 * every text node that carries one (HighlightRegistry::ValidateHighlightMarkers). With 2,000
 * annotations in a 200 KB article that was 6–8 ms of main-thread paint per frame, whatever the
 * change: the bench's 4 px "frame floor" took as long as a tag (session 3). Registering only
 * the paragraphs within a screen of the view makes that cost follow what is on screen, not the
 * size of the article (a throwaway micro-bench in Chromium 156, 2,000 ranges: 6–7 ms per frame
 * with all registered, about 3 ms with ±400 px, 5 ms with ±2,000 px; the bench's floor fell too).
 *
 * The window is moved in the scroll event, which runs in the frame before paint, so text that
 * scrolls in is painted with its highlights in the same frame. Short articles (laid out whole,
 * see LAZY_LAYOUT_CHARS) keep every annotation registered.
 */
import { useEffect } from 'react';
import type { HighlightPainter } from './highlightPainter';
import { firstParagraphBelow } from './paragraphSearch';
import { LAZY_LAYOUT_CHARS } from './readingPosition';
import type { TextOffsets } from './textOffsets';

/** The paragraphs (lines) that overlap the band [top, bottom] of the viewport, in client pixels. */
export function linesWithin(root: HTMLElement, top: number, bottom: number): { first: number; last: number } | null {
  if (root.childElementCount === 0) return null;
  const bottomOf = (p: HTMLElement) => p.getBoundingClientRect().bottom;
  const first = firstParagraphBelow(root, top, bottomOf);
  const last = Math.max(first, firstParagraphBelow(root, bottom, bottomOf));
  return { first, last };
}

/** Below any paragraph's height in the reader (a line of text, or an empty paragraph and its margin). */
const PROVISIONAL_LINE_PX = 8;

export function usePaintWindow(root: HTMLElement | null, offsets: TextOffsets | null, painter: HighlightPainter | null): void {
  useEffect(() => {
    if (!root || !offsets || !painter || offsets.text.length <= LAZY_LAYOUT_CHARS) return;
    const scroller = root.closest<HTMLElement>('.reader-scroll');
    if (!scroller) return;
    let current: { first: number; last: number } | null = null;
    const register = (lines: { first: number; last: number }) => {
      current = lines;
      const from = offsets.lineStarts[lines.first]!;
      const to = lines.last + 1 < offsets.lineStarts.length ? offsets.lineStarts[lines.last + 1]! - 1 : offsets.text.length;
      root.dataset['paintWindow'] = `${from},${to}`; // read by the bench's "highlights visible" probe
      painter.setWindow({ from, to });
    };
    const update = () => {
      const view = scroller.getBoundingClientRect();
      // Hysteresis: keep the window while half a screen either side of the view is inside it;
      // otherwise register a screen either side, so a scroll repaints every few frames at most.
      const near = linesWithin(root, view.top - view.height / 2, view.bottom + view.height / 2);
      if (!near || (current && near.first >= current.first && near.last <= current.last)) return;
      register(linesWithin(root, view.top - view.height, view.bottom + view.height)!);
    };
    // The first window is not measured: here, in React's commit of a newly opened article,
    // measuring forces the layout of every paragraph at once (3.3 s of a profiled 19 MB open, in
    // getBoundingClientRect), before the browser's own first layout, which skips the paragraphs
    // off screen. A new article's view is at its top, so the window starts as the lines that can
    // fit on two screens there (at most one per PROVISIONAL_LINE_PX), and the ResizeObserver below
    // measures it in the first frame, after that layout and before paint.
    register({ first: 0, last: Math.min(offsets.lineStarts.length - 1, Math.ceil((2 * window.innerHeight) / PROVISIONAL_LINE_PX)) });
    scroller.addEventListener('scroll', update, { passive: true });
    // A resized window, a font-size change or paragraphs laid out for the first time move the
    // text under the view without a scroll.
    const resized = new ResizeObserver(update);
    resized.observe(scroller);
    resized.observe(root);
    return () => {
      scroller.removeEventListener('scroll', update);
      resized.disconnect();
      delete root.dataset['paintWindow'];
    };
  }, [root, offsets, painter]);
}
