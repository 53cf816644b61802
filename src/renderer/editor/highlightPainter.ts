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

/** Replaces every tag highlight with the given annotations' ranges. */
export function paintAnnotations(offsets: TextOffsets, annotations: readonly AnnotationRecord[], tags: readonly TagDefinition[]): void {
  if (!canPaint()) return;
  const byTag = new Map<string, Range[]>(tags.map((t) => [t.id, []]));
  for (const annotation of annotations) {
    const range = offsets.rangeFor(annotation.start, annotation.end);
    if (!range) continue;
    const list = byTag.get(annotation.tagId);
    if (list) list.push(range);
  }
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
