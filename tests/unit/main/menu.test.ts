import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../src/main/menu';
import { menuRows } from '../../../src/shared/commands/commandTable';
import { chordAccelerator } from '../../../src/shared/commands/keyChords';
import { MENU_COMMANDS, type MenuCommand } from '../../../src/shared/host';
import { ar, en } from '../../../src/shared/i18n/messages';

type Item = MenuItemConstructorOptions;

const submenu = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? item.submenu : []);
const allItems = (template: Item[]): Item[] => template.flatMap((top) => [top, ...submenu(top)]);
const click = (item: Item) => (item.click as unknown as () => void)();

describe('menuTemplate', () => {
  it('has a File menu with Open files and Open folder that only display their shortcuts', () => {
    const send = vi.fn();
    const file = menuTemplate('en', send, false).find((item) => item.label === en['menu.file']);
    expect(file).toBeDefined();
    const [openFiles, openFolder] = submenu(file);

    expect(openFiles).toMatchObject({ label: en['toolbar.openFiles'], accelerator: 'CmdOrCtrl+O', registerAccelerator: false });
    expect(openFolder).toMatchObject({ label: en['toolbar.openFolder'], accelerator: 'CmdOrCtrl+Shift+O', registerAccelerator: false });

    click(openFiles!);
    expect(send).toHaveBeenLastCalledWith('open-files');
    click(openFolder!);
    expect(send).toHaveBeenLastCalledWith('open-folder');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('has Export report or data… in the File menu, between the open items and Quit, showing Ctrl+E', () => {
    const send = vi.fn();
    const file = submenu(menuTemplate('en', send, false).find((item) => item.label === en['menu.file']));
    const exportItem = file.find((item) => item.label === en['menu.export']);
    expect(exportItem).toMatchObject({ label: 'Export report or data…', accelerator: 'CmdOrCtrl+E', registerAccelerator: false });
    const index = file.indexOf(exportItem!);
    expect(index).toBeGreaterThan(file.findIndex((item) => item.label === en['toolbar.openFolder']));
    expect(index).toBeLessThan(file.findIndex((item) => item.role === 'quit'));
    click(exportItem!);
    expect(send).toHaveBeenCalledExactlyOnceWith('export');
    const arFile = submenu(menuTemplate('ar', vi.fn(), false).find((item) => item.label === ar['menu.file']));
    expect(arFile.some((item) => item.label === ar['menu.export'])).toBe(true);
  });

  it('sends only known menu commands and never registers a global accelerator', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const clickable = allItems(menuTemplate('en', send, false)).filter((item) => item.click);
    expect(clickable.length).toBeGreaterThanOrEqual(MENU_COMMANDS.length);
    for (const item of clickable) {
      expect(item.registerAccelerator).toBe(false);
      click(item);
    }
    const sent = send.mock.calls.map(([command]) => command);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('uses Arabic labels in Arabic', () => {
    const template = menuTemplate('ar', vi.fn(), false);
    const file = template.find((item) => item.label === ar['menu.file']);
    expect(file).toBeDefined();
    expect(submenu(file).map((item) => item.label)).toEqual(expect.arrayContaining([ar['toolbar.openFiles'], ar['toolbar.openFolder'], ar['menu.quit']]));
    expect(template.some((item) => item.label === ar['menu.view'])).toBe(true);
    const labels = allItems(template).flatMap((item) => (item.label ? [item.label] : []));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/[\u0600-\u06FF]/);
    expect(labels).not.toContain(en['menu.file']);
  });

  it('takes every command item’s label, accelerator and order from the command table', () => {
    const template = menuTemplate('ar', vi.fn(), false);
    const names = { file: ar['menu.file'], edit: ar['menu.edit'], view: ar['menu.view'] } as const;
    for (const [name, label] of Object.entries(names) as [keyof typeof names, string][]) {
      const items = submenu(template.find((item) => item.label === label)).filter((item) => item.click);
      expect(items.map((item) => [item.label, item.accelerator])).toEqual(
        menuRows(name)
          .flat()
          .map((row) => [ar[row.label], chordAccelerator(row.keys[0]!)]),
      );
    }
    const view = submenu(menuTemplate('en', vi.fn(), false).find((item) => item.label === en['menu.view']));
    expect(view.find((item) => item.accelerator === 'CmdOrCtrl+K')).toMatchObject({ label: 'Find a command…', registerAccelerator: false });
    expect(view.find((item) => item.label === en['toolbar.fontBigger'])).toMatchObject({ accelerator: 'CmdOrCtrl+=' });
  });

  it('adds the macOS app menu only on a Mac', () => {
    expect(menuTemplate('en', vi.fn(), true)[0]).toEqual({ role: 'appMenu' });
    expect(menuTemplate('en', vi.fn(), false).some((item) => item.role === 'appMenu')).toBe(false);
  });
});
