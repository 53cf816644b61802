/**
 * docs/security.md against the code it describes: the IPC table is the contract's (rewritten with
 * ISNAD_WRITE_DOCS=1), every directive of the CSP is explained, and the Electron checklist has all
 * of its 20 items, each with what Isnad does and its proof.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/contentSecurityPolicy';
import { HOST_CALL_NAMES, HOST_CALLS, HOST_EVENTS } from '../../../src/shared/hostContract';
import { IPC_TABLE_END, IPC_TABLE_START, ipcTableMarkdown, schemaText, withIpcTable } from '../../../src/shared/hostContractTable';

const DOC = join(__dirname, '../../../docs/security.md');

describe('docs/security.md', () => {
  const doc = readFileSync(DOC, 'utf8');

  it('lists every call and event of the contract with its schema', () => {
    const table = ipcTableMarkdown();
    for (const name of HOST_CALL_NAMES) expect(table).toContain(`| \`${HOST_CALLS[name].channel}\` | \`${name}\` |`);
    for (const event of Object.values(HOST_EVENTS)) expect(table).toContain(`| \`${event.channel}\` |`);
    expect(schemaText(HOST_CALLS.openExternal.request)).toBe('(HttpUrl)');
    expect(schemaText(HOST_CALLS.readFile.request)).toBe('(UUID)');
    expect(schemaText(HOST_CALLS.setLanguage.request)).toBe('("en" \\| "ar")');
  });

  it('has the contract’s current IPC table (ISNAD_WRITE_DOCS=1 rewrites it)', () => {
    const current = withIpcTable(doc);
    expect(current, `docs/security.md needs the markers ${IPC_TABLE_START} and ${IPC_TABLE_END}`).not.toBeNull();
    if (current !== doc && process.env['ISNAD_WRITE_DOCS'] === '1') writeFileSync(DOC, current!);
    else if (current !== doc) expect.fail(`docs/security.md's IPC table is not the contract's. Run ISNAD_WRITE_DOCS=1 npx vitest run tests/unit/shared/securityDoc.test.ts.\n\n${ipcTableMarkdown()}`);
  });

  it('explains every directive of the Content Security Policy', () => {
    for (const directive of CONTENT_SECURITY_POLICY.split('; ')) expect(doc).toContain(`| \`${directive}\` |`);
  });

  it('answers all 20 items of Electron’s checklist, each with what is done and its proof', () => {
    const rows = doc.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows.map((row) => Number(/^\| (\d+) \|/.exec(row)![1]))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const row of rows) expect(row.split(' | ').length, row).toBe(4);
  });
});
