/**
 * Keyboard paths in the reader. The article is read-only, yet it has a caret (readerCaret.ts):
 * arrows, Home/End and PageUp/PageDown move it (readerMotions.ts), with Shift they select from it,
 * S selects a sentence, and 1–9 tag the selection. After a tag the caret sits at the tag's end and
 * the next selection keys start a new selection there.
 *
 * The selected annotation is changed by keys that only mean that (1–9 without a text selection,
 * Delete, L for a claim) or, for its span, only in resize mode (R), which shows in the reader.
 *
 * Each action is one small function below; `onKey` only decides which one a key means.
 */
import { useEffect } from 'react';
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import { sentenceAt } from '../../shared/annotation/textSteps';
import { tagForDigit, type TagDefinition } from '../../shared/annotation/tagSet';
import { deleteSelectedAnnotation, linkPendingSpanAsClaimant, resizeSelected, retagSelected, tagPendingSpan } from '../features/annotate/annotateActions';
import { useUi } from '../state/store';
import { applySelection, currentSelection, domSelectionIn, revealOffset, type TextSelection } from './readerCaret';
import { motionForKey, stepFocus, type Motion, type MotionContext } from './readerMotions';
import { offerSelection } from './selectionToPalette';
import type { TextOffsets } from './textOffsets';

interface ReaderContext extends MotionContext {
  annotations: readonly AnnotationRecord[];
  tags: readonly TagDefinition[];
}

/** Shows the selection, scrolls to its focus, and opens the palette when it covers taggable text. */
function select(context: ReaderContext, selection: TextSelection): void {
  applySelection(context.offsets, selection);
  revealOffset(context.scroller, context.offsets, selection.focus, context.rtl);
  if (selection.anchor === selection.focus || !offerSelection(context.offsets)) useUi.getState().closePalette();
}

/**
 * Arrows, Home/End, PageUp/PageDown: move the caret, or with Shift extend the selection from it.
 * Moving the caret away lets go of the selected annotation (as a click elsewhere in the text does),
 * so a digit pressed later never retags an annotation the analyst has left behind.
 */
function moveCaret(context: ReaderContext, motion: Motion, extend: boolean): void {
  const selection = currentSelection(context.root, context.offsets);
  const focus = stepFocus(context, selection, motion, extend);
  const ui = useUi.getState();
  if (!extend && ui.selectedAnnotationId && !ui.linkingClaimId) ui.selectAnnotation(null);
  select(context, extend ? { anchor: selection.anchor, focus } : { anchor: focus, focus });
}

/** S: selects the sentence at the caret; with a selection already made, extends it over the next sentence. */
function selectSentence(context: ReaderContext): void {
  const { anchor, focus } = currentSelection(context.root, context.offsets);
  const start = Math.min(anchor, focus);
  const end = Math.max(anchor, focus);
  const sentence = sentenceAt(context.offsets.text, anchor === focus ? focus : end);
  if (!sentence) return;
  select(context, anchor === focus ? { anchor: sentence.start, focus: sentence.end } : { anchor: start, focus: sentence.end });
}

/** 1–9 with a selection: tags it (the palette's tag of that number). */
function tagSelection(tags: readonly TagDefinition[], digit: number): boolean {
  const tag = tagForDigit(tags, digit);
  if (tag) void tagPendingSpan(tag);
  return !!tag;
}

/** 1–9 without a selection: retags the selected annotation. */
function retagSelection(tags: readonly TagDefinition[], digit: number): boolean {
  const tag = tagForDigit(tags, digit);
  if (tag) void retagSelected(tag);
  return !!tag;
}

/** Escape: leaves resize mode; otherwise closes the palette, pick list and linking and deselects, keeping the caret. */
function cancel(context: ReaderContext): boolean {
  const ui = useUi.getState();
  if (ui.resizeMode) {
    ui.setResizeMode(false);
    return true;
  }
  const dom = domSelectionIn(context.root);
  const selecting = !!dom && !dom.isCollapsed;
  if (!ui.pendingSpan && !ui.pickList && !ui.selectedAnnotationId && !ui.linkingClaimId && !selecting) return false;
  if (selecting) {
    const { focus } = currentSelection(context.root, context.offsets);
    applySelection(context.offsets, { anchor: focus, focus });
  }
  ui.closePalette();
  ui.closePickList();
  ui.setLinkingClaim(null);
  ui.selectAnnotation(null);
  return true;
}

/** N: the selected annotation's note, or the article's. */
function openNote(selected: AnnotationRecord | undefined): void {
  const note = selected ? document.querySelector<HTMLElement>('.annotation-details [contenteditable="true"]') : null;
  if (note) note.focus();
  else useUi.getState().requestArticleNote();
}

/** R: starts or ends resizing the selected annotation with the keyboard. */
function toggleResizeMode(): void {
  const ui = useUi.getState();
  ui.setResizeMode(!ui.resizeMode);
}

