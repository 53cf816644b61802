import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { IpcRenderer } from 'electron';
import { buildBridge } from '../../../src/preload/bridge';
import { BRIDGE_GLOBAL, BRIDGE_METHODS, CLOSE_REQUEST_CHANNEL, IPC, MENU_EVENT_CHANNEL } from '../../../src/shared/host';
import { HOST_CALL_NAMES, HOST_CALLS, HOST_EVENT_NAMES, HOST_EVENTS, listenerName } from '../../../src/shared/hostContract';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
      return ipc;
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipc;
    }),
  };
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((listener) => listener({}, ...args));
  return { ipc, listeners, emit, bridge: buildBridge(ipc as unknown as IpcRenderer) };
}

describe('buildBridge', () => {
  it('exposes exactly the contract methods, frozen', () => {
    const { bridge } = fakeIpc();
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual([...BRIDGE_METHODS].sort());
    expect(Reflect.ownKeys(bridge)).toHaveLength(BRIDGE_METHODS.length);
    for (const key of ['invoke', 'send', 'ipcRenderer', 'process', 'env', 'require']) expect(key in bridge).toBe(false);
    for (const method of BRIDGE_METHODS) expect(bridge[method]).toBeTypeOf('function');
  });

  it('cannot be extended or rewired', () => {
    const { bridge } = fakeIpc();
    expect(() => Object.assign(bridge, { invoke: () => 0 })).toThrow(TypeError);
    expect(() => Object.assign(bridge, { readFile: () => 0 })).toThrow(TypeError);
  });

  it('invokes the right channel with the right arguments', async () => {
    const { ipc, bridge } = fakeIpc();
    await expect(bridge.pickFiles()).resolves.toEqual({ ok: true, value: { channel: IPC.pickFiles, args: [] } });
    await bridge.pickFolder();
    await bridge.readFile('3f2b8c1e-9a4d-4b6e-8f0a-1c2d3e4f5a6b');
    await bridge.setLanguage('ar');
    const file = { suggestedName: 'r.html', mimeType: 'text/html', bytes: new Uint8Array([60, 112, 62]) };
    const report = { html: '<p>نص</p>', title: 'تقرير', suggestedName: 'r.pdf' };
    await expect(bridge.saveExport(file)).resolves.toEqual({ ok: true, value: { channel: IPC.saveExport, args: [file] } });
    await expect(bridge.printReportToPdf(report)).resolves.toEqual({ ok: true, value: { channel: IPC.printReportToPdf, args: [report] } });
    expect(ipc.invoke.mock.calls).toEqual([
      [IPC.pickFiles],
      [IPC.pickFolder],
      [IPC.readFile, '3f2b8c1e-9a4d-4b6e-8f0a-1c2d3e4f5a6b'],
      [IPC.setLanguage, 'ar'],
      [IPC.saveExport, file],
      [IPC.printReportToPdf, report],
    ]);
    // The bytes go to IPC as they are (structured clone copies them), not re-encoded.
    expect(ipc.invoke.mock.calls[4]![1]).toBe(file);
  });

  it('names the export channels of the contract', () => {
    expect(IPC.saveExport).toBe('export:save');
    expect(IPC.printReportToPdf).toBe('export:print-pdf');
    expect(BRIDGE_METHODS).toEqual(expect.arrayContaining(['saveExport', 'printReportToPdf']));
  });

  it('forwards only valid menu commands', () => {
    const { emit, bridge } = fakeIpc();
    const listener = vi.fn();
    bridge.onMenuCommand(listener);
    emit(MENU_EVENT_CHANNEL, 'open-files');
    emit(MENU_EVENT_CHANNEL, 'toggle-language');
    emit(MENU_EVENT_CHANNEL, 'rm -rf');
    emit(MENU_EVENT_CHANNEL, 42);
    emit(MENU_EVENT_CHANNEL, { command: 'open-files' });
    emit(MENU_EVENT_CHANNEL);
    emit('other-channel', 'open-folder');
    expect(listener.mock.calls).toEqual([['open-files'], ['toggle-language']]);
  });

  it('passes the renderer no event object', () => {
    const { emit, bridge } = fakeIpc();
    const listener = vi.fn();
    bridge.onMenuCommand(listener);
    emit(MENU_EVENT_CHANNEL, 'font-bigger');
    expect(listener).toHaveBeenCalledExactlyOnceWith('font-bigger');
  });

  it('passes close requests with a valid id to the listener and answers on the contract channel', async () => {
    const { ipc, emit, bridge } = fakeIpc();
    const listener = vi.fn();
    const unsubscribe = bridge.onCloseRequest(listener);
    emit(CLOSE_REQUEST_CHANNEL, 3);
    for (const junk of [0, -1, 1.5, '3', null, undefined, { id: 3 }, Number.MAX_SAFE_INTEGER + 1]) emit(CLOSE_REQUEST_CHANNEL, junk);
    emit(MENU_EVENT_CHANNEL, 4);
    expect(listener.mock.calls).toEqual([[3]]);
    await expect(bridge.readyToClose(3)).resolves.toEqual({ ok: true, value: { channel: IPC.readyToClose, args: [3] } });
    expect(ipc.invoke).toHaveBeenCalledExactlyOnceWith(IPC.readyToClose, 3);
    unsubscribe();
    emit(CLOSE_REQUEST_CHANNEL, 5);
    expect(listener).toHaveBeenCalledOnce();
  });

  it('returns an unsubscribe that removes the listener it added', () => {
    const { ipc, listeners, emit, bridge } = fakeIpc();
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    expect(listeners.get(MENU_EVENT_CHANNEL)?.size).toBe(1);
    unsubscribe();
    expect(ipc.removeListener).toHaveBeenCalledWith(MENU_EVENT_CHANNEL, ipc.on.mock.calls[0]![1]);
    expect(listeners.get(MENU_EVENT_CHANNEL)?.size).toBe(0);
    emit(MENU_EVENT_CHANNEL, 'open-files');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('buildBridge, derived from the contract', () => {
  it('has one method per call and one subscription per event of the contract, and nothing else', () => {
    const { bridge } = fakeIpc();
    const expected = [...Object.keys(HOST_CALLS), ...Object.keys(HOST_EVENTS).map((event) => `on${event[0]!.toUpperCase()}${event.slice(1)}`)];
    expect(Reflect.ownKeys(bridge).sort()).toEqual(expected.sort());
  });

  it.each(HOST_CALL_NAMES)('%s invokes its own channel, passing its arguments as they are', async (name) => {
    const { ipc, bridge } = fakeIpc();
    const args = [{ any: 'thing' }, 2];
    const method = bridge[name] as (...a: unknown[]) => Promise<unknown>;
    await expect(method(...args)).resolves.toEqual({ ok: true, value: { channel: HOST_CALLS[name].channel, args } });
    expect(ipc.invoke).toHaveBeenCalledExactlyOnceWith(HOST_CALLS[name].channel, ...args);
  });

  it.each(HOST_EVENT_NAMES)('%s is heard on its own channel, and only payloads its schema accepts get through', (name) => {
    const { emit, bridge, listeners } = fakeIpc();
    const listener = vi.fn();
    const subscribe = bridge[listenerName(name)] as (l: (value: unknown) => void) => () => void;
    const unsubscribe = subscribe(listener);
    const { channel, payload } = HOST_EVENTS[name];
    expect([...listeners.keys()]).toEqual([channel]);
    const candidates = ['open-files', 'rm -rf', 7, 0, 1.5, null, { command: 'export' }];
    for (const value of candidates) emit(channel, value);
    expect(listener.mock.calls).toEqual(candidates.filter((value) => payload.safeParse(value).success).map((value) => [value]));
    expect(listener).toHaveBeenCalled();
    unsubscribe();
    expect(listeners.get(channel)?.size).toBe(0);
  });
});

describe('preload entry (static check: Electron cannot run here)', () => {
  const source = readFileSync(fileURLToPath(new URL('../../../src/preload/index.ts', import.meta.url)), 'utf8');
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

  it('exposes only buildBridge(ipcRenderer) under BRIDGE_GLOBAL', () => {
    const calls = code.match(/exposeInMainWorld\s*\(/g) ?? [];
    expect(calls).toHaveLength(1);
    expect(code).toMatch(/contextBridge\.exposeInMainWorld\(\s*BRIDGE_GLOBAL\s*,\s*buildBridge\(\s*ipcRenderer\s*\)\s*\)/);
    expect(BRIDGE_GLOBAL).toBe('isnad');
  });

  it('exposes no raw IPC or Node objects', () => {
    expect(code).not.toMatch(/exposeInIsolatedWorld|executeInMainWorld/);
    expect(code).not.toMatch(/\bprocess\b|\brequire\s*\(|ipcRenderer\.(invoke|send|on)\b/);
  });
});
