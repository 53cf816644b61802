/**
 * The corpus search's marks in the reader: every hit of the query in the open article, and the hit
 * the analyst is on. CSS Custom Highlights of their own names (`isnad-search-hit`,
 * `isnad-search-current`), beside the annotations' (highlightPainter.ts), which they never replace
 * or clear; styled with background and underline only, so Arabic letters stay joined when a hit
 * is part of a word (the و of والصين is not marked).
 */
import type { HighlightSurface, RangeSource } from './highlightPainter';

type Span = { start: number; end: number };

export const SEARCH_HIT = 'isnad-search-hit';
export const SEARCH_CURRENT = 'isnad-search-current';

/** Above the tags (their priorities are their places in the tag set), below the selection and flash markers (1000). */
const PRIORITY = 900;

const RULES = [
  `::highlight(${SEARCH_HIT}) { background-color: color-mix(in srgb, #f59e0b 38%, transparent); }`,
  `::highlight(${SEARCH_CURRENT}) { background-color: color-mix(in srgb, #f97316 65%, transparent); text-decoration: underline 2px; text-decoration-color: #c2410c; text-underline-offset: 5px; }`,
  `@media (prefers-color-scheme: dark) { ::highlight(${SEARCH_HIT}) { background-color: color-mix(in srgb, #f59e0b 50%, transparent); } ::highlight(${SEARCH_CURRENT}) { text-decoration-color: #fdba74; } }`,
].join('\n');

export class SearchHighlighter {
  private sheet: ReturnType<HighlightSurface['adoptStyleSheet']> | null = null;
  private readonly registered = new Map<string, Highlight>();

  constructor(
    private readonly offsets: RangeSource,
    private readonly surface: HighlightSurface | null,
  ) {}

  /** Marks `spans`, and `current` (one of them, or null) more strongly. */
  paint(spans: readonly Span[], current: Span | null): void {
    if (!this.surface) return;
    this.sheet ??= this.surface.adoptStyleSheet();
    this.sheet.replaceSync(RULES);
    this.set(SEARCH_HIT, spans);
    this.set(SEARCH_CURRENT, current ? [current] : []);
  }

  dispose(): void {
    for (const name of [...this.registered.keys()]) this.unregister(name);
    this.sheet?.remove();
    this.sheet = null;
  }

  private set(name: string, spans: readonly Span[]): void {
    const ranges = spans.flatMap((span) => this.offsets.rangeFor(span.start, span.end) ?? []);
    if (ranges.length === 0) {
      this.unregister(name);
      return;
    }
    const highlight = this.surface!.createHighlight(ranges);
    highlight.priority = PRIORITY + (name === SEARCH_CURRENT ? 1 : 0);
    this.surface!.highlights.set(name, highlight);
    this.registered.set(name, highlight);
  }

  private unregister(name: string): void {
    const mine = this.registered.get(name);
    if (!mine) return;
    this.registered.delete(name);
    if (this.surface!.highlights.get(name) === mine) this.surface!.highlights.delete(name);
  }
}
