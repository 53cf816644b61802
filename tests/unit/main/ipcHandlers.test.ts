import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { handleCall, isTrustedSender, registerIpcHandlers, type Handlers } from '../../../src/main/ipcHandlers';
import { IPC, type IpcChannel } from '../../../src/shared/host';
import { HOST_CALLS, ipcSchemas } from '../../../src/shared/hostContract';
import { MAX_EXPORT_BYTES } from '../../../src/shared/hostSchemas';

const FILE_APP = 'file:///opt/isnad/out/renderer/index.html';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const goodFile = { suggestedName: 'تقرير 2024.docx', mimeType: DOCX, bytes: new Uint8Array([80, 75, 3, 4]) };
const goodReport = { html: '<!doctype html><p>نص</p>', title: 'تقرير', suggestedName: 'report.pdf' };
const DEV_APP = 'http://localhost:5173/';
const TOKEN = '3f2b8c1e-9a4d-4b6e-8f0a-1c2d3e4f5a6b';

type Event = Pick<IpcMainInvokeEvent, 'senderFrame'>;
const from = (url: string, parent: unknown = null): Event => ({ senderFrame: { url, parent } }) as unknown as Event;
const noFrame = { senderFrame: null } as unknown as Event;

describe('isTrustedSender', () => {
  it('trusts the top frame of the packaged app page', () => {
    expect(isTrustedSender(from(FILE_APP), FILE_APP)).toBe(true);
  });

  it('refuses another file:// page', () => {
    expect(isTrustedSender(from('file:///tmp/evil.html'), FILE_APP)).toBe(false);
    expect(isTrustedSender(from('file:///opt/isnad/out/renderer/other.html'), FILE_APP)).toBe(false);
  });

  it('refuses a subframe even on the app page', () => {
    expect(isTrustedSender(from(FILE_APP, { url: FILE_APP }), FILE_APP)).toBe(false);
  });

  it('refuses a missing frame and an unparsable URL', () => {
    expect(isTrustedSender(noFrame, FILE_APP)).toBe(false);
    expect(isTrustedSender({} as Event, FILE_APP)).toBe(false);
    expect(isTrustedSender(from('not a url'), FILE_APP)).toBe(false);
  });

  it('trusts the dev server origin, whatever the path', () => {
    expect(isTrustedSender(from('http://localhost:5173/'), DEV_APP)).toBe(true);
    expect(isTrustedSender(from('http://localhost:5173/index.html?x=1'), DEV_APP)).toBe(true);
  });

  it('refuses another origin', () => {
    expect(isTrustedSender(from('http://localhost:5174/'), DEV_APP)).toBe(false);
    expect(isTrustedSender(from('https://localhost:5173/'), DEV_APP)).toBe(false);
    expect(isTrustedSender(from('http://evil.example/'), DEV_APP)).toBe(false);
    expect(isTrustedSender(from('file:///opt/isnad/out/renderer/index.html'), DEV_APP)).toBe(false);
    expect(isTrustedSender(from('http://localhost:5173/'), FILE_APP)).toBe(false);
  });
});

