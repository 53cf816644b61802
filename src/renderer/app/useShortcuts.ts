/**
 * Keyboard paths for every action of the shell, bound in the renderer so the desktop app and the
 * web twin behave alike (the desktop menu only displays these accelerators).
 */
import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/host';
import { READER_FONT_SIZES } from '../../shared/model';
import { redoInArticle, undoInArticle } from '../features/annotate/annotateActions';
import { openFiles, openFolder } from '../features/library/importActions';
import { currentHost } from '../host/currentHost';
import { useUi } from '../state/store';
import { changeFontSize, toggleArticleDirection, toggleLanguage } from './settingsActions';

export function runCommand(command: MenuCommand): void {
  const actions: Record<MenuCommand, () => Promise<void>> = {
    'open-files': openFiles,
    'open-folder': openFolder,
    'font-bigger': () => changeFontSize(READER_FONT_SIZES.step),
    'font-smaller': () => changeFontSize(-READER_FONT_SIZES.step),
    'toggle-direction': toggleArticleDirection,
    'toggle-language': toggleLanguage,
    undo: undoInArticle,
    redo: redoInArticle,
    export: async () => useUi.getState().openExportDialog(),
  };
  void actions[command]();
}

export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  // `code` keeps shortcuts working on an Arabic keyboard layout, where `key` is an Arabic letter.
  switch (event.code) {
    case 'KeyO':
      return event.shiftKey ? 'open-folder' : 'open-files';
    case 'KeyE':
      return event.shiftKey ? null : 'export';
    case 'Equal':
    case 'NumpadAdd':
      return 'font-bigger';
    case 'Minus':
    case 'NumpadSubtract':
      return 'font-smaller';
    case 'KeyX':
      return event.shiftKey ? 'toggle-direction' : null;
    case 'KeyL':
      return event.shiftKey ? 'toggle-language' : null;
    case 'KeyZ':
      return event.shiftKey ? 'redo' : 'undo';
    case 'KeyY':
      return event.shiftKey ? null : 'redo';
    default:
      return null;
  }
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      // In a text field or the note editor, Ctrl+Z undoes typing there, not an annotation change.
      if ((command === 'undo' || command === 'redo') && isTyping(event.target)) return;
      if (command) {
        event.preventDefault();
        runCommand(command);
        return;
      }
      if (event.key === 'Escape' && useUi.getState().importAbort) {
        useUi.getState().cancelImport();
        return;
      }
      if (event.key === '/' && !isTyping(event.target)) {
        event.preventDefault();
        document.getElementById('title-filter')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = currentHost().onMenuCommand(runCommand);
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);
}
