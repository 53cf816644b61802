import { describe, expect, it, vi } from 'vitest';
import { createElectronHost } from '../../../src/renderer/host/electronHost';
import type { IsnadBridge } from '../../../src/shared/host';

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
