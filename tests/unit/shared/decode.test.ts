import { describe, expect, it } from 'vitest';
import { decodeTextFile, MAX_FILE_BYTES } from '../../../src/shared/text/decode';
import { encodeUtf16, encodeWindows1256, utf8, withUtf8Bom } from '../../support/encodings';

const ARABIC = 'حطّ الرئيس الروسي فلاديمير بوتين رحاله في العاصمة الصينية بكين، في 16 أيار.\r\nسطر ثانٍ';

describe('decodeTextFile', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeTextFile(utf8(ARABIC))).toEqual({ ok: true, text: ARABIC, encoding: 'utf-8' });
    const withBom = decodeTextFile(withUtf8Bom(ARABIC));
    expect(withBom).toMatchObject({ ok: true, encoding: 'utf-8-bom' });
    expect(withBom.ok && withBom.text.replace(/^\uFEFF/, '')).toBe(ARABIC);
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    for (const endian of ['le', 'be'] as const) {
      const result = decodeTextFile(encodeUtf16(ARABIC, endian));
      expect(result).toMatchObject({ ok: true, encoding: `utf-16${endian}` });
      expect(result.ok && result.text.replace(/^\uFEFF/, '')).toBe(ARABIC);
    }
  });

  it('reads Windows-1256 Arabic', () => {
    const text = 'أعلنت روسيا والصين أنهما ستعملان على تعميق علاقاتهما العسكرية';
    expect(decodeTextFile(encodeWindows1256(text))).toEqual({ ok: true, text, encoding: 'windows-1256' });
  });

  it('refuses an empty file and one holding only whitespace', () => {
    expect(decodeTextFile(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    expect(decodeTextFile(utf8(' \n\t\r\n '))).toEqual({ ok: false, reason: 'empty' });
    expect(decodeTextFile(withUtf8Bom(''))).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses binary content', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeTextFile(png)).toEqual({ ok: false, reason: 'binary' });
    const controls = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeTextFile(controls)).toEqual({ ok: false, reason: 'binary' });
  });

  it('refuses bytes that no supported encoding reads cleanly', () => {
    // Latin-1 French: invalid UTF-8, and as Windows-1256 it is not Arabic text.
    const latin1 = Uint8Array.from('Le président a déclaré à la presse: «très sûr»', (c) => c.charCodeAt(0));
    expect(decodeTextFile(latin1)).toEqual({ ok: false, reason: 'unknown-encoding' });
    // A UTF-16 byte-order mark followed by an unpaired surrogate.
    expect(decodeTextFile(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toEqual({ ok: false, reason: 'unknown-encoding' });
  });

  it('refuses a file over 20 MB', () => {
    expect(decodeTextFile(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ ok: false, reason: 'too-large' });
  });

  it('accepts a file full of markup as plain text, unchanged', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)"> نص';
    expect(decodeTextFile(utf8(hostile))).toEqual({ ok: true, text: hostile, encoding: 'utf-8' });
  });
});
