/**
 * Lives inside the article's Lexical composer: paints the article's annotations (with the view's
 * own HighlightPainter, which it also gives to the article's AnnotationSession for the tags being
 * written), turns text selections into a tag palette, and hit-tests clicks and hovers against the
 * stored spans. What a gesture does to annotations is asked of `commands` (features/annotate).
 * It renders only the caret and the resize handles; the palette, pick list and hover card read the UI store.
 */
import { useArticleRoot } from './useArticleRoot';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useMemo } from 'react';
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import type { TagDefinition } from '../../shared/annotation/tagSet';
import { useUi } from '../state/store';
import type { AnnotationCommands } from './annotationCommands';
import type { AnnotationSession } from './annotationSession';
import { HighlightPainter } from './highlightPainter';
import { coveringAnnotations, offerSelection } from './selectionToPalette';
import { ReaderCaret } from './ReaderCaret';
import { ResizeHandles } from './ResizeHandles';
import { usePaintWindow } from './paintWindow';
import { TextOffsets } from './textOffsets';
import { useReaderKeyboard } from './useReaderKeyboard';

export interface AnnotationLayerProps {
  /** The open article's editing session: the view gives it its painter. */
  session: AnnotationSession;
  /** What gestures in the reader do to annotations (features/annotate). */
  commands: AnnotationCommands;
  annotations: readonly AnnotationRecord[];
  tags: readonly TagDefinition[];
}

export function AnnotationLayer({ session, commands, annotations, tags }: AnnotationLayerProps) {
  const [editor] = useLexicalComposerContext();
  const root = useArticleRoot(editor);
  const text = session.article.text;
  const offsets = useMemo(() => (root ? new TextOffsets(root, text) : null), [root, text]);
  // One painter per view: its highlights, styles and caches go with it.
  const painter = useMemo(() => (offsets ? new HighlightPainter(offsets) : null), [offsets]);
  const selectedId = useUi((s) => s.selectedAnnotationId);
  const flash = useUi((s) => s.flash);
  const suggestions = useUi((s) => s.suggestions);
  const currentSuggestion = useUi((s) => s.suggestions[s.currentSuggestion]);

  // Its highlights and styles leave the page with it (the view unmounts, or shows another text).
  useEffect(() => () => painter?.dispose(), [painter]);

  useEffect(() => painter?.setTagStyles(tags), [painter, tags]);

  // Before the first paint below, so a long article never registers all its annotations at once.
  usePaintWindow(root, offsets, painter);

  useEffect(() => {
    painter?.paint(annotations, tags);
  }, [painter, annotations, tags]);

  // A tag being made is painted by the session the moment it is made (no render).
  useEffect(() => (painter ? session.attachPainter(painter) : undefined), [session, painter]);

  useEffect(() => {
    if (!painter) return;
    const selected = annotations.find((a) => a.id === selectedId) ?? null;
    painter.paintMarker('selected', selected);
    const claimant = selected?.claim?.claimantAnnotationId ? annotations.find((a) => a.id === selected.claim!.claimantAnnotationId) : null;
    painter.paintMarker('claimant', claimant ?? null);
  }, [painter, annotations, selectedId]);

  // "Find all mentions" suggestions in this article, dotted; the one the keys act on, also tinted.
  useEffect(() => {
    if (!painter) return;
    const here = suggestions.filter((x) => x.articleId === session.article.id);
    painter.paintSpans('suggestion', here);
    painter.paintSpans('suggestion-current', currentSuggestion?.articleId === session.article.id ? [currentSuggestion] : []);
  }, [painter, suggestions, currentSuggestion, session]);

  useEffect(() => {
    if (!offsets || !painter || !flash) return;
    const rect = offsets.rangeFor(flash.start, flash.end)?.getBoundingClientRect();
    const scroller = root?.closest('.reader-scroll');
    if (rect && scroller) {
      const view = scroller.getBoundingClientRect();
      if (rect.top < view.top || rect.bottom > view.bottom) scroller.scrollTop += rect.top - view.top - view.height / 3;
    }
    painter.paintMarker('flash', flash);
    const timer = window.setTimeout(() => painter.paintMarker('flash', null), 900);
    return () => window.clearTimeout(timer);
  }, [root, offsets, painter, flash]);

  // Mouse: selecting opens the palette; a click picks the annotation(s) under the pointer. The
  // button is watched on the whole window: a drag that starts in the text may end anywhere.
  useEffect(() => {
    if (!root || !offsets) return;
    let pressedInText = false;
    const onMouseDown = (event: MouseEvent) => {
      if (event.button === 0) pressedInText = true;
    };
    const onMouseUp = (event: MouseEvent) => {
      const onText = event.target instanceof Node && root.contains(event.target);
      const fromText = pressedInText;
      pressedInText = false;
      if ((!onText && !fromText) || useUi.getState().resizing) return;
      if (offerSelection(offsets, { x: event.clientX, y: event.clientY })) return;
      if (!onText) return; // let go elsewhere without selecting: a click on nothing of ours
      const offset = offsets.offsetAtPoint(event.clientX, event.clientY);
      if (offset === null) return;
      const under = coveringAnnotations(annotations, offset);
      const ui = useUi.getState();
      // While linking a claim, a click on a Person/Organisation highlight makes it the claimant.
      if (commands.linkClickedClaimant(under)) return;
      if (under.length === 0) ui.selectAnnotation(null);
      else if (under.length === 1) ui.selectAnnotation(under[0]!.id);
      else
        ui.openPickList(
          under.map((a) => a.id),
          { x: event.clientX, y: event.clientY + 12 },
        );
    };
    let frame = 0;
    const onMouseMove = (event: MouseEvent) => {
      if (event.buttons) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const offset = offsets.offsetAtPoint(event.clientX, event.clientY);
        const under = offset === null ? [] : coveringAnnotations(annotations, offset);
        const current = useUi.getState().hover;
        const ids = under.map((a) => a.id);
        if (ids.length === 0) {
          if (current) useUi.getState().setHover(null);
        } else if (!current || current.ids.join() !== ids.join()) {
          useUi.getState().setHover({ ids, at: { x: event.clientX, y: event.clientY + 16 } });
        }
      });
    };
    const onLeave = () => useUi.getState().setHover(null);
    root.addEventListener('mousedown', onMouseDown);
    window.addEventListener('mouseup', onMouseUp);
    root.addEventListener('mousemove', onMouseMove);
    root.addEventListener('mouseleave', onLeave);
    return () => {
      cancelAnimationFrame(frame);
      root.removeEventListener('mousedown', onMouseDown);
      window.removeEventListener('mouseup', onMouseUp);
      root.removeEventListener('mousemove', onMouseMove);
      root.removeEventListener('mouseleave', onLeave);
    };
  }, [root, offsets, annotations, commands]);

  useReaderKeyboard(root, offsets, annotations, tags, commands);
  const selected = annotations.find((a) => a.id === selectedId) ?? null;
  return root && offsets && painter ? (
    <>
      <ReaderCaret root={root} offsets={offsets} />
      <ResizeHandles offsets={offsets} painter={painter} root={root} selected={selected} onResize={commands.resizeSelectedTo} />
    </>
  ) : null;
}
