/**
 * The one keydown listener: it reads where the key was pressed and what is open, asks the command
 * table which rows match (commandContexts.ts), and runs the first one that is bound and applies.
 * Keys no command takes are left to the browser (typing, Tab, a button's Space).
 */
import { useEffect } from 'react';
import type { CommandContext } from '../../../shared/commands/commandTable';
import { useUi } from '../../state/store';
import { availableBinding } from './runCommand';
import { commandsForKey, contextsFor, type FocusArea, type KeyScene } from './commandContexts';

const isTyping = (element: Element | null) => element instanceof HTMLElement && (/^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName) || element.isContentEditable);

function focusArea(element: Element | null): FocusArea {
  if (!element) return 'reader';
  if (element.closest('.pick-list')) return 'pick';
  // A name field with suggestions (ui/Completion.tsx), wherever it sits: its keys come first.
  if (element.closest('.completion')) return 'completion';
  if (element.closest('.annotation-list')) return 'panel';
  if (element.closest('#title-filter')) return 'filter';
  if (element.closest('.article-list')) return 'library';
  if (element.closest('.search-panel')) return 'search';
  if (element.closest('.entities-view')) return 'entities';
  if (element.closest('.claims-view')) return 'claims';
  if (element.closest('.claim-link-picker')) return 'claimLink';
  if (element.closest('.annotation-panel, .library')) return 'aside';
  return 'reader';
}

/** The open modal dialog's context, from its `data-command-context` (a dialog without one keeps its keys to itself). */
function openDialog(): KeyScene['dialog'] {
  const dialog = document.querySelector<HTMLDialogElement>('dialog:modal');
  if (!dialog) return null;
  const context = dialog.dataset['commandContext'];
  return context === 'commandPalette' || context === 'exportDialog' ? context : 'other';
}

/** The scene of a key pressed on `target` (the focused element). */
export function sceneOf(target: Element | null): KeyScene {
  const ui = useUi.getState();
  return {
    dialog: openDialog(),
    area: focusArea(target),
    typing: isTyping(target),
    resizing: ui.resizeMode && ui.selectedAnnotationId !== null,
    tagPalette: ui.pendingSpan !== null,
    linking: ui.linkingClaimId !== null,
    suggesting: ui.mentionRun !== null,
  };
}

/** The contexts where the focus is now (what the command palette offers when it opens). */
export function currentContexts(): CommandContext[] {
  return contextsFor(sceneOf(document.activeElement));
}

export function dispatchKey(event: KeyboardEvent): void {
  if (event.isComposing) return; // an input method is composing: the key is part of a character
  const scene = sceneOf(event.target instanceof Element ? event.target : null);
  for (const row of commandsForKey(event, contextsFor(scene), scene.typing)) {
    const binding = availableBinding(row.id);
    if (!binding || binding.run({ event }) === false) continue;
    event.preventDefault();
    return;
  }
}

/** Listens for every key on the window: the focus may be anywhere after a mouse selection. */
export function useKeyDispatcher(): void {
  useEffect(() => {
    window.addEventListener('keydown', dispatchKey);
    return () => window.removeEventListener('keydown', dispatchKey);
  }, []);
}