describe('handleCall', () => {
  const trusted = from(FILE_APP);

  it('refuses an untrusted sender without calling the handler', async () => {
    const handler = vi.fn(async () => 'secret');
    const result = await handleCall(IPC.readFile, handler, from('https://evil.example/'), [TOKEN], FILE_APP);
    expect(result.ok).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each<[IpcChannel, unknown[]]>([
    [IPC.readFile, ['not-a-uuid']],
    [IPC.readFile, ['../../etc/passwd']],
    [IPC.readFile, [42]],
    [IPC.readFile, []],
    [IPC.readFile, [TOKEN, 'extra']],
    [IPC.pickFiles, ['/etc']],
    [IPC.pickFolder, [{ path: '/' }]],
    [IPC.setLanguage, ['fr']],
    [IPC.setLanguage, [null]],
    [IPC.setLanguage, ['en', 'ar']],
    [IPC.saveExport, []],
    [IPC.saveExport, [goodFile, 'extra']],
    [IPC.saveExport, [{ ...goodFile, suggestedName: '../report.docx' }]],
    [IPC.saveExport, [{ ...goodFile, suggestedName: '/etc/passwd' }]],
    [IPC.saveExport, [{ ...goodFile, suggestedName: '..\\x' }]],
    [IPC.saveExport, [{ ...goodFile, suggestedName: 'C:\\Windows\\x.docx' }]],
    [IPC.saveExport, [{ ...goodFile, suggestedName: 'report.docx\0.exe' }]],
    [IPC.saveExport, [{ ...goodFile, suggestedName: 'line\nbreak.docx' }]],
    [IPC.saveExport, [{ ...goodFile, suggestedName: '..' }]],
    [IPC.saveExport, [{ ...goodFile, suggestedName: '.' }]],
    [IPC.saveExport, [{ ...goodFile, suggestedName: '' }]],
    [IPC.saveExport, [{ ...goodFile, suggestedName: 'a'.repeat(256) }]],
    [IPC.saveExport, [{ ...goodFile, suggestedName: 42 }]],
    [IPC.saveExport, [{ ...goodFile, mimeType: 'application/x-msdownload' }]],
    [IPC.saveExport, [{ ...goodFile, mimeType: 'text/html; charset=utf-8' }]],
    [IPC.saveExport, [{ ...goodFile, bytes: [80, 75, 3, 4] }]],
    [IPC.saveExport, [{ ...goodFile, bytes: new Uint8Array([1]).buffer }]],
    [IPC.saveExport, [{ ...goodFile, bytes: 'UEsDBA==' }]],
    [IPC.saveExport, [{ suggestedName: 'a.html', mimeType: 'text/html' }]],
    [IPC.printReportToPdf, []],
    [IPC.printReportToPdf, [goodReport, 'extra']],
    [IPC.printReportToPdf, [{ ...goodReport, html: 42 }]],
    [IPC.printReportToPdf, [{ ...goodReport, title: 'x'.repeat(1001) }]],
    [IPC.printReportToPdf, [{ ...goodReport, suggestedName: '../../report.pdf' }]],
    [IPC.printReportToPdf, [{ ...goodReport, suggestedName: 'a\\b.pdf' }]],
    [IPC.printReportToPdf, [{ html: '<p></p>', title: 't' }]],
    [IPC.readyToClose, []],
    [IPC.readyToClose, [0]],
    [IPC.readyToClose, [-1]],
    [IPC.readyToClose, [1.5]],
    [IPC.readyToClose, ['1']],
    [IPC.readyToClose, [1, 2]],
  ])('refuses %s with args %j without calling the handler', async (channel, args) => {
    const handler = vi.fn(async () => null);
    const result = await handleCall(channel, handler, trusted, args, FILE_APP);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(channel);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses export bytes over the size bound without calling the handler', async () => {
    const handler = vi.fn(async () => ({ kind: 'cancelled' }));
    // A view claiming more than the bound, without allocating it: the schema reads byteLength only.
    const huge = Object.defineProperty(new Uint8Array(1), 'byteLength', { value: MAX_EXPORT_BYTES + 1 });
    expect(await handleCall(IPC.saveExport, handler, trusted, [{ ...goodFile, bytes: huge }], FILE_APP)).toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['a DOCX', goodFile],
    ['an HTML file', { suggestedName: 'report.html', mimeType: 'text/html', bytes: new TextEncoder().encode('<p>x</p>') }],
    ['a PDF in a Buffer', { suggestedName: 'r.pdf', mimeType: 'application/pdf', bytes: Buffer.from('%PDF') }],
    ['an empty file with dots in its name', { suggestedName: '..report..html', mimeType: 'text/html', bytes: new Uint8Array() }],
  ])('passes %s through to the save handler, unknown keys dropped', async (_label, file) => {
    const handler = vi.fn(async () => ({ kind: 'saved', location: '/home/a/r' }));
    const result = await handleCall(IPC.saveExport, handler, trusted, [{ ...file, path: '/etc/passwd' }], FILE_APP);
    expect(result).toEqual({ ok: true, value: { kind: 'saved', location: '/home/a/r' } });
    expect(handler).toHaveBeenCalledExactlyOnceWith(file);
  });

  it('passes a valid report to the print handler', async () => {
    const handler = vi.fn(async () => ({ kind: 'cancelled' }));
    expect(await handleCall(IPC.printReportToPdf, handler, trusted, [goodReport], FILE_APP)).toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(handler).toHaveBeenCalledExactlyOnceWith(goodReport);
  });

  it('has a reply schema for every save outcome and nothing else', () => {
    const reply = ipcSchemas[IPC.saveExport].response;
    expect(reply.safeParse({ kind: 'saved', location: '/a/b.pdf' }).success).toBe(true);
    expect(reply.safeParse({ kind: 'cancelled' }).success).toBe(true);
    expect(reply.safeParse({ kind: 'handed-to-browser', name: 'b.pdf' }).success).toBe(true);
    expect(reply.safeParse({ kind: 'saved' }).success).toBe(false);
    expect(reply.safeParse({ kind: 'deleted' }).success).toBe(false);
    expect(ipcSchemas[IPC.printReportToPdf].response).toBe(reply);
  });

  it('runs a valid call and wraps its value', async () => {
    const handler = vi.fn(async (token: string) => new Uint8Array([1, 2, token.length]));
    const result = await handleCall(IPC.readFile, handler, trusted, [TOKEN], FILE_APP);
    expect(handler).toHaveBeenCalledExactlyOnceWith(TOKEN);
    expect(result).toEqual({ ok: true, value: new Uint8Array([1, 2, 36]) });
  });

  it('passes a valid language through', async () => {
    const handler = vi.fn(async () => null);
    expect(await handleCall(IPC.setLanguage, handler, trusted, ['ar'], FILE_APP)).toEqual({ ok: true, value: null });
    expect(handler).toHaveBeenCalledExactlyOnceWith('ar');
  });

  it('turns a thrown error into an error reply instead of rejecting', async () => {
    const handler = vi.fn(async () => {
      throw new Error('too-large');
    });
    await expect(handleCall(IPC.readFile, handler, trusted, [TOKEN], FILE_APP)).resolves.toEqual({ ok: false, error: 'too-large' });
  });

  it('turns a thrown non-Error into an error string', async () => {
    const handler = vi.fn(async () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- what is tested: a handler that throws a non-Error
      throw 'boom';
    });
    await expect(handleCall(IPC.pickFiles, handler, trusted, [], FILE_APP)).resolves.toEqual({ ok: false, error: 'boom' });
  });
});

describe('registerIpcHandlers', () => {
  type Registered = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

  function setup() {
    const registered = new Map<string, Registered>();
    const ipcMain = {
      handle: vi.fn((channel: string, fn: Registered) => {
        if (registered.has(channel)) throw new Error(`duplicate handler for ${channel}`);
        registered.set(channel, fn);
      }),
    };
    const handlers = {
      [IPC.pickFiles]: vi.fn(async () => []),
      [IPC.pickFolder]: vi.fn(async () => []),
      [IPC.readFile]: vi.fn(async () => new Uint8Array([7])),
      [IPC.setLanguage]: vi.fn(async () => null),
      [IPC.saveExport]: vi.fn(async () => ({ kind: 'cancelled' })),
      [IPC.printReportToPdf]: vi.fn(async () => ({ kind: 'cancelled' })),
      [IPC.readyToClose]: vi.fn(async () => null),
      [IPC.openExternal]: vi.fn(async () => 'cancelled'),
      [IPC.writeBackup]: vi.fn(async () => ({ name: 'isnad-backup-20260101T000000000Z-0123abcd.isnad.json', savedAt: 0, size: 1 })),
      [IPC.listBackups]: vi.fn(async () => []),
      [IPC.readBackup]: vi.fn(async () => new Uint8Array([0x7b])),
      [IPC.setLibraryAside]: vi.fn(async () => null),
    };
    const appUrl = vi.fn(() => FILE_APP);
    registerIpcHandlers(ipcMain, handlers as unknown as Handlers, appUrl);
    return { registered, handlers, appUrl };
  }

  it('registers exactly the channels of the contract', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual(Object.keys(ipcSchemas).sort());
    expect([...registered.keys()].sort()).toEqual(Object.values(IPC).sort());
  });

  it('runs the sender and payload checks on each call', async () => {
    const { registered, handlers, appUrl } = setup();
    const read = registered.get(IPC.readFile)!;
    const trusted = from(FILE_APP) as IpcMainInvokeEvent;

    expect(await read(from('https://evil.example/') as IpcMainInvokeEvent, TOKEN)).toMatchObject({ ok: false });
    expect(await read(trusted, 'nope')).toMatchObject({ ok: false });
    expect(handlers[IPC.readFile]).not.toHaveBeenCalled();

    expect(await read(trusted, TOKEN)).toEqual({ ok: true, value: new Uint8Array([7]) });
    expect(handlers[IPC.readFile]).toHaveBeenCalledExactlyOnceWith(TOKEN);
    expect(appUrl).toHaveBeenCalled();
  });

  it('routes each channel to its own handler', async () => {
    const { registered, handlers } = setup();
    const trusted = from(FILE_APP) as IpcMainInvokeEvent;
    await registered.get(IPC.setLanguage)!(trusted, 'en');
    await registered.get(IPC.pickFolder)!(trusted);
    expect(handlers[IPC.setLanguage]).toHaveBeenCalledExactlyOnceWith('en');
    expect(handlers[IPC.pickFolder]).toHaveBeenCalledOnce();
    expect(handlers[IPC.pickFiles]).not.toHaveBeenCalled();
    expect(handlers[IPC.readFile]).not.toHaveBeenCalled();
  });

  it('routes the export channels to their handlers', async () => {
    const { registered, handlers } = setup();
    const trusted = from(FILE_APP) as IpcMainInvokeEvent;
    expect(await registered.get(IPC.saveExport)!(trusted, goodFile)).toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(await registered.get(IPC.printReportToPdf)!(trusted, goodReport)).toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(await registered.get(IPC.printReportToPdf)!(from('file:///tmp/evil.html') as IpcMainInvokeEvent, goodReport)).toMatchObject({ ok: false });
    expect(handlers[IPC.saveExport]).toHaveBeenCalledExactlyOnceWith(goodFile);
    expect(handlers[IPC.printReportToPdf]).toHaveBeenCalledExactlyOnceWith(goodReport);
  });

  it('routes a close answer from the app page only', async () => {
    const { registered, handlers } = setup();
    expect(await registered.get(IPC.readyToClose)!(from('https://evil.example/') as IpcMainInvokeEvent, 1)).toMatchObject({ ok: false });
    expect(await registered.get(IPC.readyToClose)!(from(FILE_APP) as IpcMainInvokeEvent, 7)).toEqual({ ok: true, value: null });
    expect(handlers[IPC.readyToClose]).toHaveBeenCalledExactlyOnceWith(7);
  });

  it('reads the app URL at call time (the dev server URL is known only after load)', async () => {
    const { registered, handlers, appUrl } = setup();
    appUrl.mockReturnValue(DEV_APP);
    expect(await registered.get(IPC.pickFiles)!(from(FILE_APP) as IpcMainInvokeEvent)).toMatchObject({ ok: false });
    expect(await registered.get(IPC.pickFiles)!(from(DEV_APP) as IpcMainInvokeEvent)).toEqual({ ok: true, value: [] });
    expect(handlers[IPC.pickFiles]).toHaveBeenCalledOnce();
  });
});

