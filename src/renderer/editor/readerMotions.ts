/**
 * How the reader's caret moves: which way a key steps, and where each step lands.
 * Left/right are visual, as the analyst sees them: in right-to-left text ← is forward (+1).
 * Steps through the text (letter, word, phrase, paragraph) are computed on the text itself, the
 * same on every platform; steps through the layout (line, line start/end, page) ask the browser,
 * which knows where lines wrap and how mixed-direction runs are laid out.
 */
import { stepGrapheme } from '../../shared/annotation/snapSpan';
import { paragraphBackward, paragraphForward, phraseBackward, phraseForward, wordBackward, wordForward } from '../../shared/annotation/textSteps';
import { caretRect } from './caretGeometry';
import type { TextSelection } from './readerCaret';
import type { TextOffsets } from './textOffsets';

export type Unit = 'grapheme' | 'word' | 'phrase' | 'line' | 'lineboundary' | 'paragraph' | 'page' | 'document';

export interface Motion {
  unit: Unit;
  /** +1 forward in reading order, -1 back. */
  direction: 1 | -1;
}

/**
 * The direction a motion key steps in reading order. Left and right are visual: in right-to-left
 * text ← is forward. ↓, End and PageDown go forward; ↑, Home and PageUp back. Which unit a key
 * steps by is the command table's business (caret-letter, caret-word… in shared/commands).
 */
export function stepDirection(key: string, rtl: boolean): 1 | -1 {
  if (key === 'ArrowLeft' || key === 'ArrowRight') return (key === 'ArrowLeft') === rtl ? 1 : -1;
  return key === 'ArrowDown' || key === 'End' || key === 'PageDown' ? 1 : -1;
}

export interface MotionContext {
  root: HTMLElement;
  scroller: HTMLElement;
  offsets: TextOffsets;
  rtl: boolean;
}

/** A step through the layout, by the browser: the DOM selection is collapsed at `from` and moved. */
function layoutStep(context: MotionContext, from: number, granularity: 'line' | 'lineboundary', direction: 1 | -1): number {
  const selection = window.getSelection();
  const point = context.offsets.pointAt(from);
  if (!selection?.modify || !point) return from;
  selection.collapse(point.node, point.offset);
  selection.modify('move', direction === 1 ? 'forward' : 'backward', granularity);
  let at = selection.focusNode ? context.offsets.offsetOf(selection.focusNode, selection.focusOffset) : null;
  if (at === null) return from;
  const text = context.offsets.text;
  // On the first or last line, a line step goes to the article's start or end, as in a text field.
  if (granularity === 'line' && at === from) return direction === 1 ? text.length : 0;
  // The end of a screen line where the paragraph wraps is, as an offset, also the start of the next
  // one (after the space it wrapped at), where the caret is drawn: End stops before that space.
  if (granularity === 'lineboundary' && direction === 1 && at < text.length && text[at] !== '\n') {
    while (at > from && /\s/u.test(text[at - 1]!)) at--;
  }
  return at;
}

/** A screen's height on: the reader scrolls by about a screen and the caret keeps its place on it. */
function pageStep(context: MotionContext, from: number, direction: 1 | -1): number {
  const { scroller, offsets } = context;
  const view = scroller.getBoundingClientRect();
  const rect = caretRect(offsets, from, 'start', context.rtl);
  const lineHeight = rect?.height || 32;
  const onScreen = rect && rect.top >= view.top && rect.bottom <= view.bottom;
  const x = onScreen ? rect.left : context.rtl ? view.right - lineHeight : view.left + lineHeight;
  const y = onScreen ? rect.top + rect.height / 2 : view.top + lineHeight / 2;
  const page = Math.max(lineHeight, scroller.clientHeight - 2 * lineHeight);
  const before = scroller.scrollTop;
  scroller.scrollTop = before + direction * page;
  const target = y + direction * page - (scroller.scrollTop - before);
  const end = direction === 1 ? offsets.text.length : 0;
  if (target < view.top || target > view.bottom) return end;
  return offsets.offsetAtPoint(x, target) ?? end;
}

/** Where the selection's focus goes for `motion`. Without `extend`, a letter step from a selection collapses it to that side. */
export function stepFocus(context: MotionContext, selection: TextSelection, motion: Motion, extend: boolean): number {
  const text = context.offsets.text;
  const forward = motion.direction === 1;
  const from = selection.focus;
  switch (motion.unit) {
    case 'grapheme':
      if (!extend && selection.anchor !== selection.focus) return forward ? Math.max(selection.anchor, from) : Math.min(selection.anchor, from);
      return stepGrapheme(text, from, motion.direction);
    case 'word':
      return forward ? wordForward(text, from) : wordBackward(text, from);
    case 'phrase':
      return forward ? phraseForward(text, from) : phraseBackward(text, from);
    case 'paragraph':
      return forward ? paragraphForward(text, from) : paragraphBackward(text, from);
    case 'document':
      return forward ? text.length : 0;
    case 'line':
    case 'lineboundary':
      return layoutStep(context, from, motion.unit, motion.direction);
    case 'page':
      return pageStep(context, from, motion.direction);
  }
}
