/**
 * The shell's commands (files, export, history, view, the palette itself), bound for the app's
 * lifetime. The desktop menu sends the same ids; the renderer binds the keys itself, so the web twin
 * has them too.
 */
import { useEffect } from 'react';
import { READER_FONT_SIZES } from '../../../shared/model';
import { redoInArticle, undoInArticle } from '../../features/annotate/annotateActions';
import { toggleClaimsView } from '../../features/claims/claimsActions';
import { toggleEntitiesView } from '../../features/entities/entityActions';
import { openFiles, openFolder } from '../../features/library/importActions';
import { pickAndImportData } from '../../features/interchange/importDataActions';
import { currentHost } from '../../host/currentHost';
import { useUi } from '../../state/store';
import { changeFontSize, toggleArticleDirection, toggleLanguage } from '../settingsActions';
import { useCommandBindings } from '../../ui/commandBindings';
import { runCommand } from './runCommand';
import { currentContexts } from './keyDispatcher';

export function useShellCommands(): void {
  useCommandBindings(
    () => ({
      // Not over another dialog (the menu can ask while one is open): a dialog's keys are its own.
      'command-palette': { run: () => useUi.getState().openCommands(currentContexts()), enabled: () => !document.querySelector('dialog:modal') },
      'open-files': { run: () => void openFiles() },
      'open-folder': { run: () => void openFolder() },
      'import-data': { run: () => void pickAndImportData() },
      export: { run: () => useUi.getState().openExportDialog() },
      undo: { run: () => void undoInArticle() },
      redo: { run: () => void redoInArticle() },
      'font-bigger': { run: () => void changeFontSize(READER_FONT_SIZES.step) },
      'font-smaller': { run: () => void changeFontSize(-READER_FONT_SIZES.step) },
      'toggle-direction': { run: () => void toggleArticleDirection() },
      'toggle-language': { run: () => void toggleLanguage() },
      'focus-filter': { run: () => document.getElementById('title-filter')?.focus() },
      'show-claims': { run: toggleClaimsView },
      'open-entities': { run: toggleEntitiesView },
      'cancel-import': { run: () => useUi.getState().cancelImport(), enabled: () => useUi.getState().importAbort !== null },
    }),
    [],
  );
  useEffect(() => currentHost().onMenuCommand((command) => void runCommand(command)), []);
}
