/**
 * Type-level tests of what is derived from the host contract. They fail in `tsc` (npm run
 * typecheck, part of npm test), not at run time: each `@ts-expect-error` line must be a type
 * error, or tsc reports the directive as unused.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Handlers } from '../../../src/main/ipcHandlers';
import { sendHostEvent } from '../../../src/main/sendHostEvent';
import type { ExportFile, FileEntry, Host, IsnadBridge, MenuCommand, SaveOutcome } from '../../../src/shared/host';

const handlers: Handlers = {
  'files:pick': async () => [],
  'folder:pick': async () => [],
  'file:read': async (token) => new TextEncoder().encode(token),
  'ui:set-language': async () => null,
  'export:save': async (file) => ({ kind: 'saved', location: `/tmp/${file.suggestedName}` }),
  'export:print-pdf': async () => ({ kind: 'cancelled' }),
  'window:ready-to-close': async () => null,
  'link:open-external': async () => 'cancelled',
  'backup:write': async (bytes) => ({ name: 'isnad-backup-20260101T000000000Z-0123abcd.isnad.json', savedAt: 0, size: bytes.byteLength }),
  'backup:list': async () => [],
  'backup:read': async () => new Uint8Array([0x7b]),
  'library:set-aside': async () => null,
};

describe("main's handler map", () => {
  it('types each handler by its call: parsed arguments in, the reply out', () => {
    expectTypeOf<Handlers['file:read']>().parameters.toEqualTypeOf<[string]>();
    expectTypeOf<Handlers['file:read']>().returns.resolves.toEqualTypeOf<Uint8Array>();
    expectTypeOf<Handlers['files:pick']>().returns.resolves.toEqualTypeOf<FileEntry[]>();
    expectTypeOf<Handlers['export:save']>().returns.resolves.toEqualTypeOf<SaveOutcome>();
    // Main's handler sees the MIME type checked against the contract's list, not any string.
    expectTypeOf<Parameters<Handlers['export:save']>[0]['mimeType']>().toEqualTypeOf<
      | 'text/html'
      | 'application/pdf'
      | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      | 'application/json'
      | 'application/ld+json'
      | 'application/zip'
      | 'application/x-refi-qda+zip'
      | 'text/csv'
      | 'application/x-ndjson'
    >();
  });

  it('does not compile a handler with the wrong reply', () => {
    const wrongBytes: Handlers = {
      ...handlers,
      // @ts-expect-error file:read must resolve to bytes, not text
      'file:read': async () => 'text',
    };
    const wrongOutcome: Handlers = {
      ...handlers,
      // @ts-expect-error a save outcome has no kind 'deleted'
      'export:save': async () => ({ kind: 'deleted' }),
    };
    const notAPromise: Handlers = {
      ...handlers,
      // @ts-expect-error handlers answer asynchronously
      'ui:set-language': () => null,
    };
    expectTypeOf(wrongBytes).toEqualTypeOf<Handlers>();
    expectTypeOf(wrongOutcome).toEqualTypeOf<Handlers>();
    expectTypeOf(notAPromise).toEqualTypeOf<Handlers>();
  });

  it('does not compile a handler with the wrong arguments, a missing handler, or one for no call', () => {
    const wrongArgument: Handlers = {
      ...handlers,
      // @ts-expect-error the token is a string
      'file:read': async (token: number) => new Uint8Array([token]),
    };
    const { 'file:read': _read, ...withoutRead } = handlers;
    // @ts-expect-error every call of the contract needs its handler
    const missing: Handlers = withoutRead;
    const extra: Handlers = {
      ...handlers,
      // @ts-expect-error no such call in the contract
      'shell:exec': async () => null,
    };
    expectTypeOf([wrongArgument, missing, extra]).toEqualTypeOf<Handlers[]>();
  });
});

describe('the Host and the bridge', () => {
  it('gives the Host the contract types of its "same" calls and events', () => {
    expectTypeOf<Host['saveExport']>().parameters.toEqualTypeOf<[ExportFile]>();
    expectTypeOf<Host['saveExport']>().returns.resolves.toEqualTypeOf<SaveOutcome>();
    expectTypeOf<Host['setLanguage']>().parameters.toEqualTypeOf<['en' | 'ar']>();
    expectTypeOf<Host['onMenuCommand']>().parameters.toEqualTypeOf<[(command: MenuCommand) => void]>();
    // The renderer's side of an export takes any MIME type string; main narrows it.
    expectTypeOf<ExportFile['mimeType']>().toEqualTypeOf<string>();
  });

  it('keeps the adapted calls off the Host', () => {
    expectTypeOf<Host>().not.toHaveProperty('readFile');
    expectTypeOf<Host>().not.toHaveProperty('readyToClose');
    expectTypeOf<Host['pickFiles']>().returns.resolves.items.toHaveProperty('read');
  });

  it('does not compile a host that lacks a contract method', () => {
    const host: Host = {
      kind: 'web',
      pickFiles: async () => [],
      pickFolder: async () => [],
      onCloseRequest: () => () => undefined,
      onMenuCommand: () => () => undefined,
      setLanguage: async () => null,
      printReportToPdf: async (report) => ({ kind: 'handed-to-browser', name: report.suggestedName }),
      saveExport: async (file) => ({ kind: 'handed-to-browser', name: file.suggestedName }),
      openExternal: async () => 'cancelled',
      writeBackup: () => Promise.reject(new Error('web')),
      listBackups: async () => [],
      readBackup: () => Promise.reject(new Error('web')),
      setLibraryAside: () => Promise.reject(new Error('web')),
    };
    const { saveExport: _save, ...withoutSave } = host;
    // @ts-expect-error saveExport is a "same" call of the contract: every Host has it
    const lacking: Host = withoutSave;
    expectTypeOf(lacking).toEqualTypeOf<Host>();
  });

  it('types the bridge by the contract, its replies unchecked until the renderer checks them', () => {
    expectTypeOf<IsnadBridge['readFile']>().parameters.toEqualTypeOf<[string]>();
    expectTypeOf<IsnadBridge['pickFiles']>().returns.toEqualTypeOf<Promise<unknown>>();
    expectTypeOf<IsnadBridge['onCloseRequest']>().parameters.toEqualTypeOf<[(requestId: number) => void]>();
    // @ts-expect-error the bridge has no generic invoke
    expectTypeOf<IsnadBridge['invoke']>().toBeFunction();
  });
});

describe('events main sends', () => {
  it('does not compile an event with a payload its schema does not allow', () => {
    const target = { send: () => undefined };
    const send = () => {
      // @ts-expect-error not a menu command of the contract
      sendHostEvent(target, 'menuCommand', 'rm -rf');
      // @ts-expect-error a close request is numbered
      sendHostEvent(target, 'closeRequest', '3');
      // @ts-expect-error no such event in the contract
      sendHostEvent(target, 'quit', null);
    };
    expectTypeOf(send).toBeFunction();
  });
});
