/**
 * Paints annotations with the CSS Custom Highlight API (docs/architecture.md, "Why highlights are painted as they are"): ranges
 * are registered with `CSS.highlights` and styled with `::highlight()`, so the article's DOM is
 * never split into per-annotation elements and Arabic letters stay joined. Styles use only
 * background, colour and underline, which never change glyphs or layout.
 *
 * One painter per article view, created by the view: it owns everything it paints with (its
 * stylesheet, its range cache, the annotations still being written, the paint window, the names it
 * registered), so two views never share or clear each other's state.
 *
 * Tag colours are user data, so the `::highlight` rules are built at run time in a constructed
 * stylesheet (adoptedStyleSheets), which the strict CSP allows where a <style> element is not.
 */
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import type { TagDefinition } from '../../shared/annotation/tagSet';
import type { TextOffsets } from './textOffsets';
import { safeColour } from '../../shared/report/highlightColours';

type Span = { start: number; end: number };

/** An annotation painted before the database has it (see AnnotationSession). */
export interface UnstoredAnnotation extends Span {
  id: string;
  tagId: string;
}

/**
 * The single-purpose highlights: the selected annotation, its claim's claimant, a brief flash, and
 * the tags painted but not yet stored ('unsaved': a dashed underline until the stored list has them,
 * so the screen never shows as saved what a crash at that moment would lose — the crash tests of
 * issue 14 found up to 16 such tags behind a burst of keys at machine speed).
 */
export type Marker = 'selected' | 'claimant' | 'flash' | 'unsaved';

/**
 * Highlights of several spans that are not annotations: "find all mentions" suggestions (issue 13),
 * drawn as a dotted underline so they never read as a tag's fill, and the one the keys act on.
 */
export type SpanMarker = 'suggestion' | 'suggestion-current';

/**
 * What a painter draws on: in the app the page's highlight registry and adopted stylesheets
 * (pageSurface); unit tests pass fakes.
 */
export interface HighlightSurface {
  readonly highlights: {
    get(name: string): Highlight | undefined;
    set(name: string, highlight: Highlight): unknown;
    delete(name: string): unknown;
  };
  createHighlight(ranges: readonly Range[]): Highlight;
  /** Adds an empty stylesheet to the page; `remove` takes it away again. */
  adoptStyleSheet(): { replaceSync(css: string): void; remove(): void };
}

