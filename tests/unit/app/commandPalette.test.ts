import { describe, expect, it } from 'vitest';
import { paletteCommands } from '../../../src/renderer/app/commands/commandContexts';
import { searchCommands } from '../../../src/renderer/app/commands/commandSearch';
import { COMMANDS } from '../../../src/shared/commands/commandTable';

describe('the command palette', () => {
  it('offers the commands of the contexts that need no key of their own', () => {
    const offered = paletteCommands(['reader', 'global']).map((row) => row.id);
    expect(offered).toEqual(expect.arrayContaining(['open-note', 'delete-annotation', 'export', 'toggle-language', 'undo']));
    for (const id of ['caret-letter', 'retag', 'command-palette', 'tag-selection', 'pick-choose']) expect(offered).not.toContain(id);
    expect(paletteCommands(['library', 'global']).map((row) => row.id)).not.toContain('open-note');
  });

  it('finds a command by its English or Arabic label, diacritics and case aside, or by its keys', () => {
    const all = paletteCommands(['reader', 'global']);
    expect(searchCommands(all, 'export')[0]!.id).toBe('export');
    expect(searchCommands(all, 'EXPORT report')[0]!.id).toBe('export');
    expect(searchCommands(all, 'تصدير')[0]!.id).toBe('export');
    expect(searchCommands(all, 'تَصْدِير')[0]!.id).toBe('export');
    expect(searchCommands(all, 'تكبير')[0]!.id).toBe('font-bigger');
    expect(searchCommands(all, 'ctrl+e').map((row) => row.id)).toContain('export');
    expect(searchCommands(all, 'no such command')).toEqual([]);
    expect(searchCommands(all, '  ')).toHaveLength(all.length);
  });

  it('ranks a label that starts with the query before one that only contains it', () => {
    // In table order "Retag the selected annotation" comes before "Tag the selection".
    expect(COMMANDS.findIndex((row) => row.id === 'retag')).toBeLessThan(COMMANDS.findIndex((row) => row.id === 'tag-selection'));
    expect(
      searchCommands(COMMANDS, 'tag')
        .map((row) => row.id)
        .slice(0, 2),
    ).toEqual(['tag-selection', 'retag']);
    expect(
      searchCommands(COMMANDS, 'وسم')
        .map((row) => row.id)
        .slice(0, 2),
    ).toEqual(['tag-selection', 'retag']);
  });
});