describe('the handler map, derived from the contract', () => {
  type Registered = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
  const trusted = from(FILE_APP) as IpcMainInvokeEvent;

  /** One spy per contract call, each resolving to a reply its schema accepts. */
  function contractHandlers() {
    return {
      'files:pick': vi.fn(async () => []),
      'folder:pick': vi.fn(async () => []),
      'file:read': vi.fn(async () => new Uint8Array([7])),
      'ui:set-language': vi.fn(async () => null),
      'export:save': vi.fn(async () => ({ kind: 'cancelled' as const })),
      'export:print-pdf': vi.fn(async () => ({ kind: 'cancelled' as const })),
      'window:ready-to-close': vi.fn(async () => null),
      'link:open-external': vi.fn(async () => 'cancelled' as const),
      'backup:write': vi.fn(async () => ({ name: 'isnad-backup-20260101T000000000Z-0123abcd.isnad.json', savedAt: 0, size: 1 })),
      'backup:list': vi.fn(async () => []),
      'backup:read': vi.fn(async () => new Uint8Array([0x7b])),
      'library:set-aside': vi.fn(async () => null),
    } satisfies Handlers;
  }

  function register(handlers: Handlers) {
    const registered = new Map<string, Registered>();
    registerIpcHandlers({ handle: (channel: string, fn: Registered) => void registered.set(channel, fn) }, handlers, () => FILE_APP);
    return registered;
  }

  it.each<[string, IpcChannel, unknown[], string]>([
    ['a token that is not one', IPC.readFile, ['../../etc/passwd'], 'Refused: invalid request for file:read: argument 1: Invalid UUID.'],
    ['a missing argument', IPC.readFile, [], 'Refused: invalid request for file:read: arguments: Too small: expected array to have >=1 items.'],
    ['an extra argument', IPC.setLanguage, ['ar', 'en'], 'Refused: invalid request for ui:set-language: arguments: Too big: expected array to have <=1 items.'],
    ['a language it does not have', IPC.setLanguage, ['fr'], 'Refused: invalid request for ui:set-language: argument 1: Invalid option: expected one of "en"|"ar".'],
    ['a path for a file name', IPC.saveExport, [{ ...goodFile, suggestedName: '../report.docx' }], 'Refused: invalid request for export:save: argument 1 (suggestedName): a file name, not a path.'],
    ['bytes sent as numbers', IPC.saveExport, [{ ...goodFile, bytes: [80, 75] }], 'Refused: invalid request for export:save: argument 1 (bytes): expected a Uint8Array.'],
    ['a path for a backup name', IPC.readBackup, ['../Preferences'], 'Refused: invalid request for backup:read: argument 1: a backup name.'],
    ['a backup name with a path inside', IPC.readBackup, ['isnad-backup-20260101T000000000Z-0123abcd.isnad.json/../../x'], 'Refused: invalid request for backup:read: argument 1: a backup name.'],
    ['a backup that is not a bundle', IPC.writeBackup, [new TextEncoder().encode('PK zip')], 'Refused: invalid request for backup:write: argument 1: a project bundle (JSON).'],
    ['an empty backup', IPC.writeBackup, [new Uint8Array()], 'Refused: invalid request for backup:write: argument 1: a backup between 1 byte and 512 MiB; argument 1: a project bundle (JSON).'],
    ['a fractional close request id', IPC.readyToClose, [1.5], 'Refused: invalid request for window:ready-to-close: argument 1: Invalid input: expected int, received number.'],
  ])('refuses %s with an error naming the call, the argument and the fault, and never calls the handler', async (_label, channel, args, error) => {
    const handlers = contractHandlers();
    const registered = register(handlers);
    expect(await registered.get(channel)!(trusted, ...args)).toEqual({ ok: false, error });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('registers the contract channels only, whatever else the map holds', () => {
    const handlers = { ...contractHandlers(), 'shell:exec': vi.fn(async () => null) };
    const registered = register(handlers);
    expect([...registered.keys()].sort()).toEqual(
      Object.values(HOST_CALLS)
        .map((call) => call.channel)
        .sort(),
    );
  });

  it('refuses to start with a contract call that has no handler', () => {
    const { 'file:read': _missing, ...rest } = contractHandlers();
    expect(() => register(rest as unknown as Handlers)).toThrow('No handler for file:read.');
  });
});
