/**
 * Every channel of the host contract, from one table keyed by HOST_CALLS' names (issue 14: "every
 * handler rejects malformed payloads and calls from unexpected frames, a unit test per channel").
 * The table's type is mapped over the contract, so a new call without its row fails `tsc`, and the
 * first test fails at run time too. Each row gives a valid call, the reply its handler gives, and
 * payloads that must be refused. For each channel, registered through (a mock of) Electron's
 * ipcMain exactly as main registers it:
 *   - the valid call from the app's own top frame reaches the handler and its reply comes back;
 *   - the same valid call from every unexpected frame is refused, the handler never called;
 *   - every malformed payload is refused with an error naming the channel, the handler never called.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { registerIpcHandlers, type Handlers } from '../../../src/main/ipcHandlers';
import { HOST_CALL_NAMES, HOST_CALLS, type CallArgs, type CallReply, type HostCallName } from '../../../src/shared/hostContract';

// Only Electron is mocked: its binary is absent here. The mock's ipcMain records what main registers.
vi.mock('electron', () => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  return {
    ipcMain: {
      handlers,
      handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        handlers.set(channel, listener);
      },
    },
  };
});

type Registered = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
const registered = (ipcMain as unknown as { handlers: Map<string, Registered> }).handlers;

const TOKEN = '3f2b8c1e-9a4d-4b6e-8f0a-1c2d3e4f5a6b';
const FILE = { suggestedName: 'تقرير.html', mimeType: 'text/html', bytes: new Uint8Array([60, 112, 62]) };
const REPORT = { html: '<p>نص</p>', title: 'تقرير', suggestedName: 'report.pdf' };
const ENTRY = { token: TOKEN, name: 'a.txt', sourceKey: 'folder/a.txt', size: 3 };
const BUNDLE = new TextEncoder().encode('{"format":"isnad-bundle"}');
const BACKUP = 'isnad-backup-20260101T000000000Z-0123abcd.isnad.json';

interface ChannelCase<N extends HostCallName> {
  valid: CallArgs<N>;
  reply: CallReply<N>;
  /** Payloads the schema must refuse, each with what is wrong. */
  malformed: [string, unknown[]][];
}
/** Mapped over the contract: a call added to HOST_CALLS without a row here does not compile. */
type ChannelCases = { [N in HostCallName]: ChannelCase<N> };

const NOT_A_STRING: [string, unknown[]][] = [
  ['a number', [42]],
  ['null', [null]],
  ['an object', [{}]],
];
const EXTRA: (args: unknown[]) => [string, unknown[]] = (args) => ['an extra argument', [...args, 'extra']];

