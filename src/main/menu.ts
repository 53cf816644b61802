/**
 * The application menu, read from the command table (shared/commands/commandTable.ts): each row
 * placed in a menu gives its label and its accelerator. Items send commands to the renderer, which
 * owns every action.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { menuRows, type MenuName } from '../shared/commands/commandTable';
import { chordAccelerator } from '../shared/commands/keyChords';
import type { MenuCommand } from '../shared/host';
import { translate } from '../shared/i18n/translate';

export function menuTemplate(language: 'en' | 'ar', send: (command: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  // The renderer binds the same shortcuts itself (so the web twin has them too); registering them
  // here as well would run each action twice. The menu only displays them.
  const items = (name: MenuName): MenuItemConstructorOptions[] =>
    menuRows(name).flatMap((group, i) => [
      ...(i > 0 ? [{ type: 'separator' as const }] : []),
      ...group.map((row): MenuItemConstructorOptions => ({
        label: t(row.label),
        accelerator: chordAccelerator(row.keys[0]!),
        registerAccelerator: false,
        click: () => send(row.id),
      })),
    ]);
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: t('menu.file'), submenu: [...items('file'), { type: 'separator' }, { role: 'quit', label: t('menu.quit') }] },
    // Our own Edit menu: the stock one binds Ctrl+Z to the page's text undo, not annotation undo.
    { label: t('menu.edit'), submenu: [...items('edit'), { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }] },
    { label: t('menu.view'), submenu: [...items('view'), { type: 'separator' }, { role: 'toggleDevTools' }] },
  ];
}
