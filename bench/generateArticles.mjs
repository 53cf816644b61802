/**
 * Bench articles made from the sample corpus's own sentences, so the text has the letters, word
 * lengths and punctuation of real Arabic news (what shaping and line breaking cost depends on),
 * at any size, the same on every run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './random.mjs';
import { generateAnnotations } from './generateAnnotations.mjs';

const CORPUS_DIR = new URL('../resources/corpus/', import.meta.url).pathname;

/** Every sentence of the corpus: split after . ؟ ! and at line ends, punctuation kept. */
let cached = null;
export function corpusSentences() {
  if (cached) return cached;
  const sentences = [];
  for (const name of readdirSync(CORPUS_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(CORPUS_DIR, name), 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
    for (const piece of text.match(/[^.؟!\n]+[.؟!]*/g) ?? []) {
      const sentence = piece.trim().replace(/\s+/g, ' ');
      // Fragments such as "تابعونا عبر فيسبوك" are page furniture, not sentences.
      if (sentence.split(' ').length >= 4) sentences.push(sentence);
    }
  }
  cached = sentences;
  return sentences;
}

/**
 * Normalised article text of about `targetBytes` bytes of UTF-8 (never more): a title line, then
 * paragraphs of 1–4 shuffled sentences, one paragraph per line as the reader shows them.
 * (Sizes are decimal: 1 MB = 1,000,000 bytes.)
 */
export function articleText(targetBytes, seed) {
  const random = seededRandom(seed);
  const sentences = corpusSentences();
  let deck = [];
  const draw = () => {
    if (deck.length === 0) deck = random.shuffle(sentences);
    return deck.pop();
  };
  const title = `مقال اختبار الأداء ${Math.round(targetBytes / 1000)} كيلوبايت: ${draw().split(' ').slice(0, 8).join(' ')}`;
  const lines = [title];
  let bytes = Buffer.byteLength(title, 'utf8');
  for (;;) {
    const count = random.int(1, 4);
    const paragraph = Array.from({ length: count }, draw).join(' ');
    const cost = Buffer.byteLength(paragraph, 'utf8') + 1; // + the '\n' before it
    if (bytes + cost > targetBytes) {
      // A last, shorter paragraph cut at a word end brings the size to the target within a word.
      const words = [];
      let size = bytes + 1;
      for (const word of paragraph.split(' ')) {
        const more = Buffer.byteLength(word, 'utf8') + (words.length > 0 ? 1 : 0);
        if (size + more > targetBytes) break;
        words.push(word);
        size += more;
      }
      if (words.length > 0) lines.push(words.join(' '));
      break;
    }
    lines.push(paragraph);
    bytes += cost;
  }
  return lines.join('\n');
}

/** The app's article id: SHA-256 of the normalised text, in hex. */
export const articleId = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** An article ready to seed: its records as the app stores them, and its annotations. */
export function benchArticle({ key, label, bytes, annotations: annotationCount, seed }) {
  const text = articleText(bytes, seed);
  const id = articleId(text);
  const now = Date.UTC(2025, 0, 1) + seed;
  const record = {
    id,
    title: text.slice(0, text.indexOf('\n')),
    fileName: `bench-${key}.txt`,
    sourceKey: `bench/bench-${key}.txt`,
    encoding: 'utf-8',
    length: text.length,
    detectedDirection: 'rtl',
    directionOverride: null,
    previousVersionId: null,
    importedAt: now,
    createdAt: now,
    updatedAt: now,
    author: 'bench',
  };
  return {
    key,
    label,
    nominalBytes: bytes,
    bytes: Buffer.byteLength(text, 'utf8'),
    lines: text.split('\n').length,
    record,
    text,
    annotations: generateAnnotations(text, id, annotationCount, seed + 1),
  };
}

/**
 * The articles the open, tagging and heap figures are measured on (scrolling: the 1 MB one), up
 * to the import limit (20 MiB, src/shared/text/decode.ts): the cost of opening should follow the
 * text, the cost of a tag should not.
 */
export const BENCH_ARTICLES = [
  { key: '50k', label: '50 KB / 500', bytes: 50_000, annotations: 500, seed: 50 },
  { key: '200k', label: '200 KB / 2,000', bytes: 200_000, annotations: 2_000, seed: 200 },
  { key: '1m', label: '1 MB / 5,000', bytes: 1_000_000, annotations: 5_000, seed: 1000 },
  { key: '5m', label: '5 MB / 10,000', bytes: 5_000_000, annotations: 10_000, seed: 5000 },
  { key: '19m', label: '19 MB / 20,000', bytes: 19_000_000, annotations: 20_000, seed: 19000 },
];

/** "50 KB / 500" for "50k". */
export const sizeLabel = (key) => BENCH_ARTICLES.find((a) => a.key === key)?.label ?? key;
