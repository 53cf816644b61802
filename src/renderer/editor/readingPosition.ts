/**
 * Where the analyst is in an article. Long articles lay out lazily (see LAZY_LAYOUT_CHARS), so
 * the heights of paragraphs off screen are estimates and a bare scrollTop would land elsewhere on
 * the next visit; their place is kept as "paragraph N, so many pixels in" instead.
 */
import type { ReadingPosition } from '../db/readingPositions';
import { firstParagraphBelow } from './paragraphSearch';

/** Articles longer than this skip layout and paint of paragraphs off screen (content-visibility). */
export const LAZY_LAYOUT_CHARS = 50_000;

function articleRoot(scroller: HTMLElement): HTMLElement | null {
  return scroller.querySelector<HTMLElement>('[data-testid="article-root"]');
}

export function readingPositionOf(scroller: HTMLElement): ReadingPosition {
  const root = articleRoot(scroller);
  if (!root || root.childElementCount === 0) return { scrollTop: scroller.scrollTop };
  const line = firstParagraphBelow(root, scroller.scrollTop, (p) => p.offsetTop + p.offsetHeight);
  const paragraph = root.children[line] as HTMLElement;
  return { scrollTop: scroller.scrollTop, topLine: line, topLineDelta: scroller.scrollTop - paragraph.offsetTop };
}

const INTENT_EVENTS = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

export function scrollToReadingPosition(scroller: HTMLElement, position: ReadingPosition): void {
  const root = articleRoot(scroller);
  const paragraph = position.topLine !== undefined && root?.dataset['lazy'] ? (root.children[position.topLine] as HTMLElement | undefined) : undefined;
  if (!paragraph) {
    scroller.scrollTop = position.scrollTop;
    return;
  }
  // Paragraphs that come into view get their real heights, and the article font may still be
  // loading, both of which move the target: aim again each frame for a moment, unless the analyst
  // starts scrolling first.
  const delta = position.topLineDelta ?? 0;
  let frames = 0;
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const type of INTENT_EVENTS) scroller.removeEventListener(type, stop);
  };
  for (const type of INTENT_EVENTS) scroller.addEventListener(type, stop, { passive: true });
  const aim = () => {
    if (stopped) return;
    const target = paragraph.offsetTop + delta;
    if (Math.abs(scroller.scrollTop - target) >= 1) scroller.scrollTop = target;
    if (frames++ < 45) requestAnimationFrame(aim);
    else stop();
  };
  aim();
}
