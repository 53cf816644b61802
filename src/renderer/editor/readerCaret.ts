/**
 * The reader's caret and keyboard selection, as text offsets of the article.
 *
 * The DOM selection shows a keyboard selection (the browser paints it, and the palette reads it),
 * and while it lies in the article it is the truth: a click or a drag puts it there. When it
 * leaves (a tag was made, Escape, a click in the panel), the caret stays where it was, in the UI
 * store, and the next key starts from there. The article is read-only, so the browser draws no
 * caret in it: ReaderCaret paints one.
 */
import { paragraphForward } from '../../shared/annotation/textSteps';
import { useUi } from '../state/store';
import { caretRect } from './caretGeometry';
import { firstParagraphBelow } from './paragraphSearch';
import type { TextOffsets } from './textOffsets';

/** anchor stays put while the focus moves; the caret is the focus. Equal when nothing is selected. */
export interface TextSelection {
  anchor: number;
  focus: number;
}

/** The DOM selection when both its ends lie in the article. */
export function domSelectionIn(root: HTMLElement): Selection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
  return root.contains(selection.anchorNode) && root.contains(selection.focusNode) ? selection : null;
}

/** The start of the first paragraph with text that shows in the reader's view. */
function firstVisibleOffset(root: HTMLElement, offsets: TextOffsets): number {
  const top = root.closest('.reader-scroll')?.getBoundingClientRect().top ?? 0;
  const line = firstParagraphBelow(root, top, (p) => p.getBoundingClientRect().bottom);
  const start = offsets.lineStarts[line] ?? 0;
  const text = offsets.text;
  const lineEnd = offsets.lineStarts[line + 1] ?? text.length + 1;
  return /\S/u.test(text.slice(start, lineEnd - 1)) ? start : paragraphForward(text, start);
}

/** Where the keyboard acts: the DOM selection in the article, else the kept caret, else the top of the view. */
export function currentSelection(root: HTMLElement, offsets: TextOffsets): TextSelection {
  const dom = domSelectionIn(root);
  if (dom) {
    const anchor = offsets.offsetOf(dom.anchorNode!, dom.anchorOffset);
    const focus = offsets.offsetOf(dom.focusNode!, dom.focusOffset);
    if (anchor !== null && focus !== null) return { anchor, focus };
  }
  const caret = useUi.getState().caret ?? firstVisibleOffset(root, offsets);
  return { anchor: caret, focus: caret };
}

/** Shows `selection` as the DOM selection and keeps its focus as the caret. */
export function applySelection(offsets: TextOffsets, selection: TextSelection): void {
  const anchor = offsets.pointAt(selection.anchor);
  const focus = offsets.pointAt(selection.focus);
  const dom = window.getSelection();
  if (dom && anchor && focus) dom.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
  useUi.getState().setCaret(selection.focus);
}

/** Scrolls the reader just enough that the caret at `offset` is in view, a line clear of its edges. */
export function revealOffset(scroller: HTMLElement, offsets: TextOffsets, offset: number, rtl: boolean): void {
  const rect = caretRect(offsets, offset, 'start', rtl);
  if (!rect) return;
  const view = scroller.getBoundingClientRect();
  const margin = Math.min(rect.height * 1.5, view.height / 4);
  if (rect.top < view.top + margin) scroller.scrollTop -= view.top + margin - rect.top;
  else if (rect.bottom > view.bottom - margin) scroller.scrollTop += rect.bottom - view.bottom + margin;
}
