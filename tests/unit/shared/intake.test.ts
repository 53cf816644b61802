import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { intakeBytes, looksLikeHtml, refuseBySize } from '../../../src/shared/text/intake';
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

describe('HTML intake', () => {
  const page = '<!DOCTYPE html><html><head><title>عنوان</title></head><body><p>فقرة</p></body></html>';

  it('knows HTML by its name or by how its text begins', () => {
    for (const name of ['a.html', 'b.HTM', 'c.xhtml']) expect(looksLikeHtml(name, 'نص عادي'), name).toBe(true);
    for (const start of ['<!doctype html>', '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">', '\uFEFF  <html lang="ar">', '<!-- saved page -->\n<html>', '<HTML>']) {
      expect(looksLikeHtml('article.txt', `${start}<p>x</p>`), start).toBe(true);
    }
    for (const text of ['<p>نص حرفي</p>', 'قال إن <html> وسم', '<htmlish>', 'نص\n<!doctype html>']) expect(looksLikeHtml('a.txt', text), text).toBe(false);
  });

  it('stores what the HTML reader returns, never the markup: text, title and identity all come from it', async () => {
    const seen: string[] = [];
    const htmlToText = (html: string) => {
      seen.push(html);
      return { title: 'عنوان', text: 'عنوان\r\nفقرة' };
    };
    const result = await intakeBytes('page.txt', utf8(page), { htmlToText });
    expect(seen).toEqual([page]);
    expect(result).toMatchObject({ ok: true, text: 'عنوان\nفقرة', title: 'عنوان', encoding: 'utf-8', direction: 'rtl' });
    expect(result.ok && result.id).toBe(createHash('sha256').update('عنوان\nفقرة', 'utf8').digest('hex'));
  });

  it('refuses HTML without text, and HTML where no reader for it is given', async () => {
    expect(await intakeBytes('a.html', utf8(page), { htmlToText: () => null })).toEqual({ ok: false, reason: 'no-text' });
    expect(await intakeBytes('a.html', utf8(page), { htmlToText: () => ({ title: 'عنوان', text: ' \n ' }) })).toEqual({ ok: false, reason: 'no-text' });
    expect(await intakeBytes('a.html', utf8(page))).toEqual({ ok: false, reason: 'html-unsupported' });
  });

  it('leaves text files alone, markup-looking text included', async () => {
    const htmlToText = () => {
      throw new Error('not HTML');
    };
    expect(await intakeBytes('a.txt', utf8('<p>نص حرفي</p>'), { htmlToText })).toMatchObject({ ok: true, text: '<p>نص حرفي</p>', title: '<p>نص حرفي</p>' });
  });
});
