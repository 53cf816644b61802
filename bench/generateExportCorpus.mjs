/**
 * The corpus the export bench reports on: 100 news-sized articles (3–10 KB, as the five samples
 * are) made of the sample corpus's sentences, each one different (its own shuffle and number), with
 * 50 annotations each. What a report costs depends on what it has to write out, so the rows carry
 * what an analyst's would: nested and overlapping spans in several tags, five claims with linked
 * claimants, every status and some confidences, and five rich-text notes (Lexical JSON).
 */
import { articleId, articleText, corpusSentences } from './generateArticles.mjs';
import { generateAnnotations } from './generateAnnotations.mjs';
import { seededRandom } from './random.mjs';

// ISNAD_EXPORT_ARTICLES changes the article count, to see how cost grows (the budget is for 100).
export const EXPORT_CORPUS = { articles: Number(process.env.ISNAD_EXPORT_ARTICLES ?? 100), annotations: 50, claims: 5, notes: 5 };

const STATUSES = ['unverified', 'supported', 'disputed', 'false', 'unverifiable'];

// Lexical's serialized nodes, as the app's note editor writes them (format: 1 bold, 2 italic).
const textNode = (text, format = 0) => ({ detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 });
const block = (type, children, extra = {}) => ({ children, direction: 'rtl', format: '', indent: 0, type, version: 1, ...extra });
const paragraph = (children) => block('paragraph', children, { textFormat: 0, textStyle: '' });

/** A note of one to three paragraphs, with bold and italic runs, sometimes a list or a link. */
function lexicalNote(random, sentences) {
  const sentence = () => random.pick(sentences);
  const children = [paragraph([textNode('ملاحظة: ', 1), textNode(sentence()), textNode(` ${sentence().split(' ').slice(0, 5).join(' ')}`, 2)])];
  if (random.next() < 0.5) children.push(paragraph([textNode(sentence())]));
  if (random.next() < 0.4) {
    const items = Array.from({ length: random.int(2, 3) }, (_, i) => block('listitem', [textNode(sentence().split(' ').slice(0, 7).join(' '))], { value: i + 1 }));
    children.push(block('list', items, { listType: 'bullet', start: 1, tag: 'ul' }));
  }
  if (random.next() < 0.3) {
    const link = block('link', [textNode('المصدر')], { rel: 'noreferrer', target: null, title: null, url: 'https://example.org/news/item' });
    children.push(paragraph([textNode('انظر '), link]));
  }
  return JSON.stringify({ root: block('root', children) });
}

/** Exactly `claims` claims, whatever the generator's dice gave, with every status in turn. */
function settleClaims(rows, random, claims) {
  const claimants = new Set(rows.map((r) => r.claim?.claimantAnnotationId).filter(Boolean));
  let claimRows = rows.filter((r) => r.tagId === 'claim');
  // Extra claims become quotes (a claim's span is a quotation in the reader's terms).
  for (const row of claimRows.slice(claims)) Object.assign(row, { tagId: 'quote', claim: null });
  claimRows = claimRows.slice(0, claims);
  // Too few: quotes, then any span nobody names as claimant, become claims with a free-text claimant.
  const spare = [...rows.filter((r) => r.tagId === 'quote'), ...rows.filter((r) => r.tagId !== 'quote' && r.tagId !== 'claim' && !claimants.has(r.id))];
  while (claimRows.length < claims && spare.length > 0) {
    const row = spare.shift();
    Object.assign(row, { tagId: 'claim', claim: { claimantAnnotationId: null, claimantText: 'مصادر مطلعة', attribution: 'according-to', status: 'unverified', confidence: null } });
    claimRows.push(row);
  }
  claimRows.forEach((row, i) => {
    row.claim.status = STATUSES[i % STATUSES.length];
    row.claim.confidence = random.next() < 0.6 ? random.int(2, 19) * 5 : null;
  });
  return claimRows;
}

/** `spec` sets the size (the bundle bench asks for 2,000 × 20); the default is the report bench's 100 × 50. */
export function exportCorpus(spec = EXPORT_CORPUS) {
  const sentences = corpusSentences();
  const random = seededRandom(7100);
  const articles = [];
  for (let i = 0; i < spec.articles; i++) {
    const seed = 7200 + i;
    // articleText's title names the bench; a news-like one with the number makes every text (so id) unique.
    const text = articleText(random.int(3_000, 10_000), seed).replace(/^[^:\n]*:/, `خبر رقم ${i + 1}:`);
    const id = articleId(text);
    const importedAt = Date.UTC(2025, 1, 1) + i * 60_000; // library (and report) order
    const record = {
      id,
      title: text.slice(0, text.indexOf('\n')),
      fileName: `news-${String(i + 1).padStart(3, '0')}.txt`,
      sourceKey: `bench-export/news-${String(i + 1).padStart(3, '0')}.txt`,
      encoding: 'utf-8',
      length: text.length,
      detectedDirection: 'rtl',
      directionOverride: null,
      previousVersionId: null,
      importedAt,
      createdAt: importedAt,
      updatedAt: importedAt,
      author: 'bench',
    };
    const annotations = generateAnnotations(text, id, spec.annotations, seed + 10_000);
    const claims = settleClaims(annotations, random, spec.claims);
    // Notes on two claims and on three other spans spread over the article.
    const others = annotations.filter((r) => r.tagId !== 'claim');
    const noted = [...claims.slice(0, 2), ...[0.2, 0.5, 0.8].map((at) => others[Math.floor(at * others.length)])];
    for (const row of noted.slice(0, spec.notes)) row.note = lexicalNote(random, sentences);
    articles.push({ record, text, bytes: Buffer.byteLength(text, 'utf8'), annotations });
  }
  if (new Set(articles.map((a) => a.record.id)).size !== articles.length) throw new Error('export corpus: two articles have the same text');
  return articles;
}

/** What results.json says about the corpus, so a figure can be read against what was exported. */
export function describeCorpus(articles) {
  const bytes = articles.map((a) => a.bytes);
  const rows = articles.flatMap((a) => a.annotations);
  return {
    articles: articles.length,
    bytes: bytes.reduce((s, b) => s + b, 0),
    minBytes: Math.min(...bytes),
    maxBytes: Math.max(...bytes),
    annotations: rows.length,
    claims: rows.filter((r) => r.claim).length,
    linkedClaimants: rows.filter((r) => r.claim?.claimantAnnotationId).length,
    notes: rows.filter((r) => r.note).length,
  };
}
