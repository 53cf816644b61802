import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/shared/commands/commandTable';
import { KEY_TABLE_END, KEY_TABLE_START, keyTableMarkdown, keyTableRows, withKeyTable } from '../../../src/shared/commands/keyTable';
import { en } from '../../../src/shared/i18n/messages';

const README = join(__dirname, '../../../README.md');

describe('the README’s key table', () => {
  it('lists every command once, with its English label and its keys', () => {
    expect(
      keyTableRows()
        .map((row) => row.id)
        .sort(),
    ).toEqual(COMMANDS.map((row) => row.id).sort());
    const table = keyTableMarkdown();
    expect(table).toContain('| Anywhere | Export report or data… | `Ctrl+E` |');
    expect(table).toContain('| Reader | Move the caret by a word | `Ctrl+←/→` (with `Shift`: select) |');
    expect(table).toContain(`| Reader, Annotation list | ${en['command.delete-annotation']} | \`Delete\` |`);
  });

  it('is current in README.md (ISNAD_WRITE_README=1 rewrites it)', () => {
    const readme = readFileSync(README, 'utf8');
    const current = withKeyTable(readme);
    expect(current, `README.md needs the markers ${KEY_TABLE_START} and ${KEY_TABLE_END}`).not.toBeNull();
    if (current !== readme && process.env['ISNAD_WRITE_README'] === '1') writeFileSync(README, current!);
    else if (current !== readme) {
      expect.fail(
        `README.md's key table is not the command table's. Between ${KEY_TABLE_START} and ${KEY_TABLE_END} it should read:\n\n${keyTableMarkdown()}\n\n` +
          'Run ISNAD_WRITE_README=1 npx vitest run tests/unit/shared/readmeKeyTable.test.ts to write it.',
      );
    }
  });
});
