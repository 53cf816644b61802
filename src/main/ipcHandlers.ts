/**
 * Registers one handler per channel of the host contract. Every call is checked twice before
 * it runs: the sender must be the app's own top frame, and the payload must match the
 * channel's schema. Replies are always `{ ok, value | error }`; no raw error crosses IPC.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { HostResult, IpcChannel } from '../shared/host';
import { ipcSchemas } from '../shared/hostSchemas';

export type Handlers = { [C in IpcChannel]: (...args: never[]) => Promise<unknown> };

/** The frame must be a top-level frame showing the app's own page (file:// build or the dev server). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  try {
    const sender = new URL(frame.url);
    const app = new URL(appUrl);
    if (sender.protocol === 'file:') return app.protocol === 'file:' && sender.pathname === app.pathname;
    return sender.origin === app.origin;
  } catch {
    return false;
  }
}

export async function handleCall(
  channel: IpcChannel,
  handler: (...args: never[]) => Promise<unknown>,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  args: unknown[],
  appUrl: string,
): Promise<HostResult<unknown>> {
  if (!isTrustedSender(event, appUrl)) return { ok: false, error: 'Refused: the call did not come from the Isnad window.' };
  const parsed = ipcSchemas[channel].request.safeParse(args);
  if (!parsed.success) return { ok: false, error: `Refused: invalid request for ${channel}.` };
  try {
    const value = await handler(...(parsed.data as never[]));
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, appUrl: () => string): void {
  for (const channel of Object.keys(handlers) as IpcChannel[]) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => handleCall(channel, handlers[channel], event, args, appUrl()));
  }
}