/** The page's highlight registry, or null where this browser cannot paint highlights (every Chromium since 105 can). */
export function pageSurface(): HighlightSurface | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  return {
    highlights: CSS.highlights,
    createHighlight: (ranges) => new Highlight(...ranges),
    adoptStyleSheet() {
      const sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      return {
        replaceSync: (css) => sheet.replaceSync(css),
        remove: () => {
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    },
  };
}

/** The part of TextOffsets the painter needs: a DOM range for a text span. */
export type RangeSource = Pick<TextOffsets, 'rangeFor'>;

export class HighlightPainter {
  private sheet: ReturnType<HighlightSurface['adoptStyleSheet']> | null = null;
  /**
   * Ranges are cached per annotation and reused while its span is unchanged (the article's DOM
   * never changes under a view), so a repaint after one change creates one Range, not thousands.
   */
  private readonly ranges = new Map<string, Span & { range: Range }>();
  /**
   * Annotations being written: painted at once, before the database has them, so a tag shows in
   * the next frame. Each stays painted until the stored list includes it, or until it is dropped.
   */
  private readonly unstored = new Map<string, UnstoredAnnotation>();
  /**
   * The part of a long article whose annotations are registered (paintWindow.ts), as text
   * offsets; null means all of them. The last annotations and tags painted are kept so that
   * moving the window can repaint without a render.
   */
  private window: { from: number; to: number } | null = null;
  private last: { annotations: readonly AnnotationRecord[]; tags: readonly TagDefinition[] } | null = null;
  /** What this painter registered, by name: it replaces and removes only its own highlights. */
  private readonly registered = new Map<string, Highlight>();

  constructor(
    private readonly offsets: RangeSource,
    private readonly surface: HighlightSurface | null = pageSurface(),
    /** Starts every highlight name; the tests and the bench look for `isnad-tag-<id>` and `isnad-selected`… */
    private readonly prefix = 'isnad-',
  ) {}

  tagHighlightName(tagId: string): string {
    return `${this.prefix}tag-${tagId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  }

  markerName(marker: Marker | SpanMarker): string {
    return `${this.prefix}${marker}`;
  }

  /** Builds the ::highlight rules for the tag set (idempotent). */
  setTagStyles(tags: readonly TagDefinition[]): void {
    if (!this.surface) return;
    // On dark paper the same tint reads fainter, so it is mixed stronger there; the claimant mark
    // turns from dark gold to light gold for the same reason (checked by screenshot in both schemes).
    // A tag's colour is data (a bundle or W3C file can carry any string): only a #rrggbb reaches the
    // style sheet, so a colour such as `red) } body { display: none } x {` cannot add rules (issue 14).
    const tints = (share: number) =>
      tags.map((tag) => `::highlight(${this.tagHighlightName(tag.id)}) { background-color: color-mix(in srgb, ${safeColour(tag.color)} ${share}%, transparent); }`).join('\n');
    const rules = [
      tints(32),
      `::highlight(${this.markerName('selected')}) { text-decoration: underline 3px; text-decoration-color: var(--focus); text-underline-offset: 6px; }`,
      `::highlight(${this.markerName('claimant')}) { text-decoration: underline dotted 3px; text-decoration-color: #a16207; text-underline-offset: 6px; }`,
      `::highlight(${this.markerName('flash')}) { background-color: color-mix(in srgb, var(--focus) 55%, transparent); }`,
      `::highlight(${this.markerName('unsaved')}) { text-decoration: underline dashed 2px; text-decoration-color: var(--muted); text-underline-offset: 6px; }`,
      `::highlight(${this.markerName('suggestion')}) { text-decoration: underline dotted 2px; text-decoration-color: var(--suggestion); text-underline-offset: 7px; }`,
      `::highlight(${this.markerName('suggestion-current')}) { text-decoration: underline dotted 3px; text-decoration-color: var(--suggestion); text-underline-offset: 7px; background-color: color-mix(in srgb, var(--suggestion) 18%, transparent); }`,
      // Last, so it overrides the light rules above.
      `@media (prefers-color-scheme: dark) {\n${tints(48)}\n::highlight(${this.markerName('claimant')}) { text-decoration-color: #fbbf24; }\n}`,
    ];
    this.sheet ??= this.surface.adoptStyleSheet();
    this.sheet.replaceSync(rules.join('\n'));
  }

  /** Registers only the annotations that overlap [from, to] from now on, and repaints. */
  setWindow(window: { from: number; to: number }): void {
    this.window = window;
    if (this.last) this.paint(this.last.annotations, this.last.tags);
  }

  /** Replaces every tag highlight with the given annotations' ranges (plus those still being written). */
  paint(annotations: readonly AnnotationRecord[], tags: readonly TagDefinition[]): void {
    if (!this.surface) return;
    this.last = { annotations, tags };
    const window = this.window;
    const byTag = new Map<string, Range[]>(tags.map((t) => [t.id, []]));
    const present = new Set<string>();
    for (const annotation of annotations) {
      present.add(annotation.id);
      if (window && (annotation.end < window.from || annotation.start > window.to)) continue;
      const range = this.rangeOf(annotation);
      if (range) byTag.get(annotation.tagId)?.push(range);
    }
    const waiting = this.unstored.size;
    for (const [id, span] of this.unstored) {
      if (present.has(id)) this.unstored.delete(id);
      else {
        const range = this.rangeOf(span);
        if (range) byTag.get(span.tagId)?.push(range);
      }
    }
    if (waiting !== this.unstored.size) this.paintUnsaved();
    if (this.ranges.size > 2 * present.size + 64) for (const id of this.ranges.keys()) if (!present.has(id) && !this.unstored.has(id)) this.ranges.delete(id);
    const names = new Set<string>();
    tags.forEach((tag, i) => {
      const ranges = byTag.get(tag.id) ?? [];
      if (ranges.length === 0) return;
      const highlight = this.surface!.createHighlight(ranges);
      highlight.priority = i; // stable stacking where spans overlap
      const name = this.tagHighlightName(tag.id);
      names.add(name);
      this.register(name, highlight);
    });
    for (const name of [...this.registered.keys()]) if (this.isTagName(name) && !names.has(name)) this.unregister(name);
  }

  /** Paints an annotation that is being written, by adding one range to its tag's highlight. */
  paintUnstored(annotation: UnstoredAnnotation): void {
    if (!this.surface) return;
    this.unstored.set(annotation.id, { id: annotation.id, tagId: annotation.tagId, start: annotation.start, end: annotation.end });
    const range = this.rangeOf(annotation);
    if (!range) return;
    const name = this.tagHighlightName(annotation.tagId);
    let highlight = this.registered.get(name);
    if (!highlight) {
      highlight = this.surface.createHighlight([]);
      highlight.priority = Math.max(
        0,
        (this.last?.tags ?? []).findIndex((t) => t.id === annotation.tagId),
      );
      this.register(name, highlight);
    }
    highlight.add(range);
    this.paintUnsaved();
  }

  /** The 'unsaved' marker over every tag painted but not yet in the stored list. */
  private paintUnsaved(): void {
    const name = this.markerName('unsaved');
    const ranges = [...this.unstored.values()].flatMap((span) => this.rangeOf(span) ?? []);
    if (ranges.length === 0) this.unregister(name);
    else {
      const highlight = this.surface!.createHighlight(ranges);
      highlight.priority = 998;
      this.register(name, highlight);
    }
  }

  /**
   * Stops painting an annotation that was being written. Once it is stored (`repaint` false) the
   * stored list decides from the next paint on, even if it never shows it (undone at once); one
   * whose write failed is taken off the screen now.
   */
  dropUnstored(id: string, { repaint }: { repaint: boolean }): void {
    if (!this.unstored.delete(id)) return;
    this.paintUnsaved();
    if (repaint && this.last) this.paint(this.last.annotations, this.last.tags);
  }

  /** Paints (or clears, with null) one of the single-purpose highlights: selection, claimant, flash. */
  paintMarker(marker: Marker, span: Span | null): void {
    if (!this.surface) return;
    const name = this.markerName(marker);
    const range = span ? this.offsets.rangeFor(span.start, span.end) : null;
    if (!range) this.unregister(name);
    else {
      const highlight = this.surface.createHighlight([range]);
      highlight.priority = 1000;
      this.register(name, highlight);
    }
  }

  /** Paints (or clears, with none) a highlight of several spans that are not annotations. */
  paintSpans(marker: SpanMarker, spans: readonly Span[]): void {
    if (!this.surface) return;
    const name = this.markerName(marker);
    const ranges = spans.flatMap((span) => this.offsets.rangeFor(span.start, span.end) ?? []);
    if (ranges.length === 0) this.unregister(name);
    else {
      const highlight = this.surface.createHighlight(ranges);
      highlight.priority = marker === 'suggestion-current' ? 1001 : 999;
      this.register(name, highlight);
    }
  }

  /** Takes this painter's highlights and styles off the page (the view is going away). */
  dispose(): void {
    for (const name of [...this.registered.keys()]) this.unregister(name);
    this.sheet?.remove();
    this.sheet = null;
    this.ranges.clear();
    this.unstored.clear();
    this.last = null;
  }

  private isTagName(name: string): boolean {
    return name.startsWith(`${this.prefix}tag-`);
  }

  private register(name: string, highlight: Highlight): void {
    this.surface!.highlights.set(name, highlight);
    this.registered.set(name, highlight);
  }

  /** Removes a highlight this painter registered, unless another painter has since put its own under that name. */
  private unregister(name: string): void {
    const mine = this.registered.get(name);
    if (!mine) return;
    this.registered.delete(name);
    if (this.surface!.highlights.get(name) === mine) this.surface!.highlights.delete(name);
  }

  private rangeOf(annotation: Pick<AnnotationRecord, 'id' | 'start' | 'end'>): Range | null {
    const hit = this.ranges.get(annotation.id);
    if (hit && hit.start === annotation.start && hit.end === annotation.end) return hit.range;
    const range = this.offsets.rangeFor(annotation.start, annotation.end);
    if (range) this.ranges.set(annotation.id, { start: annotation.start, end: annotation.end, range });
    else this.ranges.delete(annotation.id);
    return range;
  }
}
