/**
 * Inside the article's Lexical composer: paints the corpus search's hits for this article
 * (searchHighlights.ts) and brings the current one into view whenever the analyst moves to a hit
 * (state: `readerSearch`). It has its own TextOffsets, so it needs nothing of the annotation layer.
 */
import { useArticleRoot } from './useArticleRoot';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useMemo } from 'react';
import { useUi } from '../state/store';
import { pageSurface } from './highlightPainter';
import { SearchHighlighter } from './searchHighlights';
import { TextOffsets } from './textOffsets';

const INTENT_EVENTS = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
/** Paragraphs coming into view get their real heights (long articles lay out lazily): aim again for a few frames. */
const AIM_FRAMES = 20;

/**
 * Brings the range into view, a third of the way down the reader, unless it is in view already;
 * aims again while the layout settles, until the analyst scrolls or presses a key.
 */
function bringIntoView(scroller: HTMLElement, range: () => Range | null): () => void {
  let frames = 0;
  let stopped = false;
  let request = 0;
  const stop = () => {
    stopped = true;
    cancelAnimationFrame(request);
    for (const type of INTENT_EVENTS) scroller.removeEventListener(type, stop);
  };
  for (const type of INTENT_EVENTS) scroller.addEventListener(type, stop, { passive: true });
  const aim = () => {
    if (stopped) return;
    const rect = range()?.getBoundingClientRect();
    if (rect) {
      const view = scroller.getBoundingClientRect();
      const inView = rect.top >= view.top + 8 && rect.bottom <= view.bottom - 8;
      if (frames === 0 && inView) return stop();
      const wanted = view.top + view.height / 3;
      if (Math.abs(rect.top - wanted) >= 2) scroller.scrollTop += rect.top - wanted;
    }
    if (frames++ < AIM_FRAMES) request = requestAnimationFrame(aim);
    else stop();
  };
  aim();
  return stop;
}

export function SearchHitLayer({ articleId, text }: { articleId: string; text: string }) {
  const [editor] = useLexicalComposerContext();
  const root = useArticleRoot(editor);
  const search = useUi((s) => s.readerSearch);
  const offsets = useMemo(() => (root ? new TextOffsets(root, text) : null), [root, text]);
  const highlighter = useMemo(() => (offsets ? new SearchHighlighter(offsets, pageSurface()) : null), [offsets]);
  const mine = search && search.articleId === articleId ? search : null;

  useEffect(() => () => highlighter?.dispose(), [highlighter]);

  useEffect(() => {
    if (!highlighter) return;
    highlighter.paint(mine?.spans ?? [], mine ? (mine.spans[mine.current] ?? null) : null);
  }, [highlighter, mine]);

  // Each move to a hit (`reveal`) scrolls to it once.
  const reveal = mine?.reveal;
  useEffect(() => {
    const current = useUi.getState().readerSearch;
    const scroller = root?.closest<HTMLElement>('.reader-scroll');
    if (!offsets || !scroller || reveal === undefined || !current) return;
    const span = current.spans[current.current];
    if (!span) return;
    return bringIntoView(scroller, () => offsets.rangeFor(span.start, span.end));
  }, [root, offsets, reveal]);

  return null;
}
