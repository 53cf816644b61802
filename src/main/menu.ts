/** The application menu. Items send commands to the renderer, which owns every action. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/host';
import { translate } from '../shared/i18n/translate';

export function menuTemplate(language: 'en' | 'ar', send: (command: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  // The renderer binds the same shortcuts itself (so the web twin has them too); registering them
  // here as well would run each action twice. The menu only displays them.
  const item = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => send(command),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu.file'),
      submenu: [
        item(t('toolbar.openFiles'), 'open-files', 'CmdOrCtrl+O'),
        item(t('toolbar.openFolder'), 'open-folder', 'CmdOrCtrl+Shift+O'),
        { type: 'separator' },
        item(t('menu.export'), 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      // Our own Edit menu: the stock one binds Ctrl+Z to the page's text undo, not annotation undo.
      label: t('menu.edit'),
      submenu: [
        item(t('annotate.undo'), 'undo', 'CmdOrCtrl+Z'),
        item(t('annotate.redo'), 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        item(t('toolbar.fontBigger'), 'font-bigger', 'CmdOrCtrl+='),
        item(t('toolbar.fontSmaller'), 'font-smaller', 'CmdOrCtrl+-'),
        item(t('menu.toggleDirection'), 'toggle-direction', 'CmdOrCtrl+Shift+X'),
        item(t('menu.toggleLanguage'), 'toggle-language', 'CmdOrCtrl+Shift+L'),
        { type: 'separator' },
        { role: 'toggleDevTools' },
      ],
    },
  ];
}
