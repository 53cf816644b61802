/**
 * Small stand-ins for what the highlight painter draws on, so it runs in Node: a highlight
 * registry (a Map, as CSS.highlights is map-like), highlights (sets of ranges), stylesheets, and
 * "ranges" that only say which span they cover.
 */
import type { HighlightSurface, RangeSource } from '../../src/renderer/editor/highlightPainter';

class FakeHighlight extends Set<Range> {
  priority = 0;
}

export interface FakeSurface extends HighlightSurface {
  readonly highlights: Map<string, Highlight>;
  readonly sheets: { css: string; removed: boolean }[];
}

export function fakeSurface(): FakeSurface {
  const sheets: FakeSurface['sheets'] = [];
  return {
    highlights: new Map(),
    sheets,
    createHighlight: (ranges) => new FakeHighlight(ranges) as unknown as Highlight,
    adoptStyleSheet() {
      const sheet = { css: '', removed: false };
      sheets.push(sheet);
      return {
        replaceSync: (css) => void (sheet.css = css),
        remove: () => void (sheet.removed = true),
      };
    },
  };
}

/** A view's text offsets: each range made is counted, and reads back as "start-end". */
export function fakeOffsets(): RangeSource & { made: number } {
  const offsets = {
    made: 0,
    rangeFor(start: number, end: number): Range {
      offsets.made++;
      return { toString: () => `${start}-${end}` } as unknown as Range;
    },
  };
  return offsets;
}

/** The spans painted under one highlight name, sorted; [] when nothing is registered under it. */
export function painted(surface: FakeSurface, name: string): string[] {
  const highlight = surface.highlights.get(name) as unknown as Set<Range> | undefined;
  return highlight ? [...highlight].map(String).sort() : [];
}
