/**
 * Turns the bytes of a file into text, or refuses them with a reason. Pure: it is used by the
 * renderer for picked and dropped files, by main-process tests, and later by the command line.
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1256';
export type RefusalReason = 'empty' | 'too-large' | 'binary' | 'unknown-encoding';

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: RefusalReason };

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Binary files carry NUL bytes or many C0 control bytes; text (in our encodings, without a UTF-16 BOM) never does. */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls > Math.max(2, bytes.length / 200);
}

// The harakat (U+064B–U+0652) are combining marks on purpose: each one alone counts as Arabic.
// eslint-disable-next-line no-misleading-character-class
const ARABIC_LETTER = /[\u0621-\u064A\u0660-\u0669\u067E\u0686\u0698\u06AF\u064B-\u0652]/u;

/**
 * Windows-1256 maps every byte to some character, so decoding never "fails". We accept the
 * result only when it reads as Arabic text: most non-ASCII characters are Arabic letters or
 * marks. Otherwise (Latin-1, Cyrillic, random bytes) it is an encoding we do not support.
 */
function plausibleWindows1256(text: string): boolean {
  let nonAscii = 0;
  let arabic = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (ARABIC_LETTER.test(ch) || ch === '\u060C' || ch === '\u061B' || ch === '\u061F') arabic++;
  }
  return arabic > 0 && arabic / nonAscii >= 0.8;
}

function hasText(text: string): boolean {
  return /[^\s\uFEFF\u200B-\u200F]/u.test(text);
}

export function decodeTextFile(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  if (bytes.length === 0) return { ok: false, reason: 'empty' };

  const done = (text: string | null, encoding: TextEncodingName, bad: RefusalReason): DecodeResult => {
    if (text === null) return { ok: false, reason: bad };
    if (!hasText(text)) return { ok: false, reason: 'empty' };
    return { ok: true, text, encoding };
  };

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return done(strictDecode('utf-8', bytes), 'utf-8-bom', 'unknown-encoding');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return done(strictDecode('utf-16le', bytes), 'utf-16le', 'unknown-encoding');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return done(strictDecode('utf-16be', bytes), 'utf-16be', 'unknown-encoding');
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };

  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return done(utf8, 'utf-8', 'unknown-encoding');

  const cp1256 = strictDecode('windows-1256', bytes);
  if (cp1256 !== null && plausibleWindows1256(cp1256)) return done(cp1256, 'windows-1256', 'unknown-encoding');
  return { ok: false, reason: 'unknown-encoding' };
}
