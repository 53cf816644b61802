import { BRIDGE_GLOBAL, type Host, type IsnadBridge } from '../../shared/host';
import { createElectronHost } from './electronHost';
import { createWebHost } from './webHost';

let host: Host | null = null;

/** The desktop app's preload defines `window.isnad`; a plain browser does not. */
export function currentHost(): Host {
  if (!host) {
    const bridge = (window as unknown as Record<string, IsnadBridge | undefined>)[BRIDGE_GLOBAL];
    host = bridge ? createElectronHost(bridge) : createWebHost();
  }
  return host;
}
