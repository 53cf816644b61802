/**
 * Fuzzing the file decoder and intake (src/shared/text): random bytes, truncated UTF-8 and UTF-16,
 * BOMs alone, NUL bytes, huge lines, mixed encodings, empty and too-large files, and mutations of
 * the five sample articles in every encoding Isnad reads. Every case must be refused with one of
 * the typed reasons or accepted as an article whose id, text and title hold what the library
 * relies on; a text in a supported encoding must come back exactly (normalised).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeTextFile, MAX_FILE_BYTES } from '../../src/shared/text/decode';
import { sha256Hex } from '../../src/shared/text/hash';
import { intakeBytes, looksLikeHtml, refuseBySize, type IntakeResult } from '../../src/shared/text/intake';
import { normalizeArticleText } from '../../src/shared/text/normalizeText';
import { encodeUtf16, encodeWindows1256, utf8 } from '../support/encodings';
import { assertFuzz, FUZZ_TEST_TIMEOUT_MS, fuzzRuns, Tally } from './support/fuzzHarness';

const CORPUS = join(__dirname, '../../resources/corpus');
const SAMPLES = readdirSync(CORPUS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(join(CORPUS, n), 'utf8'));

const REASONS = ['empty', 'too-large', 'binary', 'unknown-encoding', 'unreadable', 'no-text', 'html-unsupported'];
const BOMS = { utf8: [0xef, 0xbb, 0xbf], utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff] } as const;

/** A reader of HTML for intake (the app's uses the browser's parser): tags dropped, null when no text is left. */
const htmlToText = (html: string) => {
  const text = html.replace(/<[^>]*>/g, ' ').trim();
  return text ? { title: text.slice(0, 20), text } : null;
};

/** What every accepted article must be: normalised text, its SHA-256 as id, a short non-empty title. */
async function checkAccepted(result: Extract<IntakeResult, { ok: true }>): Promise<void> {
  expect(result.text).not.toMatch(/\r/);
  expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
  expect(result.text).toMatch(/\S/u);
  expect(result.id).toBe(await sha256Hex(result.text));
  expect(result.title.length).toBeGreaterThan(0);
  expect(result.title.length).toBeLessThanOrEqual(200);
  expect(['rtl', 'ltr']).toContain(result.direction);
}

const tally = new Tally('file decoder and intake');
afterAll(() => console.log(tally.summary()));

async function intakeCase(name: string, bytes: Uint8Array, withHtml: boolean): Promise<IntakeResult> {
  const result = await intakeBytes(name, bytes, withHtml ? { htmlToText } : {});
  if (result.ok) {
    await checkAccepted(result);
    tally.add({ kind: 'accepted', detail: result.encoding });
  } else {
    expect(REASONS).toContain(result.reason);
    tally.add({ kind: 'refused', reason: result.reason });
  }
  return result;
}

/** Characters of Arabic news text, with what breaks decoders: emoji, tashkeel, bidi marks, CR/LF. */
const ARABIC_CHARS = [...'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأؤإئىةًٌٍَُِّْ،؛؟ـ٠١٢٣'];
const TRICKY = ['😀', '📰', '𝐀', '\u200f', '\u202e', '\u00a0', '\t', '\r\n', '\r', '\n', ' ', 'a', 'Z', '<', '>', '&', '"', '\u0085', '\u2028'];
const textArb = fc.array(fc.constantFrom(...ARABIC_CHARS, ...TRICKY), { minLength: 0, maxLength: 300 }).map((cs) => cs.join(''));
/** Text Windows-1256 can encode (no astral characters, no line separators it lacks). */
const cp1256Arb = fc.array(fc.constantFrom(...ARABIC_CHARS.filter((c) => c !== 'ٓ' && !/[٠-٣]/.test(c)), ' ', '\n', '\r\n', 'a', '.', '،'), { minLength: 1, maxLength: 300 }).map((cs) => cs.join(''));

type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be' | 'cp1256';
function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf8') return utf8(text);
  if (encoding === 'utf8bom') return new Uint8Array([...BOMS.utf8, ...utf8(text)]);
  if (encoding === 'utf16le') return encodeUtf16(text, 'le');
  if (encoding === 'utf16be') return encodeUtf16(text, 'be');
  return encodeWindows1256(text);
}

