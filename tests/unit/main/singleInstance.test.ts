import { describe, expect, it, vi } from 'vitest';
import { bringToFront, claimSingleInstance, type RestorableWindow } from '../../../src/main/singleInstance';

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>();
  const app = {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn((event: string, listener: () => void) => void listeners.set(event, listener)),
  };
  return { app, listeners };
}

function fakeWindow(state: { minimized: boolean; visible: boolean }) {
  const calls: string[] = [];
  const window: RestorableWindow = {
    isMinimized: () => state.minimized,
    restore: () => void calls.push('restore'),
    isVisible: () => state.visible,
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
  return { window, calls };
}

describe('claimSingleInstance', () => {
  it('a second start finds the lock taken: it quits and wires nothing', () => {
    const { app, listeners } = fakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(listeners.size).toBe(0);
  });

  it('the first start keeps running, and a later start restores, shows and focuses its window', () => {
    const { app, listeners } = fakeApp(true);
    const { window, calls } = fakeWindow({ minimized: true, visible: false });
    expect(claimSingleInstance(app, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
    listeners.get('second-instance')!();
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('reads the window when the second start comes (it may have been closed and made again)', () => {
    const { app, listeners } = fakeApp(true);
    let current: RestorableWindow | null = null;
    claimSingleInstance(app, () => current);
    expect(() => listeners.get('second-instance')!()).not.toThrow();
    const { window, calls } = fakeWindow({ minimized: false, visible: true });
    current = window;
    listeners.get('second-instance')!();
    expect(calls).toEqual(['focus']);
  });
});

describe('bringToFront', () => {
  it('only focuses a window already on screen', () => {
    const { window, calls } = fakeWindow({ minimized: false, visible: true });
    bringToFront(window);
    expect(calls).toEqual(['focus']);
  });
});
