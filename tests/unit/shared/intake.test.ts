import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { intakeBytes, refuseBySize } from '../../../src/shared/text/intake';
import { normalizeArticleText, titleOf } from '../../../src/shared/text/normalizeText';
import { detectDirection } from '../../../src/shared/arabic/direction';
import { encodeUtf16, encodeWindows1256, utf8, withUtf8Bom } from '../../support/encodings';

const TEXT = '\n  بوتين في الصين  \nفي زيارته الثانية خلال عام واحد\n';

describe('article intake', () => {
  it('normalises BOM and line endings before hashing', () => {
    expect(normalizeArticleText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('gives the same identity to the same text in every encoding and line-ending style', async () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const results = await Promise.all([
      intakeBytes('a.txt', utf8(TEXT)),
      intakeBytes('b.txt', withUtf8Bom(crlf)),
      intakeBytes('c.txt', encodeUtf16(crlf, 'le')),
      intakeBytes('d.txt', encodeUtf16(TEXT, 'be')),
      intakeBytes('e.txt', encodeWindows1256(crlf)),
    ]);
    const expectedId = createHash('sha256').update(TEXT, 'utf8').digest('hex');
    for (const result of results) {
      expect(result).toMatchObject({ ok: true, id: expectedId, text: TEXT, title: 'بوتين في الصين', direction: 'rtl' });
    }
    expect(results.map((r) => r.ok && r.encoding)).toEqual(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1256']);
  });

  it('titles an article by its first non-empty line, or by its file name', () => {
    expect(titleOf('\n\n  العنوان  \nنص', 'x.txt')).toBe('العنوان');
    expect(titleOf('   \n ', 'x.txt')).toBe('x.txt');
    expect(titleOf('ا'.repeat(300), 'x.txt')).toHaveLength(200);
  });

  it('refuses by size before reading', () => {
    expect(refuseBySize(0)).toEqual({ ok: false, reason: 'empty' });
    expect(refuseBySize(20 * 1024 * 1024 + 1)).toEqual({ ok: false, reason: 'too-large' });
    expect(refuseBySize(1000)).toBeNull();
  });

  it('detects direction from the script of most letters, not the first one', () => {
    expect(detectDirection('REUTERS - قال الرئيس الروسي فلاديمير بوتين إن العلاقات قوية')).toBe('rtl');
    expect(detectDirection('Putin arrived in Beijing — بكين — on Thursday for talks')).toBe('ltr');
  });
});
