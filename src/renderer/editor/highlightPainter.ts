/**
 * Paints annotations with the CSS Custom Highlight API (DESIGN.md, "Painting highlights"): ranges
 * are registered with `CSS.highlights` and styled with `::highlight()`, so the article's DOM is
 * never split into per-annotation elements and Arabic letters stay joined. Styles use only
 * background, colour and underline, which never change glyphs or layout.
 *
 * Tag colours are user data, so the `::highlight` rules are built at run time in a constructed
 * stylesheet (adoptedStyleSheets), which the strict CSP allows where a <style> element is not.
 */
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import type { TagDefinition } from '../../shared/annotation/tagSet';
import type { TextOffsets } from './textOffsets';

const PREFIX = 'isnad-';
export const highlightName = (tagId: string) => `${PREFIX}tag-${tagId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
export const SELECTED_HIGHLIGHT = `${PREFIX}selected`;
export const CLAIMANT_HIGHLIGHT = `${PREFIX}claimant`;
export const FLASH_HIGHLIGHT = `${PREFIX}flash`;

let sheet: CSSStyleSheet | null = null;

function styleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  return sheet;
}

/** Builds the ::highlight rules for the tag set (idempotent). */
export function paintTagStyles(tags: readonly TagDefinition[]): void {
  // On dark paper the same tint reads fainter, so it is mixed stronger there; the claimant mark
  // turns from dark gold to light gold for the same reason (checked by screenshot in both schemes).
  const tints = (share: number) =>
    tags.map((tag) => `::highlight(${highlightName(tag.id)}) { background-color: color-mix(in srgb, ${tag.color} ${share}%, transparent); }`).join('\n');
  const rules = [
    tints(32),
    `::highlight(${SELECTED_HIGHLIGHT}) { text-decoration: underline 3px; text-decoration-color: var(--focus); text-underline-offset: 6px; }`,
    `::highlight(${CLAIMANT_HIGHLIGHT}) { text-decoration: underline dotted 3px; text-decoration-color: #a16207; text-underline-offset: 6px; }`,
    `::highlight(${FLASH_HIGHLIGHT}) { background-color: color-mix(in srgb, var(--focus) 55%, transparent); }`,
    // Last, so it overrides the light rules above.
    `@media (prefers-color-scheme: dark) {\n${tints(48)}\n::highlight(${CLAIMANT_HIGHLIGHT}) { text-decoration-color: #fbbf24; }\n}`,
  ];
  styleSheet().replaceSync(rules.join('\n'));
}

/** Whether this browser can paint highlights (every Chromium since 105; Electron's is newer). */
export const canPaint = () => typeof CSS !== 'undefined' && 'highlights' in CSS;

/**
 * Ranges are cached per annotation and reused while its span is unchanged (the article's DOM never
 * changes under a view), so a repaint after one change creates one Range, not thousands.
 */
const rangeCache = new WeakMap<TextOffsets, Map<string, { start: number; end: number; range: Range }>>();

function rangeOf(offsets: TextOffsets, annotation: Pick<AnnotationRecord, 'id' | 'start' | 'end'>): Range | null {
  let cache = rangeCache.get(offsets);
  if (!cache) rangeCache.set(offsets, (cache = new Map<string, { start: number; end: number; range: Range }>()));
  const hit = cache.get(annotation.id);
  if (hit && hit.start === annotation.start && hit.end === annotation.end) return hit.range;
  const range = offsets.rangeFor(annotation.start, annotation.end);
  if (range) cache.set(annotation.id, { start: annotation.start, end: annotation.end, range });
  else cache.delete(annotation.id);
  return range;
}

/**
 * Annotations being written: painted at once, before the database has them, so a tag shows in the
 * next frame. Each stays painted until the stored list includes it, or is dropped if the write fails.
 */
const pendingByView = new WeakMap<TextOffsets, Map<string, { tagId: string; start: number; end: number }>>();

function pendingOf(offsets: TextOffsets) {
  let pending = pendingByView.get(offsets);
  if (!pending) pendingByView.set(offsets, (pending = new Map<string, { tagId: string; start: number; end: number }>()));
  return pending;
}