/** A byte-level damage to a valid file. */
const damageArb = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('nul' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bom' as const), at: fc.nat(), bom: fc.constantFrom(BOMS.utf8, BOMS.utf16le, BOMS.utf16be) }),
  fc.record({ kind: fc.constant('splice1256' as const), at: fc.nat(), text: cp1256Arb }),
);
type Damage = typeof damageArb extends fc.Arbitrary<infer D> ? D : never;

function damage(bytes: Uint8Array, d: Damage): Uint8Array {
  const at = bytes.length === 0 ? 0 : d.at % (bytes.length + 1);
  const splice = (insert: ArrayLike<number>) => new Uint8Array([...bytes.subarray(0, at), ...Array.from(insert), ...bytes.subarray(at)]);
  switch (d.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'flip': {
      const out = bytes.slice();
      if (out.length) out[at % out.length] = d.byte;
      return out;
    }
    case 'insert':
      return splice(d.bytes);
    case 'nul':
      return splice([0]);
    case 'bom':
      return splice(d.bom);
    case 'splice1256':
      // Mixed encodings: a Windows-1256 passage inside a UTF-8 or UTF-16 file.
      return splice(encodeWindows1256(d.text));
  }
}

const encodingArb = fc.constantFrom<Encoding>('utf8', 'utf8bom', 'utf16le', 'utf16be', 'cp1256');
const nameArb = fc.constantFrom('article.txt', 'خبر.txt', 'page.html', 'notes.md', 'x.htm', '\u202Etxt.exe', '');

