import { describe, expect, it, vi } from 'vitest';
import { CloseGuard, type CloseGuardTimers } from '../../../src/main/closeGuard';
import { CLOSE_REQUEST_CHANNEL } from '../../../src/shared/host';

/** A BrowserWindow as far as the guard sees it: `close()` emits 'close' and closes unless prevented. */
function fakeWindow() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  const state = { closed: false, crashed: false };
  const sent: unknown[][] = [];
  const window = {
    on: vi.fn((_event: 'close', listener: (event: { preventDefault(): void }) => void) => void listeners.push(listener)),
    close: vi.fn(() => {
      let prevented = false;
      for (const listener of listeners) listener({ preventDefault: () => (prevented = true) });
      if (!prevented) state.closed = true;
    }),
    isDestroyed: () => state.closed,
    webContents: { send: (...args: unknown[]) => void sent.push(args), isCrashed: () => state.crashed },
  };
  return { window, state, sent };
}

/** Timers the test fires by hand. */
function manualTimers() {
  const due = new Map<number, () => void>();
  let next = 0;
  const timers: CloseGuardTimers = {
    setTimeout: (callback) => (due.set(++next, callback), next),
    clearTimeout: (handle) => void due.delete(handle as number),
  };
  return { timers, fireAll: () => [...due.values()].forEach((callback) => callback()), pending: () => due.size };
}

describe('CloseGuard', () => {
  it('holds the close, asks the renderer, and closes when it answers', () => {
    const guard = new CloseGuard(2000, manualTimers().timers);
    const { window, state, sent } = fakeWindow();
    guard.guard(window);
    window.close();
    expect(state.closed).toBe(false);
    expect(sent).toEqual([[CLOSE_REQUEST_CHANNEL, 1]]);
    guard.ready(1);
    expect(state.closed).toBe(true);
    expect(window.close).toHaveBeenCalledTimes(2);
  });

  it('ignores an answer to another request', () => {
    const guard = new CloseGuard(2000, manualTimers().timers);
    const { window, state } = fakeWindow();
    guard.guard(window);
    window.close();
    guard.ready(2);
    guard.ready(0);
    expect(state.closed).toBe(false);
  });

  it('closes anyway when no answer comes in time, and a late answer does nothing', () => {
    const clock = manualTimers();
    const guard = new CloseGuard(2000, clock.timers);
    const { window, state } = fakeWindow();
    guard.guard(window);
    window.close();
    expect(clock.pending()).toBe(1);
    clock.fireAll();
    expect(state.closed).toBe(true);
    guard.ready(1);
    expect(window.close).toHaveBeenCalledTimes(2);
  });

  it('asks once however often the close button is pressed meanwhile; the answer stops the timer', () => {
    const clock = manualTimers();
    const guard = new CloseGuard(2000, clock.timers);
    const { window, state, sent } = fakeWindow();
    guard.guard(window);
    window.close();
    window.close();
    window.close();
    expect(sent).toHaveLength(1);
    expect(state.closed).toBe(false);
    guard.ready(1);
    expect(state.closed).toBe(true);
    expect(clock.pending()).toBe(0);
  });

  it('numbers requests across windows and closes only the one that answered', () => {
    const guard = new CloseGuard(2000, manualTimers().timers);
    const a = fakeWindow();
    const b = fakeWindow();
    guard.guard(a.window);
    guard.guard(b.window);
    a.window.close();
    b.window.close();
    expect([a.sent, b.sent]).toEqual([[[CLOSE_REQUEST_CHANNEL, 1]], [[CLOSE_REQUEST_CHANNEL, 2]]]);
    guard.ready(2);
    expect([a.state.closed, b.state.closed]).toEqual([false, true]);
  });

  it('lets a window whose renderer has crashed close at once', () => {
    const guard = new CloseGuard(2000, manualTimers().timers);
    const { window, state, sent } = fakeWindow();
    guard.guard(window);
    state.crashed = true;
    window.close();
    expect(state.closed).toBe(true);
    expect(sent).toEqual([]);
  });

  it('does not close a window destroyed while waiting', () => {
    const clock = manualTimers();
    const guard = new CloseGuard(2000, clock.timers);
    const { window, state } = fakeWindow();
    guard.guard(window);
    window.close();
    state.closed = true; // destroyed by other means
    clock.fireAll();
    expect(window.close).toHaveBeenCalledTimes(1);
  });

  it('waits with real timers too', async () => {
    vi.useFakeTimers();
    try {
      const guard = new CloseGuard(2000);
      const { window, state } = fakeWindow();
      guard.guard(window);
      window.close();
      await vi.advanceTimersByTimeAsync(1999);
      expect(state.closed).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(state.closed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
