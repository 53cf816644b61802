/** SHA-256 of the UTF-8 bytes of `text`, lowercase hex. WebCrypto exists in Node ≥ 20 and in every browser. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
