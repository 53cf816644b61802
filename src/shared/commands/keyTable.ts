/**
 * The README's key table ("Using it"), generated from the command table so that it cannot drift:
 * a unit test (tests/unit/shared/readmeKeyTable.test.ts) fails when README.md between the markers
 * differs from `keyTableMarkdown()`, and rewrites it when run with ISNAD_WRITE_README=1.
 */
import { en } from '../i18n/messages';
import { COMMANDS, CONTEXT_LABELS, keysShown, type Command, type CommandContext } from './commandTable';
import { chordSignature } from './keyChords';

export const KEY_TABLE_START = '<!-- keys:start -->';
export const KEY_TABLE_END = '<!-- keys:end -->';

/** The order the README walks through the app: from anywhere, to the library, the reader and its states, lists and dialogs. */
const README_ORDER: readonly CommandContext[] = ['global', 'library', 'filter', 'search', 'reader', 'palette', 'resize', 'linking', 'panel', 'pick', 'exportDialog', 'commandPalette'];

const code = (keys: string) =>
  keys
    .split(' / ')
    .map((k) => `\`${k}\``)
    .join(' / ');

/** True when every chord also comes with Shift: the keys move the caret, and with Shift they select. */
function shiftSelects(row: Command): boolean {
  const signatures = new Set(row.keys.map(chordSignature));
  const plain = row.keys.filter((chord) => !chord.shift);
  return plain.length > 0 && plain.every((chord) => signatures.has(chordSignature({ ...chord, shift: true })));
}

function keysCell(row: Command): string {
  return shiftSelects(row) ? `${code(keysShown(row))} (with \`Shift\`: select)` : code(keysShown(row));
}

/** The table's rows in README order, each once (under the first context it applies in). */
export function keyTableRows(): Command[] {
  return README_ORDER.flatMap((context) => COMMANDS.filter((row) => row.contexts[0] === context));
}

export function keyTableMarkdown(): string {
  const lines = ['| where | action | keys |', '|---|---|---|'];
  for (const row of keyTableRows()) {
    const where = row.contexts.map((context) => en[CONTEXT_LABELS[context]]).join(', ');
    lines.push(`| ${where} | ${en[row.label]} | ${keysCell(row)} |`);
  }
  return lines.join('\n');
}

/** `readme` with the text between the markers replaced by the generated table; null when a marker is missing. */
export function withKeyTable(readme: string): string | null {
  const start = readme.indexOf(KEY_TABLE_START);
  const end = readme.indexOf(KEY_TABLE_END);
  if (start < 0 || end < start) return null;
  return `${readme.slice(0, start + KEY_TABLE_START.length)}\n${keyTableMarkdown()}\n${readme.slice(end)}`;
}