const CASES: ChannelCases = {
  pickFiles: { valid: [], reply: [ENTRY], malformed: [EXTRA([]), ['a path to start in', ['/etc']]] },
  pickFolder: { valid: [], reply: [ENTRY], malformed: [EXTRA([]), ['a folder named by the page', [{ path: '/' }]]] },
  readFile: {
    valid: [TOKEN],
    reply: new Uint8Array([1, 2, 3]),
    malformed: [['no argument', []], EXTRA([TOKEN]), ['a path instead of a token', ['../../etc/passwd']], ['a token that is no UUID', ['not-a-uuid']], ...NOT_A_STRING],
  },
  setLanguage: { valid: ['ar'], reply: null, malformed: [['no argument', []], EXTRA(['ar']), ['a language Isnad has not', ['fr']], ...NOT_A_STRING] },
  saveExport: {
    valid: [FILE],
    reply: { kind: 'saved', location: '/home/analyst/تقرير.html' },
    malformed: [
      ['no argument', []],
      EXTRA([FILE]),
      ['a path for a name', [{ ...FILE, suggestedName: '../../.bashrc' }]],
      ['an absolute Windows path', [{ ...FILE, suggestedName: 'C:\\Windows\\x.html' }]],
      ['a NUL in the name', [{ ...FILE, suggestedName: 'a.html\u0000.exe' }]],
      ['an executable type', [{ ...FILE, mimeType: 'application/x-msdownload' }]],
      ['bytes as numbers', [{ ...FILE, bytes: [1, 2] }]],
      ['bytes missing', [{ suggestedName: 'a.html', mimeType: 'text/html' }]],
      ...NOT_A_STRING,
    ],
  },
  printReportToPdf: {
    valid: [REPORT],
    reply: { kind: 'cancelled' },
    malformed: [
      ['no argument', []],
      EXTRA([REPORT]),
      ['html that is no string', [{ ...REPORT, html: 42 }]],
      ['a path for a name', [{ ...REPORT, suggestedName: '../r.pdf' }]],
      ['no name', [{ html: '', title: '' }]],
      ...NOT_A_STRING,
    ],
  },
  readyToClose: { valid: [3], reply: null, malformed: [['no argument', []], EXTRA([3]), ['zero', [0]], ['a fraction', [1.5]], ['a string', ['1']], ['negative', [-1]]] },
  openExternal: {
    valid: ['https://www.wikidata.org/wiki/Q7747'],
    reply: 'opened',
    malformed: [
      ['no argument', []],
      EXTRA(['https://www.wikidata.org/wiki/Q7747']),
      ['a javascript: URL', ['javascript:alert(document.domain)']],
      ['a file: URL', ['file:///etc/passwd']],
      ['a data: URL', ['data:text/html,<script>alert(1)</script>']],
      ['a custom scheme', ['ms-msdt:/id PCWDiagnostic']],
      ['an smb share', ['smb://attacker.example/share']],
      ['credentials before the host', ['https://www.wikidata.org@evil.example/']],
      ['no scheme', ['www.wikidata.org/wiki/Q7747']],
      ...NOT_A_STRING,
    ],
  },
  writeBackup: {
    valid: [BUNDLE],
    reply: { name: BACKUP, savedAt: 0, size: BUNDLE.byteLength },
    malformed: [
      ['no argument', []],
      EXTRA([BUNDLE]),
      ['no bytes at all', [new Uint8Array()]],
      ['bytes that are no bundle', [new Uint8Array([0x3c, 0x68])]],
      ['bytes as numbers', [[0x7b]]],
      ['a path', ['/home/analyst/.bashrc']],
    ],
  },
  listBackups: { valid: [], reply: [], malformed: [EXTRA([]), ['a folder named by the page', ['/etc']]] },
  readBackup: {
    valid: [BACKUP],
    reply: BUNDLE,
    malformed: [['no argument', []], EXTRA([BACKUP]), ['a path out of the folder', ['../../.ssh/id_rsa']], ['a name main never gave', ['notes.txt']], ...NOT_A_STRING],
  },
  setLibraryAside: { valid: [], reply: null, malformed: [EXTRA([]), ['a folder named by the page', ['/home/analyst']]] },
};

const FILE_APP = 'file:///opt/isnad/resources/app.asar/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173/';

type Frame = { url: string; parent: unknown; origin?: string } | null | undefined;
const event = (senderFrame: Frame) => ({ senderFrame }) as unknown as IpcMainInvokeEvent;
const top = (url: string, origin?: string): Frame => ({ url, parent: null, ...(origin === undefined ? {} : { origin }) });

