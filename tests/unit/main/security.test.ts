import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, mainWindowOptions } from '../../../src/main/security';

type Listener = (event: { preventDefault: () => void }, url?: string) => void;

function fakeContents(currentUrl: string) {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: unknown) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: unknown) => { action: string }) => {
      openHandler = handler;
    },
    getURL: () => currentUrl,
  };
  hardenWebContents(contents as unknown as WebContents);
  const fire = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no listener for ${name}`);
    listener(event, url);
    return event.preventDefault;
  };
  return { listeners, openHandler: () => openHandler, fire };
}

function fakeSession() {
  const recorded: {
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: (...args: unknown[]) => boolean;
    headers?: (details: { responseHeaders?: Record<string, string[]> }, callback: (response: unknown) => void) => void;
  } = {};
  const session = {
    setPermissionRequestHandler: (handler: typeof recorded.request) => void (recorded.request = handler),
    setPermissionCheckHandler: (handler: typeof recorded.check) => void (recorded.check = handler),
    webRequest: { onHeadersReceived: (handler: typeof recorded.headers) => void (recorded.headers = handler) },
  };
  return { session: session as unknown as Session, recorded };
}

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.js');
  const prefs = options.webPreferences!;

  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews, insecure content and experimental features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('passes the preload path through', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js');
    expect(mainWindowOptions('/other/preload.js').webPreferences?.preload).toBe('/other/preload.js');
  });
});

describe('hardenWebContents', () => {
  const appUrl = 'file:///app/out/renderer/index.html';

  it('denies every new window', () => {
    const { openHandler } = fakeContents(appUrl);
    const handler = openHandler();
    expect(handler).toBeTypeOf('function');
    expect(handler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler!({ url: appUrl })).toEqual({ action: 'deny' });
  });

  it('prevents navigation to any other URL', () => {
    const { fire } = fakeContents(appUrl);
    expect(fire('will-navigate', 'https://evil.example/')).toHaveBeenCalledTimes(1);
    expect(fire('will-navigate', 'file:///etc/passwd')).toHaveBeenCalledTimes(1);
  });

  it('still denies the links the app opens only through its confirmed host call (issue 14)', () => {
    // The Wikidata link on an entity page, followed by the page itself (a click that escaped its
    // handler, window.open, a target=_blank): neither a new window nor a navigation.
    const { openHandler, fire } = fakeContents(appUrl);
    for (const url of ['https://www.wikidata.org/wiki/Q7747', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(openHandler()!({ url })).toEqual({ action: 'deny' });
      expect(fire('will-navigate', url)).toHaveBeenCalledTimes(1);
    }
  });

  it('allows a reload of the same URL', () => {
    const { fire } = fakeContents(appUrl);
    expect(fire('will-navigate', appUrl)).not.toHaveBeenCalled();
  });

  it('prevents redirects and webview attachment', () => {
    const { fire } = fakeContents(appUrl);
    expect(fire('will-redirect', 'https://evil.example/')).toHaveBeenCalledTimes(1);
    expect(fire('will-attach-webview')).toHaveBeenCalledTimes(1);
  });
});

describe('hardenSession', () => {
  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal'])('refuses the %s permission request', (permission) => {
    const { session, recorded } = fakeSession();
    hardenSession(session, true);
    const callback = vi.fn();
    recorded.request!({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('answers every permission check with false', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session, false);
    expect(recorded.check!({}, 'media', 'file://', {})).toBe(false);
    expect(recorded.check!({}, 'notifications', 'file://', {})).toBe(false);
  });

  it('in production adds the CSP header and keeps the other headers', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session, true);
    expect(recorded.headers).toBeTypeOf('function');
    const callback = vi.fn();
    recorded.headers!({ responseHeaders: { 'Content-Type': ['text/html'], 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('in production adds the CSP header even when the response has no headers', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session, true);
    const callback = vi.fn();
    recorded.headers!({}, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('in dev mode registers no header hook (the dev server needs inline scripts)', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session, false);
    expect(recorded.headers).toBeUndefined();
    expect(recorded.request).toBeTypeOf('function');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim());

  it('denies by default and allows scripts only from the app', () => {
    expect(directives).toContain("default-src 'none'");
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");
  });

  it('allows no inline or eval code and nothing over http', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/http:/i);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:\/\//i);
    expect(CONTENT_SECURITY_POLICY).not.toContain('*');
  });
});
