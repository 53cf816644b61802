/**
 * The reader's commands. The article is read-only, yet it has a caret (readerCaret.ts): arrows,
 * Home/End and PageUp/PageDown move it (readerMotions.ts), with Shift they select from it, S selects
 * a sentence, and 1–9 tag the selection. After a tag the caret sits at the tag's end and the next
 * selection keys start a new selection there.
 *
 * The selected annotation is changed by keys that only mean that (1–9 without a text selection,
 * L for a claim; Delete is bound by the annotation panel) or, for its span, only in resize mode (R),
 * which shows in the reader.
 *
 * Each action is one small function below, bound to its id in the command table
 * (shared/commands/commandTable.ts), which says which keys run it and in which context; the one
 * keydown dispatcher (app/commands/keyDispatcher.ts) decides which command a key means.
 */
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import { sentenceAt } from '../../shared/annotation/textSteps';
import { tagForDigit, type TagDefinition } from '../../shared/annotation/tagSet';
import type { KeyLike } from '../../shared/commands/keyChords';
import { keyed, useCommandBindings, type CommandBindings } from '../ui/commandBindings';
import { useUi } from '../state/store';
import type { AnnotationCommands } from './annotationCommands';
import { applySelection, currentSelection, domSelectionIn, revealOffset, type TextSelection } from './readerCaret';
import { stepDirection, stepFocus, type MotionContext, type Unit } from './readerMotions';
import { offerSelection } from './selectionToPalette';
import type { TextOffsets } from './textOffsets';

interface ReaderContext extends MotionContext {
  annotations: readonly AnnotationRecord[];
  tags: readonly TagDefinition[];
  commands: AnnotationCommands;
}

const selectedAnnotation = (context: ReaderContext) => {
  const id = useUi.getState().selectedAnnotationId;
  return id ? context.annotations.find((a) => a.id === id) : undefined;
};

/** Shows the selection, scrolls to its focus, and opens the palette when it covers taggable text. */
function select(context: ReaderContext, selection: TextSelection): void {
  applySelection(context.offsets, selection);
  revealOffset(context.scroller, context.offsets, selection.focus, context.rtl);
  if (selection.anchor === selection.focus || !offerSelection(context.offsets)) useUi.getState().closePalette();
}

/**
 * Arrows, Home/End, PageUp/PageDown: move the caret by `unit`, or with Shift extend the selection
 * from it. Moving the caret away lets go of the selected annotation (as a click elsewhere in the
 * text does), so a digit pressed later never retags an annotation the analyst has left behind.
 */
