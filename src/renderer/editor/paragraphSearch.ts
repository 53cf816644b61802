/**
 * The first of the article's paragraphs whose bottom edge lies below `y`, by binary search
 * (articles of 2,000 paragraphs are common). `bottomOf` says which coordinates `y` is in:
 * layout offsets for the reading position, client rects for the paint window.
 */
export function firstParagraphBelow(root: HTMLElement, y: number, bottomOf: (paragraph: HTMLElement) => number): number {
  const paragraphs = root.children;
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bottomOf(paragraphs[mid] as HTMLElement) <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
