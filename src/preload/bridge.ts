/**
 * Builds the object the preload exposes as `window.isnad`: one method per call and one
 * subscription per event of the host contract (shared/hostContract), derived from it. No generic
 * invoke, no ipcRenderer, no process: the renderer cannot reach a channel the contract does not name.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { HOST_CALL_NAMES, HOST_CALLS, HOST_EVENT_NAMES, HOST_EVENTS, listenerName, type HostCallName, type HostEventName, type IsnadBridge } from '../shared/hostContract';

type IpcLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

function callMethod(ipc: IpcLike, name: HostCallName) {
  const { channel } = HOST_CALLS[name];
  // The arguments go to IPC as they are (structured clone copies them; bytes are not re-encoded).
  // Main checks them against the request schema; the reply is checked by the renderer.
  return (...args: unknown[]): Promise<unknown> => ipc.invoke(channel, ...args);
}

function subscribeMethod(ipc: IpcLike, name: HostEventName) {
  const { channel, payload } = HOST_EVENTS[name];
  return (listener: (value: unknown) => void): (() => void) => {
    // Only a payload the contract allows reaches the page, and never the IPC event object.
    const wrapped = (_event: IpcRendererEvent, value: unknown) => {
      const parsed = payload.safeParse(value);
      if (parsed.success) listener(parsed.data);
    };
    ipc.on(channel, wrapped);
    return () => void ipc.removeListener(channel, wrapped);
  };
}

export function buildBridge(ipc: IpcLike): IsnadBridge {
  const bridge: Record<string, unknown> = {};
  for (const name of HOST_CALL_NAMES) bridge[name] = callMethod(ipc, name);
  for (const name of HOST_EVENT_NAMES) bridge[listenerName(name)] = subscribeMethod(ipc, name);
  // The cast: the loops above build exactly the mapped type IsnadBridge, which TypeScript cannot follow through a loop.
  return Object.freeze(bridge) as IsnadBridge;
}