function moveCaret(context: ReaderContext, unit: Unit, event: KeyLike): void {
  const extend = event.shiftKey;
  const selection = currentSelection(context.root, context.offsets);
  const focus = stepFocus(context, selection, { unit, direction: stepDirection(event.key, context.rtl) }, extend);
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

/** 1–9 with a selection: tags it (the palette's tag of that number). False when no tag has that number. */
function tagSelection(context: ReaderContext, event: KeyLike): boolean {
  const tag = tagForDigit(context.tags, Number(event.key));
  if (tag) void context.commands.tagPendingSpan(tag);
  return !!tag;
}

/**
 * 1–9 without a selection: retags the selected annotation. A digit while text is selected (spaces
 * only, so no palette) retags nothing.
 */
function retagSelection(context: ReaderContext, event: KeyLike): boolean {
  const tag = tagForDigit(context.tags, Number(event.key));
  if (!tag || domSelectionIn(context.root)?.toString()) return false;
  void context.commands.retagSelected(tag);
  return true;
}

/** Collapses a text selection in the reader to its moving end, where the caret stays; false when there is none. */
function collapseSelection(context: ReaderContext): boolean {
  const dom = domSelectionIn(context.root);
  if (!dom || dom.isCollapsed) return false;
  const { focus } = currentSelection(context.root, context.offsets);
  applySelection(context.offsets, { anchor: focus, focus });
  return true;
}

/** Escape with the palette open: drops the selection waiting for a tag; the caret stays at its moving end. */
function cancelPalette(context: ReaderContext): void {
  collapseSelection(context);
  useUi.getState().closePalette();
}

/** Whether Escape in the reader has something to let go of: selected text, an annotation or the pick list. */
function somethingSelected(context: ReaderContext): boolean {
  const ui = useUi.getState();
  const dom = domSelectionIn(context.root);
  return !!ui.pickList || !!ui.selectedAnnotationId || (!!dom && !dom.isCollapsed);
}

/** Escape in the reader: lets go of the selected text, annotation and pick list, keeping the caret. */
function cancelSelection(context: ReaderContext): void {
  const ui = useUi.getState();
  collapseSelection(context);
  ui.closePickList();
  ui.selectAnnotation(null);
}

/** N: the selected annotation's note, or the article's. */
function openNote(selected: AnnotationRecord | undefined): void {
  const note = selected ? document.querySelector<HTMLElement>('.annotation-details [contenteditable="true"]') : null;
  if (note) note.focus();
  else useUi.getState().requestArticleNote();
}

/** In resize mode, Shift+←/→ moves the end, Alt+Shift+←/→ the start; by letter, or by word with Ctrl. */
function resizeWithKeys(context: ReaderContext, edge: 'start' | 'end', event: KeyLike): void {
  void context.commands.resizeSelected(edge, stepDirection(event.key, context.rtl), event.ctrlKey || event.metaKey ? 'word' : 'grapheme');
}

/** L on a selected claim: starts linking its claimant, with the caret at the claim (the claimant is usually named beside it). */
function startLinking(context: ReaderContext, claim: AnnotationRecord): void {
  useUi.getState().setLinkingClaim(claim.id);
  select(context, { anchor: claim.start, focus: claim.start });
}

const motion = (context: ReaderContext, unit: Unit) => keyed((event) => moveCaret(context, unit, event));

function readerBindings(context: ReaderContext): CommandBindings {
  const ui = useUi.getState;
  const annotationSelected = () => !!selectedAnnotation(context) && !ui().pendingSpan;
  return {
    'caret-letter': motion(context, 'grapheme'),
    'caret-word': motion(context, 'word'),
    'caret-phrase': motion(context, 'phrase'),
    'caret-line': motion(context, 'line'),
    'caret-paragraph': motion(context, 'paragraph'),
    'caret-line-edge': motion(context, 'lineboundary'),
    'caret-article-edge': motion(context, 'document'),
    'caret-page': motion(context, 'page'),
    'select-sentence': { run: () => selectSentence(context) },
    'select-article': { run: () => select(context, { anchor: 0, focus: context.offsets.text.length }) },
    'open-note': { run: () => openNote(selectedAnnotation(context)) },
    retag: { ...keyed((event) => retagSelection(context, event)), enabled: annotationSelected },
    'resize-mode': { run: () => ui().setResizeMode(true), enabled: annotationSelected },
    'start-linking': { run: () => startLinking(context, selectedAnnotation(context)!), enabled: () => annotationSelected() && !!selectedAnnotation(context)?.claim },
    'cancel-selection': { run: () => cancelSelection(context), enabled: () => somethingSelected(context) },
    'tag-selection': { ...keyed((event) => tagSelection(context, event)), enabled: () => !!ui().pendingSpan },
    'cancel-palette': { run: () => cancelPalette(context), enabled: () => !!ui().pendingSpan },
    'link-claimant': { run: () => void context.commands.linkPendingSpanAsClaimant(), enabled: () => !!ui().pendingSpan && !!ui().linkingClaimId },
    'stop-linking': { run: () => ui().setLinkingClaim(null), enabled: () => !!ui().linkingClaimId },
    'resize-end': keyed((event) => resizeWithKeys(context, 'end', event)),
    'resize-start': keyed((event) => resizeWithKeys(context, 'start', event)),
    'resize-done': { run: () => ui().setResizeMode(false) },
  };
}

export function useReaderKeyboard(root: HTMLElement | null, offsets: TextOffsets | null, annotations: readonly AnnotationRecord[], tags: readonly TagDefinition[], commands: AnnotationCommands): void {
  useCommandBindings(() => {
    const scroller = root?.closest<HTMLElement>('.reader-scroll');
    if (!root || !offsets || !scroller) return {};
    const context: ReaderContext = {
      root,
      scroller,
      offsets,
      annotations,
      tags,
      commands,
      // The direction from the attribute the view sets, not getComputedStyle: that forces a style
      // pass over the whole article, which costs over 100 ms on a 1 MB one (measured by the bench).
      get rtl() {
        return root.dataset['direction'] === 'rtl';
      },
    };
    return readerBindings(context);
  }, [root, offsets, annotations, tags, commands]);
}
