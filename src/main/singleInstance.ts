/**
 * One Isnad at a time (issue 14): two running copies would be two windows on one database, each
 * believing its screen. The first start takes Electron's single-instance lock; a second start finds
 * it taken and quits at once, and the first brings its window back (restored if minimised, shown if
 * hidden, focused) so the analyst sees where their work is.
 */
import type { App } from 'electron';

export interface RestorableWindow {
  isMinimized(): boolean;
  restore(): void;
  isVisible(): boolean;
  show(): void;
  focus(): void;
}

type LockingApp = Pick<App, 'requestSingleInstanceLock' | 'quit'> & { on(event: 'second-instance', listener: () => void): unknown };

/** Brings the running window to the front, if there is one (between its close and a new one there may be none). */
export function bringToFront(window: RestorableWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}

/**
 * Takes the lock. False: another copy runs; this one has been told to quit and must start nothing.
 * True: this is the one copy, and a later start brings `currentWindow()` to the front.
 */
export function claimSingleInstance(app: LockingApp, currentWindow: () => RestorableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => bringToFront(currentWindow()));
  return true;
}
