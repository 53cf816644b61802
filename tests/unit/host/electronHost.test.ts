import { describe, expect, it, vi } from 'vitest';
import { createElectronHost } from '../../../src/renderer/host/electronHost';
import { MalformedReplyError } from '../../../src/renderer/host/readReply';
import type { IsnadBridge } from '../../../src/shared/host';
import { HOST_CALL_NAMES, SAME_CALL_NAMES } from '../../../src/shared/hostContract';

/** A bridge with only the close request path; the test fires requests itself. */
function closeBridge() {
  let listener: ((requestId: number) => void) | null = null;
  const bridge = {
    onCloseRequest: vi.fn((l: (requestId: number) => void) => {
      listener = l;
      return () => (listener = null);
    }),
    readyToClose: vi.fn(async () => ({ ok: true as const, value: null })),
  };
  return { bridge, request: (id: number) => listener?.(id) };
}

describe('electron host: close requests', () => {
  it('answers a close request only after the flush has settled', async () => {
    const { bridge, request } = closeBridge();
    let finish!: () => void;
    const flush = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    createElectronHost(bridge as unknown as IsnadBridge).onCloseRequest(flush);
    request(4);
    expect(flush).toHaveBeenCalledOnce();
    await Promise.resolve();
    expect(bridge.readyToClose).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(bridge.readyToClose).toHaveBeenCalledExactlyOnceWith(4));
  });

  it('answers even when the flush fails, so the window can close', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { bridge, request } = closeBridge();
    createElectronHost(bridge as unknown as IsnadBridge).onCloseRequest(async () => Promise.reject(new Error('disk full')));
    request(9);
    await vi.waitFor(() => expect(bridge.readyToClose).toHaveBeenCalledExactlyOnceWith(9));
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('unsubscribes through the bridge', () => {
    const { bridge, request } = closeBridge();
    const flush = vi.fn(async () => undefined);
    const unsubscribe = createElectronHost(bridge as unknown as IsnadBridge).onCloseRequest(flush);
    unsubscribe();
    request(1);
    expect(flush).not.toHaveBeenCalled();
  });
});

const TOKEN = '3f2b8c1e-9a4d-4b6e-8f0a-1c2d3e4f5a6b';
const entry = { token: TOKEN, name: 'خبر.txt', sourceKey: 'news/خبر.txt', size: 3 };
const exportFile = { suggestedName: 'r.html', mimeType: 'text/html', bytes: new Uint8Array([60]) };

/** A bridge whose every call answers with `reply`; the spies record what the host asked. */
function replyingBridge(reply: unknown) {
  const answer = vi.fn(async () => reply);
  const bridge = Object.fromEntries(HOST_CALL_NAMES.map((name) => [name, answer])) as unknown as IsnadBridge;
  return { bridge, answer };
}

describe('electron host: replies are checked against the contract', () => {
  it.each<[string, unknown]>([
    ['no reply at all', undefined],
    ['a bare value instead of a result', { kind: 'saved', location: '/a' }],
    ['a result with ok not a boolean', { ok: 'yes', value: { kind: 'cancelled' } }],
    ['a failure without its message', { ok: false }],
    ['an outcome the contract does not have', { ok: true, value: { kind: 'deleted' } }],
    ['a saved outcome without its location', { ok: true, value: { kind: 'saved' } }],
  ])('turns %s into a clear error naming the call', async (_label, reply) => {
    const host = createElectronHost(replyingBridge(reply).bridge);
    await expect(host.saveExport(exportFile)).rejects.toThrow(MalformedReplyError);
    await expect(host.saveExport(exportFile)).rejects.toThrow(/^The desktop app sent a malformed reply to saveExport: /);
  });

  it('refuses a picked file main described wrongly, before any import starts', async () => {
    const host = createElectronHost(replyingBridge({ ok: true, value: [{ ...entry, token: '../etc/passwd' }] }).bridge);
    await expect(host.pickFiles()).rejects.toThrow('The desktop app sent a malformed reply to pickFiles: 0.token: Invalid UUID.');
    const folder = createElectronHost(replyingBridge({ ok: true, value: { files: [entry] } }).bridge);
    await expect(folder.pickFolder()).rejects.toThrow(/malformed reply to pickFolder: Invalid input: expected array/);
  });

  it('refuses bytes that are not bytes', async () => {
    const calls = { pickFiles: { ok: true, value: [entry] }, readFile: { ok: true, value: [1, 2, 3] } } as Record<string, unknown>;
    const bridge = { pickFiles: vi.fn(async () => calls['pickFiles']), readFile: vi.fn(async () => calls['readFile']) } as unknown as IsnadBridge;
    const [picked] = await createElectronHost(bridge).pickFiles();
    await expect(picked!.read()).rejects.toThrow('The desktop app sent a malformed reply to readFile: expected a Uint8Array.');
    expect(bridge.readFile).toHaveBeenCalledExactlyOnceWith(TOKEN);
  });

  it("passes main's own error on as it is", async () => {
    const host = createElectronHost(replyingBridge({ ok: false, error: 'The disk is full.' }).bridge);
    const error = await host.printReportToPdf({ html: '<p>x</p>', title: 't', suggestedName: 'r.pdf' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(MalformedReplyError);
    expect((error as Error).message).toBe('The disk is full.');
  });

  it('resolves a good reply, parsed, and reads picked files on demand', async () => {
    const { bridge, answer } = replyingBridge({ ok: true, value: [entry] });
    const [picked] = await createElectronHost(bridge).pickFolder();
    expect(picked).toMatchObject({ name: entry.name, sourceKey: entry.sourceKey, size: 3 });
    answer.mockResolvedValue({ ok: true, value: new Uint8Array([1, 2, 3]) });
    await expect(picked!.read()).resolves.toEqual(new Uint8Array([1, 2, 3]));
    answer.mockResolvedValue({ ok: true, value: { kind: 'saved', location: '/home/a/r.html', extra: 'dropped' } });
    await expect(createElectronHost(bridge).saveExport(exportFile)).resolves.toEqual({ kind: 'saved', location: '/home/a/r.html' });
  });

  it('forwards every "same" call of the contract to the bridge method of that name, with its arguments', async () => {
    const { bridge } = replyingBridge({ ok: true, value: null });
    const host = createElectronHost(bridge);
    for (const name of SAME_CALL_NAMES) expect(host[name], name).toBeTypeOf('function');
    await host.setLanguage('ar');
    expect(bridge.setLanguage).toHaveBeenCalledWith('ar');
    const unsubscribe = () => undefined;
    const onMenuCommand = vi.fn(() => unsubscribe);
    const listener = vi.fn();
    expect(createElectronHost({ onMenuCommand } as unknown as IsnadBridge).onMenuCommand(listener)).toBe(unsubscribe);
    expect(onMenuCommand).toHaveBeenCalledExactlyOnceWith(listener);
  });

  it('has exactly the Host methods: the "same" ones and the adapted ones, not the internal calls', () => {
    const host = createElectronHost(replyingBridge(null).bridge);
    expect(Object.keys(host).sort()).toEqual([
      'kind',
      'listBackups',
      'onCloseRequest',
      'onMenuCommand',
      'openExternal',
      'pickFiles',
      'pickFolder',
      'printReportToPdf',
      'readBackup',
      'saveExport',
      'setLanguage',
      'setLibraryAside',
      'writeBackup',
    ]);
  });
});