/** Frames that must never reach a handler, per app address. */
const UNEXPECTED: Record<string, [string, Frame][]> = {
  [FILE_APP]: [
    ['no frame (it went away)', null],
    ['an event without a frame', undefined],
    ['a subframe of the app page', { url: FILE_APP, parent: { url: FILE_APP } }],
    ['another file: page', top('file:///tmp/evil.html')],
    ['the app path on another host', top('file://attacker/opt/isnad/resources/app.asar/out/renderer/index.html')],
    ['a web page', top('https://evil.example/')],
    ['a data: page (an opaque origin, "null" like a file page)', top('data:text/html,<script>1</script>')],
    ['about:blank (an opaque origin)', top('about:blank')],
    ['a blob: page', top('blob:file:///5e1c0f2a')],
    ['a javascript: URL', top('javascript:alert(1)')],
    ['an empty URL', top('')],
    ['a URL that does not parse', top('not a url')],
  ],
  [DEV_APP]: [
    ['a subframe of the dev page', { url: DEV_APP, parent: { url: DEV_APP } }],
    ['another port', top('http://localhost:5174/')],
    ['https on the same host', top('https://localhost:5173/')],
    ['another host', top('http://evil.example:5173/')],
    ['the packaged file', top(FILE_APP)],
    ['a blob: of the dev origin', top('blob:http://localhost:5173/5e1c0f2a')],
    ['about:blank', top('about:blank')],
    ['the dev URL in a frame whose origin is another', top(DEV_APP, 'https://evil.example')],
  ],
};
const TRUSTED: Record<string, Frame[]> = {
  [FILE_APP]: [top(FILE_APP), top(`${FILE_APP}#/entities`)],
  [DEV_APP]: [top(DEV_APP), top('http://localhost:5173/index.html?x=1', 'http://localhost:5173')],
};

let handlers: Record<string, ReturnType<typeof vi.fn>>;
let appUrl = FILE_APP;

beforeEach(() => {
  registered.clear();
  appUrl = FILE_APP;
  handlers = Object.fromEntries(HOST_CALL_NAMES.map((name) => [HOST_CALLS[name].channel, vi.fn(async () => CASES[name].reply)]));
  registerIpcHandlers(ipcMain, handlers as unknown as Handlers, () => appUrl);
});

describe('the IPC table', () => {
  it('has a row for every call of the contract, and every row has payloads to refuse', () => {
    expect(Object.keys(CASES).sort()).toEqual([...HOST_CALL_NAMES].sort());
    for (const name of HOST_CALL_NAMES) expect(CASES[name].malformed.length, name).toBeGreaterThan(0);
  });

  it('registers with Electron exactly the contract’s channels', () => {
    expect([...registered.keys()].sort()).toEqual(HOST_CALL_NAMES.map((name) => HOST_CALLS[name].channel).sort());
  });

  it('gives every row a valid call its schema accepts and a reply its schema accepts (the table cannot rot)', () => {
    for (const name of HOST_CALL_NAMES) {
      expect(HOST_CALLS[name].request.safeParse(CASES[name].valid).success, name).toBe(true);
      expect(HOST_CALLS[name].response.safeParse(CASES[name].reply).success, name).toBe(true);
    }
  });
});

describe.each(HOST_CALL_NAMES.map((name) => [name, HOST_CALLS[name].channel] as const))('%s (%s)', (name, channel) => {
  const call = (frame: Frame, args: readonly unknown[]) => registered.get(channel)!(event(frame), ...args);

  it.each(Object.keys(TRUSTED))('runs a valid call from the app’s own top frame (%s)', async (app) => {
    appUrl = app;
    for (const frame of TRUSTED[app]!) expect(await call(frame, CASES[name].valid)).toEqual({ ok: true, value: CASES[name].reply });
    expect(handlers[channel]).toHaveBeenCalledTimes(TRUSTED[app]!.length);
    expect(handlers[channel]!.mock.calls[0]).toEqual(CASES[name].valid);
  });

  it.each(Object.entries(UNEXPECTED).flatMap(([app, frames]) => frames.map(([label, frame]) => [label, app, frame] as const)))(
    'refuses a valid call from %s (app at %s)',
    async (_label, app, frame) => {
      appUrl = app;
      expect(await call(frame, CASES[name].valid)).toEqual({ ok: false, error: 'Refused: the call did not come from the Isnad window.' });
      for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    },
  );

  it.each(CASES[name].malformed)('refuses %s', async (_label, args) => {
    const result = await call(top(FILE_APP), args);
    expect(result).toMatchObject({ ok: false });
    expect((result as { error: string }).error).toMatch(new RegExp(`^Refused: invalid request for ${channel}: `));
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });
});