/**
 * The part of a long article whose annotations are registered (paintWindow.ts), as text offsets;
 * none set means all of them. The last annotations and tags painted are kept so that moving the
 * window can repaint without a render.
 */
const windowByView = new WeakMap<TextOffsets, { from: number; to: number }>();
const lastPainted = new WeakMap<TextOffsets, { annotations: readonly AnnotationRecord[]; tags: readonly TagDefinition[] }>();

/** Registers only the annotations that overlap [from, to] from now on, and repaints. */
export function setPaintWindow(offsets: TextOffsets, window: { from: number; to: number }): void {
  windowByView.set(offsets, window);
  const last = lastPainted.get(offsets);
  if (last) paintAnnotations(offsets, last.annotations, last.tags);
}

/** Replaces every tag highlight with the given annotations' ranges (plus those still being written). */
export function paintAnnotations(offsets: TextOffsets, annotations: readonly AnnotationRecord[], tags: readonly TagDefinition[]): void {
  if (!canPaint()) return;
  lastPainted.set(offsets, { annotations, tags });
  const window = windowByView.get(offsets);
  const byTag = new Map<string, Range[]>(tags.map((t) => [t.id, []]));
  const pending = pendingOf(offsets);
  const present = new Set<string>();
  for (const annotation of annotations) {
    present.add(annotation.id);
    if (window && (annotation.end < window.from || annotation.start > window.to)) continue;
    const range = rangeOf(offsets, annotation);
    if (range) byTag.get(annotation.tagId)?.push(range);
  }
  for (const [id, span] of pending) {
    if (present.has(id)) pending.delete(id);
    else {
      const range = rangeOf(offsets, { id, ...span });
      if (range) byTag.get(span.tagId)?.push(range);
    }
  }
  const cache = rangeCache.get(offsets);
  if (cache && cache.size > 2 * present.size + 64) for (const id of cache.keys()) if (!present.has(id) && !pending.has(id)) cache.delete(id);
  for (const name of [...CSS.highlights.keys()]) {
    if (name.startsWith(`${PREFIX}tag-`)) CSS.highlights.delete(name);
  }
  tags.forEach((tag, i) => {
    const ranges = byTag.get(tag.id) ?? [];
    if (ranges.length === 0) return;
    const highlight = new Highlight(...ranges);
    highlight.priority = i; // stable stacking where spans overlap
    CSS.highlights.set(highlightName(tag.id), highlight);
  });
}

/** Paints an annotation that is being written, by adding one range to its tag's highlight. */
export function paintPending(offsets: TextOffsets, annotation: { id: string; tagId: string; start: number; end: number }, tags: readonly TagDefinition[]): void {
  if (!canPaint()) return;
  pendingOf(offsets).set(annotation.id, { tagId: annotation.tagId, start: annotation.start, end: annotation.end });
  const range = rangeOf(offsets, annotation);
  if (!range) return;
  const name = highlightName(annotation.tagId);
  let highlight = CSS.highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    highlight.priority = Math.max(0, tags.findIndex((t) => t.id === annotation.tagId));
    CSS.highlights.set(name, highlight);
  }
  highlight.add(range);
}

/** Forgets an annotation whose write failed; the caller repaints. */
export function dropPending(offsets: TextOffsets, id: string): void {
  pendingOf(offsets).delete(id);
}

/** Paints (or clears, with null) one of the single-purpose highlights: selection, claimant, flash. */
export function paintMarker(name: string, offsets: TextOffsets, span: { start: number; end: number } | null): void {
  if (!canPaint()) return;
  const range = span ? offsets.rangeFor(span.start, span.end) : null;
  if (!range) CSS.highlights.delete(name);
  else {
    const highlight = new Highlight(range);
    highlight.priority = 1000;
    CSS.highlights.set(name, highlight);
  }
}

export function clearAllHighlights(): void {
  if (!canPaint()) return;
  for (const name of [...CSS.highlights.keys()]) if (name.startsWith(PREFIX)) CSS.highlights.delete(name);
}
