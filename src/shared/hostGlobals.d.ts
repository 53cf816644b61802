/**
 * The few globals shared code uses, which both of its hosts have (a browser window or worker, and
 * Node ≥ 20): declared here because src/shared is checked with neither the DOM's types nor Node's.
 * Only what shared uses is declared; anything more belongs in the renderer or main.
 */

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

/** WebCrypto's digest (globalThis.crypto in both hosts). */
declare var crypto: {
  readonly subtle: { digest(algorithm: 'SHA-256', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer> };
};

// The callback may declare a parameter (a promise's resolve) it is not given.
declare function setTimeout(callback: (...args: never[]) => void, ms?: number): unknown;

declare class AbortSignal {
  readonly aborted: boolean;
  throwIfAborted(): void;
}

/** WHATWG URL parsing (both hosts have it): the external-link check reads a link as a browser would. */
declare class URL {
  constructor(url: string);
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
}