describe('fuzz: file decoder and intake', () => {
  it(
    'refuses or accepts random bytes, with a typed reason',
    async () => {
      const arb = fc.record({
        bytes: fc.oneof(fc.uint8Array({ maxLength: 600 }), fc.uint8Array({ maxLength: 40, min: 0x80, max: 0xff }), fc.uint8Array({ maxLength: 12, min: 0, max: 0x20 })),
        name: nameArb,
        html: fc.boolean(),
      });
      await assertFuzz('intake random bytes', arb, async ({ bytes, name, html }) => void (await intakeCase(name, bytes, html)), fuzzRuns(1500));
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'reads a text in every supported encoding back exactly (normalised), and refuses only text with nothing to read',
    async () => {
      const arb = fc.oneof(
        fc.record({ text: textArb, encoding: fc.constantFrom<Encoding>('utf8', 'utf8bom', 'utf16le', 'utf16be') }),
        fc.record({ text: cp1256Arb, encoding: fc.constant<Encoding>('cp1256') }),
      );
      await assertFuzz(
        'intake round trip',
        arb,
        async ({ text, encoding }) => {
          const bytes = encode(text, encoding);
          const result = await intakeCase('article.txt', bytes, false);
          const readable = /[^\s\uFEFF\u200B-\u200F]/u.test(text) && ![...text].some((c) => c < ' ' && !'\t\n\r\f'.includes(c));
          if (!readable) return;
          // A few Windows-1256 bytes can also be valid UTF-8 ("ا؛" is C7 BA, "Ǻ" in UTF-8): the
          // decoder documents that UTF-8 is tried first, so such a (short) text is read as UTF-8.
          if (encoding === 'cp1256' && decodeTextFile(bytes).ok && (decodeTextFile(bytes) as { encoding: string }).encoding === 'utf-8') return;
          // A plain text in a supported encoding is never refused, and never altered beyond BOM and line ends.
          expect(result).toMatchObject({ ok: true, text: normalizeArticleText(text) });
        },
        fuzzRuns(1500),
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'refuses or accepts the sample articles damaged: truncated, bytes flipped or inserted, NULs, BOMs, mixed encodings',
    async () => {
      const arb = fc.record({
        sample: fc.nat({ max: SAMPLES.length - 1 }),
        // A slice of the article keeps the cases small; the damage lands anywhere in it.
        from: fc.nat({ max: 3000 }),
        length: fc.integer({ min: 0, max: 400 }),
        encoding: encodingArb,
        damages: fc.array(damageArb, { minLength: 1, maxLength: 3 }),
        html: fc.boolean(),
        name: nameArb,
      });
      await assertFuzz(
        'intake damaged samples',
        arb,
        async ({ sample, from, length, encoding, damages, html, name }) => {
          const text = SAMPLES[sample]!.slice(from, from + length);
          let bytes: Uint8Array;
          try {
            bytes = encode(text, encoding);
          } catch {
            bytes = encode(text, 'utf8'); // a character Windows-1256 lacks: the slice as UTF-8
          }
          for (const d of damages) bytes = damage(bytes, d);
          await intakeCase(name, bytes, html);
        },
        fuzzRuns(1500),
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'tells HTML by how a text begins, in linear time: a doctype or <html> after a BOM, spaces and whole comments',
    async () => {
      // What the scan means, as a pattern whose comments cannot hold "-->" (so it cannot backtrack
      // far; kept here only to compare on short inputs). The pattern the scan replaced let one
      // "comment" run over text and later comments ("<!---->x<!-- -->" read as one), and backtracked
      // exponentially over the ways of doing so.
      const meaning = /^\uFEFF?\s*(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;
      const pieces = ['<!--', '-->', '<!---->', '<!-- x -->', ' ', '\n', '\uFEFF', '<html>', '<HTML ', '<!doctype html>', '<!DOCTYPE  HTML>', '<htm', 'x', 'قال', '-', '>'];
      const short = fc.array(fc.constantFrom(...pieces), { maxLength: 9 }).map((p) => p.join(''));
      await assertFuzz(
        'HTML start',
        short,
        async (text) => {
          expect(looksLikeHtml('a.txt', text)).toBe(meaning.test(text));
          // Then the same start as a file: intake refuses or accepts it, never hangs.
          await intakeCase('a.txt', utf8(`${text}${'<!---->'.repeat(60)}`), false);
        },
        fuzzRuns(1000),
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it('refuses the edge files by name: BOMs alone, empty, NUL-only, whitespace, and one byte too many', async () => {
    const edges: [string, Uint8Array, string][] = [
      ['empty', new Uint8Array(), 'empty'],
      ['UTF-8 BOM alone', Uint8Array.from(BOMS.utf8), 'empty'],
      ['UTF-16 LE BOM alone', Uint8Array.from(BOMS.utf16le), 'empty'],
      ['UTF-16 BE BOM alone', Uint8Array.from(BOMS.utf16be), 'empty'],
      ['two BOMs', Uint8Array.from([...BOMS.utf8, ...BOMS.utf8]), 'empty'],
      ['a NUL', Uint8Array.from([0]), 'binary'],
      ['UTF-16 LE BOM and an odd byte', Uint8Array.from([...BOMS.utf16le, 0x41]), 'unknown-encoding'],
      ['UTF-16 BE lone high surrogate', Uint8Array.from([...BOMS.utf16be, 0xd8, 0x3d]), 'unknown-encoding'],
      ['UTF-8 cut inside a letter', utf8('قال').subarray(0, 3), 'unknown-encoding'],
      ['spaces and line ends', utf8(' \r\n\t \n'), 'empty'],
      ['zero-width marks only', utf8('\u200f\u200b\u200e'), 'empty'],
    ];
    for (const [what, bytes, reason] of edges) expect(await intakeCase('x.txt', bytes, false), what).toEqual({ ok: false, reason });
    // Too large: refused before reading, and refused by the decoder if read anyway.
    expect(refuseBySize(MAX_FILE_BYTES + 1)).toEqual({ ok: false, reason: 'too-large' });
    expect(decodeTextFile(new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({ ok: false, reason: 'too-large' });
    tally.add({ kind: 'refused', reason: 'too-large' });
  });

  it(
    'reads huge lines: one 2-million-character line of Arabic, and one of 200,000 emoji',
    async () => {
      for (const text of ['قال '.repeat(500_000), '😀'.repeat(200_000)]) {
        const result = await intakeCase('long.txt', utf8(text), false);
        expect(result).toMatchObject({ ok: true, text });
      }
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
