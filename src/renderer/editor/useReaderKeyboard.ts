/**
 * Keyboard paths in the reader. The article is read-only, so there is no native caret to move:
 * Shift+arrows extend the DOM selection with Selection.modify (which works on read-only text),
 * by character, or by word with Ctrl. Left/right are visual, as the analyst sees them.
 */
import { useEffect } from 'react';
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import { tagForDigit, type TagDefinition } from '../../shared/annotation/tagSet';
import { deleteSelectedAnnotation, linkPendingSpanAsClaimant, resizeSelected, retagSelected, tagPendingSpan } from '../features/annotate/annotateActions';
import { useUi } from '../state/store';
import { offerSelection } from './selectionToPalette';
import type { TextOffsets } from './textOffsets';

type Modifiable = Selection & { modify(alter: 'move' | 'extend', direction: 'left' | 'right' | 'forward' | 'backward', granularity: 'character' | 'word'): void };

function ensureCaret(root: HTMLElement, selection: Selection): void {
  if (selection.rangeCount > 0 && root.contains(selection.anchorNode)) return;
  // Start where the reader is looking: the first paragraph visible in the scroll view.
  const scroller = root.closest('.reader-scroll');
  const top = scroller?.getBoundingClientRect().top ?? 0;
  const first = Array.from(root.children).find((p) => p.getBoundingClientRect().bottom > top && p.textContent) ?? root.firstElementChild;
  const text = first?.querySelector('[data-lexical-text]')?.firstChild ?? first;
  if (text) selection.collapse(text, 0);
}

export function useReaderKeyboard(root: HTMLElement | null, offsets: TextOffsets | null, annotations: readonly AnnotationRecord[], tags: readonly TagDefinition[]): void {
  useEffect(() => {
    const scroller = root?.closest<HTMLElement>('.reader-scroll');
    if (!root || !offsets || !scroller) return;
    // From the attribute the view sets, not getComputedStyle: that forces a style pass over the
    // whole article, which costs over 100 ms on a 1 MB one (measured by the bench).
    const rtl = root.dataset['direction'] === 'rtl';
    const onKey = (event: KeyboardEvent) => {
      // Keys typed into a field, the note editor, or a list with its own keys are not for the reader.
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.closest('.annotation-panel, .pick-list'))) return;
      const ui = useUi.getState();
      const selection = window.getSelection() as Modifiable | null;
      const arrow = event.key === 'ArrowLeft' || event.key === 'ArrowRight' ? event.key : null;
      const digit = /^[1-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey ? Number(event.key) : null;

      const isKey = (letter: string) => event.code === `Key${letter}` && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (event.code === 'KeyA' && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey) {
        // The browser's select-all takes the whole interface (the article is not editable, so it
        // is no boundary); in the reader it means the article.
        if (target && target !== document.body && !target.closest('.reader')) return;
        event.preventDefault();
        selection?.selectAllChildren(root);
        if (!offerSelection(offsets)) ui.closePalette();
        return;
      }
      if (ui.pendingSpan && ui.linkingClaimId && isKey('L')) {
        event.preventDefault();
        void linkPendingSpanAsClaimant();
        return;
      }
      if (ui.pendingSpan && digit) {
        const tag = tagForDigit(tags, digit);
        if (tag) {
          event.preventDefault();
          void tagPendingSpan(tag);
        }
        return;
      }
      if (event.key === 'Escape') {
        if (ui.pendingSpan || ui.pickList || ui.selectedAnnotationId || ui.linkingClaimId) {
          event.preventDefault();
          selection?.removeAllRanges();
          ui.closePalette();
          ui.closePickList();
          ui.setLinkingClaim(null);
          ui.selectAnnotation(null);
        }
        return;
      }
      const hasTextSelection = !!selection && !selection.isCollapsed && root.contains(selection.anchorNode);
      const selected = ui.selectedAnnotationId ? annotations.find((a) => a.id === ui.selectedAnnotationId) : undefined;

      if (isKey('N')) {
        event.preventDefault();
        // The selected annotation's note, or the article's.
        const note = selected ? document.querySelector<HTMLElement>('.annotation-details [contenteditable="true"]') : null;
        if (note) note.focus();
        else ui.requestArticleNote();
        return;
      }

      if (selected && !hasTextSelection) {
        // While linking, Shift+arrows select the claimant's name instead of resizing the claim.
        if (arrow && event.shiftKey && !ui.linkingClaimId) {
          event.preventDefault();
          // Logical direction from the visual key: in right-to-left text, left moves forward.
          const forward = (arrow === 'ArrowLeft') === rtl ? 1 : -1;
          void resizeSelected(event.altKey ? 'start' : 'end', forward);
          return;
        }
        if (event.key === 'Delete' || event.key === 'Backspace') {
          event.preventDefault();
          void deleteSelectedAnnotation();
          return;
        }
        if (digit) {
          const tag = tagForDigit(tags, digit);
          if (tag) {
            event.preventDefault();
            void retagSelected(tag);
          }
          return;
        }
        if (isKey('L') && selected.claim) {
          event.preventDefault();
          ui.setLinkingClaim(selected.id);
          // The caret starts at the claim: the claimant is usually named right beside it.
          const at = offsets.pointAt(selected.start);
          if (at && selection) selection.collapse(at.node, at.offset);
          return;
        }
      }

      if (arrow && event.shiftKey && selection?.modify) {
        event.preventDefault();
        ensureCaret(root, selection);
        selection.modify('extend', arrow === 'ArrowLeft' ? 'left' : 'right', event.ctrlKey || event.metaKey ? 'word' : 'character');
        if (!offerSelection(offsets)) ui.closePalette();
        return;
      }
      // Plain arrows move a caret that is in the article (by word with Ctrl), so a keyboard
      // selection can start anywhere; without a caret there they scroll as usual.
      const caretInArticle = !!selection && selection.rangeCount > 0 && root.contains(selection.anchorNode);
      if (arrow && !event.shiftKey && caretInArticle && selection?.modify) {
        event.preventDefault();
        selection.modify('move', arrow === 'ArrowLeft' ? 'left' : 'right', event.ctrlKey || event.metaKey ? 'word' : 'character');
        ui.closePalette();
      }
    };
    // On the window, not the scroller: after a mouse selection the focus may be anywhere on the page.
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [root, offsets, annotations, tags]);
}
