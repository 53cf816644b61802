import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../src/shared/annotation/annotation';
import { defaultTags } from '../../../src/shared/annotation/tagSet';
import { HighlightPainter } from '../../../src/renderer/editor/highlightPainter';
import { SEARCH_CURRENT, SEARCH_HIT, SearchHighlighter } from '../../../src/renderer/editor/searchHighlights';
import { fakeOffsets, fakeSurface, painted } from '../../support/fakeHighlights';

const annotation = (id: string, start: number, end: number): AnnotationRecord => ({
  id,
  articleId: 'a',
  tagId: 'place',
  start,
  end,
  exact: '',
  prefix: '',
  suffix: '',
  note: null,
  claim: null,
  createdAt: 0,
  updatedAt: 0,
  author: 't',
});

describe('the corpus search’s marks in the reader', () => {
  it('marks every hit and the current one under names of their own, with background and underline only', () => {
    const surface = fakeSurface();
    const marks = new SearchHighlighter(fakeOffsets(), surface);
    marks.paint(
      [
        { start: 3, end: 8 },
        { start: 20, end: 25 },
      ],
      { start: 20, end: 25 },
    );
    expect(painted(surface, SEARCH_HIT)).toEqual(['20-25', '3-8']);
    expect(painted(surface, SEARCH_CURRENT)).toEqual(['20-25']);
    const css = surface.sheets[0]!.css;
    expect(css).toContain(`::highlight(${SEARCH_HIT})`);
    // Nothing that changes glyphs or layout (it would break the joining of a partly marked word).
    expect(css).not.toMatch(/font-weight|padding|letter-spacing|font-size|margin/);
  });

  it('never touches the annotations’ highlights, and takes only its own away', () => {
    const surface = fakeSurface();
    const painter = new HighlightPainter(fakeOffsets(), surface);
    painter.paint([annotation('1', 0, 4)], defaultTags());
    painter.paintMarker('selected', { start: 0, end: 4 });
    const marks = new SearchHighlighter(fakeOffsets(), surface);
    marks.paint([{ start: 0, end: 4 }], { start: 0, end: 4 });
    marks.paint([], null);
    expect(surface.highlights.has(SEARCH_HIT)).toBe(false);
    expect(painted(surface, 'isnad-tag-place')).toEqual(['0-4']);
    marks.paint([{ start: 5, end: 9 }], null);
    marks.dispose();
    expect([...surface.highlights.keys()].sort()).toEqual(['isnad-selected', 'isnad-tag-place']);
    expect(surface.sheets.at(-1)!.removed).toBe(true);
  });
});