/** In resize mode, Shift+←/→ moves the end, Alt+Shift+←/→ the start; by letter, or by word with Ctrl. */
function resizeWithKeys(event: KeyboardEvent, rtl: boolean): void {
  // Logical direction from the visual key: in right-to-left text, left moves forward.
  const forward = (event.key === 'ArrowLeft') === rtl ? 1 : -1;
  void resizeSelected(event.altKey ? 'start' : 'end', forward, event.ctrlKey || event.metaKey ? 'word' : 'grapheme');
}

/** L on a selected claim: starts linking its claimant, with the caret at the claim (the claimant is usually named beside it). */
function startLinking(context: ReaderContext, claim: AnnotationRecord): void {
  useUi.getState().setLinkingClaim(claim.id);
  select(context, { anchor: claim.start, focus: claim.start });
}

/**
 * Ctrl+A: the browser's select-all takes the whole interface (the article is not editable, so it
 * is no boundary); in the reader, or with nothing focused, it means the article, offered for tagging.
 */
function selectWholeArticle(context: ReaderContext, target: EventTarget | null): boolean {
  if (target instanceof HTMLElement && target !== document.body && !target.closest('.reader')) return false;
  select(context, { anchor: 0, focus: context.offsets.text.length });
  return true;
}

/** Keys typed into a field, the note editor, a dialog, or a list with its own keys are not for the reader. */
function keyBelongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || !!target.closest('.annotation-panel, .pick-list, dialog');
}

/** The library list moves between articles with ↑ ↓ Home End: while it has the focus, caret keys are its own. */
const libraryHasFocus = (target: EventTarget | null) => target instanceof HTMLElement && !!target.closest('.library');

const plainLetter = (event: KeyboardEvent, letter: string) => event.code === `Key${letter}` && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;

function onKey(event: KeyboardEvent, context: ReaderContext): void {
  if (keyBelongsElsewhere(event.target)) return;
  const ui = useUi.getState();
  const handled = () => event.preventDefault();
  const run = (action: () => unknown) => {
    event.preventDefault();
    void action();
  };
  const digit = /^[1-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey ? Number(event.key) : null;
  const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
  const selected = ui.selectedAnnotationId ? context.annotations.find((a) => a.id === ui.selectedAnnotationId) : undefined;

  if (event.code === 'KeyA' && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey) {
    if (selectWholeArticle(context, event.target)) handled();
    return;
  }
  if (event.key === 'Escape') {
    if (cancel(context)) handled();
    return;
  }
  if (ui.resizeMode && selected) {
    if (horizontal && event.shiftKey) return run(() => resizeWithKeys(event, context.rtl));
    if (plainLetter(event, 'R')) return run(() => toggleResizeMode());
  }
  if (ui.pendingSpan && ui.linkingClaimId && plainLetter(event, 'L')) return run(() => linkPendingSpanAsClaimant());
  if (digit !== null && ui.pendingSpan) {
    if (tagSelection(context.tags, digit)) handled();
    return;
  }
  // A digit while text is selected (spaces only, so no palette) tags nothing, and retags nothing either.
  if (digit !== null && selected && !domSelectionIn(context.root)?.toString()) {
    if (retagSelection(context.tags, digit)) handled();
    return;
  }
  if (plainLetter(event, 'N')) return run(() => openNote(selected));
  if (selected && !ui.pendingSpan) {
    if (plainLetter(event, 'R')) return run(() => toggleResizeMode());
    if (event.key === 'Delete' || event.key === 'Backspace') return run(() => deleteSelectedAnnotation());
    if (plainLetter(event, 'L') && selected.claim) return run(() => startLinking(context, selected));
  }
  if (plainLetter(event, 'S')) return run(() => selectSentence(context));
  const motion = libraryHasFocus(event.target) ? null : motionForKey(event, context.rtl);
  if (motion) {
    handled();
    moveCaret(context, motion, event.shiftKey);
  }
}

export function useReaderKeyboard(root: HTMLElement | null, offsets: TextOffsets | null, annotations: readonly AnnotationRecord[], tags: readonly TagDefinition[]): void {
  useEffect(() => {
    const scroller = root?.closest<HTMLElement>('.reader-scroll');
    if (!root || !offsets || !scroller) return;
    const listener = (event: KeyboardEvent) =>
      // The direction from the attribute the view sets, not getComputedStyle: that forces a style
      // pass over the whole article, which costs over 100 ms on a 1 MB one (measured by the bench).
      onKey(event, { root, scroller, offsets, annotations, tags, rtl: root.dataset['direction'] === 'rtl' });
    // On the window, not the scroller: after a mouse selection the focus may be anywhere on the page.
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [root, offsets, annotations, tags]);
}
