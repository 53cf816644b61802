import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../src/shared/annotation/annotation';
import { defaultTags } from '../../../src/shared/annotation/tagSet';
import { HighlightPainter } from '../../../src/renderer/editor/highlightPainter';
import { fakeOffsets, fakeSurface, painted } from '../../support/fakeHighlights';

const TAGS = defaultTags(); // person, organisation, place…

function annotation(id: string, tagId: string, start: number, end: number): AnnotationRecord {
  return { id, articleId: 'a', tagId, start, end, exact: '', prefix: '', suffix: '', note: null, claim: null, createdAt: 0, updatedAt: 0, author: 't' };
}

describe('HighlightPainter', () => {
  it('registers one highlight per tag, stacked in tag order, and drops a tag left without annotations', () => {
    const surface = fakeSurface();
    const painter = new HighlightPainter(fakeOffsets(), surface);
    painter.paint([annotation('1', 'person', 0, 4), annotation('2', 'place', 5, 9), annotation('3', 'person', 10, 12)], TAGS);
    expect(painted(surface, 'isnad-tag-person')).toEqual(['0-4', '10-12']);
    expect(painted(surface, 'isnad-tag-place')).toEqual(['5-9']);
    expect(surface.highlights.get('isnad-tag-place')?.priority).toBe(TAGS.findIndex((t) => t.id === 'place'));
    painter.paint([annotation('1', 'person', 0, 4)], TAGS);
    expect(surface.highlights.has('isnad-tag-place')).toBe(false);
  });

  it('reuses the range of an annotation whose span is unchanged, and makes a new one when it moves', () => {
    const offsets = fakeOffsets();
    const painter = new HighlightPainter(offsets, fakeSurface());
    painter.paint([annotation('1', 'person', 0, 4), annotation('2', 'place', 5, 9)], TAGS);
    expect(offsets.made).toBe(2);
    painter.paint([annotation('1', 'person', 0, 4), annotation('2', 'place', 5, 8)], TAGS);
    expect(offsets.made).toBe(3);
  });

  it('paints an unstored annotation at once and keeps it through repaints until the stored list has it', () => {
    const surface = fakeSurface();
    const painter = new HighlightPainter(fakeOffsets(), surface);
    painter.paint([annotation('1', 'person', 0, 4)], TAGS);
    painter.paintUnstored({ id: 'new', tagId: 'person', start: 20, end: 25 });
    painter.paintUnstored({ id: 'other', tagId: 'event', start: 30, end: 35 });
    expect(painted(surface, 'isnad-tag-person')).toEqual(['0-4', '20-25']);
    expect(painted(surface, 'isnad-tag-event')).toEqual(['30-35']);
    // Both are marked unsaved: the screen does not show them as stored yet.
    expect(painted(surface, 'isnad-unsaved')).toEqual(['20-25', '30-35']);
    // A repaint from a stored list that does not have them yet keeps them.
    painter.paint([annotation('1', 'person', 0, 4)], TAGS);
    expect(painted(surface, 'isnad-tag-person')).toEqual(['0-4', '20-25']);
    // Stored: the list has it, and it is painted once, as a stored annotation.
    painter.paint([annotation('1', 'person', 0, 4), annotation('new', 'person', 20, 25)], TAGS);
    expect(painted(surface, 'isnad-tag-person')).toEqual(['0-4', '20-25']);
    expect(painted(surface, 'isnad-unsaved')).toEqual(['30-35']);
    // A failed write takes it off the screen at once.
    painter.dropUnstored('other', { repaint: true });
    expect(surface.highlights.has('isnad-tag-event')).toBe(false);
    expect(surface.highlights.has('isnad-unsaved')).toBe(false);
  });

  it('registers only the annotations within the paint window, and repaints when it moves', () => {
    const surface = fakeSurface();
    const painter = new HighlightPainter(fakeOffsets(), surface);
    painter.setWindow({ from: 0, to: 10 });
    painter.paint([annotation('1', 'person', 0, 4), annotation('2', 'person', 50, 60)], TAGS);
    expect(painted(surface, 'isnad-tag-person')).toEqual(['0-4']);
    painter.setWindow({ from: 40, to: 100 });
    expect(painted(surface, 'isnad-tag-person')).toEqual(['50-60']);
  });

  it('paints and clears the single-purpose markers', () => {
    const surface = fakeSurface();
    const painter = new HighlightPainter(fakeOffsets(), surface);
    painter.paintMarker('selected', { start: 3, end: 7 });
    expect(painted(surface, 'isnad-selected')).toEqual(['3-7']);
    painter.paintMarker('selected', null);
    expect(surface.highlights.has('isnad-selected')).toBe(false);
  });

  it('puts only #rrggbb colours and safe names into its style sheet, whatever a tag carries (issue 14)', () => {
    const surface = fakeSurface();
    const painter = new HighlightPainter(fakeOffsets(), surface);
    const hostile = { ...TAGS[0]!, id: 'x) {} body { display: none } ::highlight(y', color: 'red, transparent); } body { display: none } x { color: red' };
    painter.setTagStyles([hostile, TAGS[1]!]);
    const css = surface.sheets[0]!.css;
    expect(css).not.toMatch(/display\s*:|body\s*{/);
    expect(css).toContain('::highlight(isnad-tag-x_____body___display__none_____highlight_y) { background-color: color-mix(in srgb, #999999 32%, transparent); }');
    expect(css).toContain(`color-mix(in srgb, ${TAGS[1]!.color.toLowerCase()} 32%`);
  });

  it('two painters on two views share nothing: not their ranges, unstored tags, windows, styles or highlights', () => {
    const surface = fakeSurface();
    const left = new HighlightPainter(fakeOffsets(), surface, 'left-');
    const right = new HighlightPainter(fakeOffsets(), surface, 'right-');
    left.setTagStyles(TAGS);
    right.setTagStyles(TAGS);
    expect(surface.sheets).toHaveLength(2);
    expect(surface.sheets[0]!.css).toContain('::highlight(left-tag-person)');
    expect(surface.sheets[1]!.css).toContain('::highlight(right-tag-person)');
    left.setWindow({ from: 0, to: 10 });
    left.paint([annotation('1', 'person', 0, 4), annotation('2', 'person', 50, 60)], TAGS);
    right.paint([annotation('1', 'person', 50, 60)], TAGS); // the same id, another article's span
    left.paintUnstored({ id: 'new', tagId: 'place', start: 5, end: 8 });
    expect(painted(surface, 'left-tag-person')).toEqual(['0-4']);
    expect(painted(surface, 'right-tag-person')).toEqual(['50-60']); // not windowed, not left's cached range
    expect(painted(surface, 'left-tag-place')).toEqual(['5-8']);
    right.paint([annotation('1', 'person', 50, 60)], TAGS);
    expect(surface.highlights.has('right-tag-place')).toBe(false);
    left.dispose();
    expect([...surface.highlights.keys()]).toEqual(['right-tag-person']);
    expect(surface.sheets.map((s) => s.removed)).toEqual([true, false]);
  });

  it('a view replaced by another keeps the new view painted when the old one goes last', () => {
    const surface = fakeSurface();
    const old = new HighlightPainter(fakeOffsets(), surface);
    old.paint([annotation('1', 'person', 0, 4)], TAGS);
    const next = new HighlightPainter(fakeOffsets(), surface);
    next.paint([annotation('2', 'person', 7, 9)], TAGS);
    old.dispose();
    expect(painted(surface, 'isnad-tag-person')).toEqual(['7-9']);
  });

  it('does nothing where the page cannot paint highlights', () => {
    const painter = new HighlightPainter(fakeOffsets(), null);
    expect(() => {
      painter.setTagStyles(TAGS);
      painter.paint([annotation('1', 'person', 0, 4)], TAGS);
      painter.paintUnstored({ id: 'n', tagId: 'person', start: 1, end: 2 });
      painter.paintMarker('flash', { start: 0, end: 1 });
      painter.dispose();
    }).not.toThrow();
  });
});
