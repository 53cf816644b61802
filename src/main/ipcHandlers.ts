/**
 * Registers one handler per call of the host contract (shared/hostContract). Every call is
 * checked twice before it runs: the sender must be the app's own top frame, and the arguments
 * must match the call's request schema. Replies are always `{ ok, value | error }`; no raw error
 * crosses IPC.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describeIssues, HOST_CALL_NAMES, HOST_CALLS, ipcSchemas, type CallReply, type HostCallName, type HostResult, type IpcChannel, type ParsedArgs } from '../shared/hostContract';

/**
 * Main's side of the contract, keyed by channel: each handler takes the call's parsed arguments
 * and must resolve to its reply type, so a missing handler, an extra one, or one returning the
 * wrong thing fails to compile.
 */
export type Handlers = {
  [N in HostCallName as (typeof HOST_CALLS)[N]['channel']]: (...args: ParsedArgs<N>) => Promise<CallReply<N>>;
};

/** Any handler, as the dispatcher sees it: arguments are checked against the schema before it runs. */
type AnyHandler = (...args: never[]) => Promise<unknown>;

/**
 * The frame must be a top-level frame showing the app's own page: the packaged file (same scheme and
 * path) or the dev server (same scheme, host and port). The scheme is compared first: `data:`,
 * `about:blank`, `blob:` and `javascript:` pages have an opaque origin, which serialises as "null"
 * exactly like a file:// page's, so comparing origins alone would trust them in the packaged app.
 * Where Electron gives the frame's own origin (`senderFrame.origin`, which for about:blank is its
 * opener's), the dev server's must match it too.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  try {
    const sender = new URL(frame.url);
    const app = new URL(appUrl);
    if (sender.protocol !== app.protocol) return false;
    if (app.protocol === 'file:') return sender.host === app.host && sender.pathname === app.pathname;
    if (app.protocol !== 'http:' && app.protocol !== 'https:') return false;
    if (typeof frame.origin === 'string' && frame.origin !== app.origin) return false;
    return sender.origin === app.origin;
  } catch {
    return false;
  }
}

export async function handleCall(channel: IpcChannel, handler: AnyHandler, event: Pick<IpcMainInvokeEvent, 'senderFrame'>, args: unknown[], appUrl: string): Promise<HostResult<unknown>> {
  if (!isTrustedSender(event, appUrl)) return { ok: false, error: 'Refused: the call did not come from the Isnad window.' };
  const parsed = ipcSchemas[channel].request.safeParse(args);
  if (!parsed.success) return { ok: false, error: `Refused: invalid request for ${channel}: ${describeIssues(parsed.error, true)}.` };
  try {
    const value = await handler(...(parsed.data as never[]));
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Registers every call of the contract (not whatever keys `handlers` has), each with its own checks. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, appUrl: () => string): void {
  for (const name of HOST_CALL_NAMES) {
    const channel = HOST_CALLS[name].channel;
    const handler = handlers[channel] as AnyHandler | undefined;
    // Only reachable past the type check (a cast): better a failed start than a channel with no handler.
    if (typeof handler !== 'function') throw new Error(`No handler for ${channel}.`);
    ipcMain.handle(channel, (event, ...args: unknown[]) => handleCall(channel, handler, event, args, appUrl()));
  }
}
