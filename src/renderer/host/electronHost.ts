/**
 * The host as the desktop app provides it: every call goes through the preload's `window.isnad`,
 * and every reply is checked against the contract's reply schema before it is used. The Host
 * methods the contract marks `same` are derived; the adapted ones are written below.
 */
import { listenerName, SAME_CALL_NAMES, SAME_EVENT_NAMES, type CallArgs, type CallReply, type HostCallName, type IsnadBridge } from '../../shared/hostContract';
import type { FileEntry, Host, PickedFile, SameHostMethods } from '../../shared/host';
import { readReply } from './readReply';

export function createElectronHost(bridge: IsnadBridge): Host {
  // The casts: TypeScript cannot pair `bridge[name]` with `CallArgs<N>` for a generic N (each N
  // does pair them; IsnadBridge is derived from the same table).
  const call = async <N extends HostCallName>(name: N, ...args: CallArgs<N>): Promise<CallReply<N>> => readReply(name, await (bridge[name] as (...a: CallArgs<N>) => Promise<unknown>)(...args));

  const same: Record<string, unknown> = {};
  for (const name of SAME_CALL_NAMES) same[name] = (...args: CallArgs<typeof name>) => call(name, ...args);
  // The bridge's method is looked up when the renderer subscribes, as calls look theirs up when made.
  for (const name of SAME_EVENT_NAMES) same[listenerName(name)] = (listener: never) => bridge[listenerName(name)](listener);

  const toPicked = (entry: FileEntry): PickedFile => ({
    name: entry.name,
    sourceKey: entry.sourceKey,
    size: entry.size,
    read: () => call('readFile', entry.token),
  });
  return {
    ...(same as SameHostMethods),
    kind: 'electron',
    pickFiles: async () => (await call('pickFiles')).map(toPicked),
    pickFolder: async () => (await call('pickFolder')).map(toPicked),
    onCloseRequest: (flush) =>
      bridge.onCloseRequest((requestId) => {
        // Answer even if writing failed: the window must still close (main also stops waiting after a while).
        void flush()
          .catch((error: unknown) => console.warn('before close', error))
          .finally(() => void call('readyToClose', requestId).catch((error: unknown) => console.warn('answering the close request', error)));
      }),
  };
}
