/** Test-only encoders for the legacy encodings Isnad reads (TextEncoder only writes UTF-8). */

/** Encodes text as Windows-1256 by inverting the platform's own decoder table. */
export function encodeWindows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from(Array.from(text), (ch) => {
    const byte = table.get(ch);
    if (byte === undefined) throw new Error(`not in Windows-1256: ${ch}`);
    return byte;
  });
}

export function encodeUtf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, endian === 'le');
    offset = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), endian === 'le');
  return out;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const withUtf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
