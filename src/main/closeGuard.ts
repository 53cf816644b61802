/**
 * Holds a window's close until its renderer has written what it still holds (a note typed a
 * moment ago waits for a pause in typing before it is saved). Main asks with the contract's
 * `closeRequest` event, numbered; the renderer answers through the `readyToClose` call, and the
 * window then closes; with no answer in time (a hung or crashed renderer) it closes anyway.
 */
import { sendHostEvent } from './sendHostEvent';

/** Writes to IndexedDB take milliseconds; this bounds how long a close can hang on a stuck renderer. */
export const CLOSE_WAIT_MS = 2000;

/** What of a BrowserWindow the guard uses (tests pass a fake). */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  webContents: { send(channel: string, ...args: unknown[]): void; isCrashed(): boolean };
}

export interface CloseGuardTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export class CloseGuard {
  private nextId = 1;
  /** Open requests: id → what closes its window. */
  private readonly waiting = new Map<number, () => void>();

  constructor(
    private readonly waitMs = CLOSE_WAIT_MS,
    private readonly timers: CloseGuardTimers = { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
  ) {}

  guard(window: GuardedWindow): void {
    let released = false;
    let asking = false;
    window.on('close', (event) => {
      if (released || window.webContents.isCrashed()) return; // nothing left to ask
      event.preventDefault();
      if (asking) return; // a second click on the close button while we wait
      asking = true;
      const id = this.nextId++;
      const release = () => {
        this.timers.clearTimeout(timer);
        this.waiting.delete(id);
        released = true;
        if (!window.isDestroyed()) window.close();
      };
      const timer = this.timers.setTimeout(release, this.waitMs);
      this.waiting.set(id, release);
      sendHostEvent(window.webContents, 'closeRequest', id);
    });
  }

  /** The renderer's answer to request `id`; an unknown or late id is ignored. */
  ready(id: number): void {
    this.waiting.get(id)?.();
  }
}
