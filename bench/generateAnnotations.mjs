/**
 * Annotation rows for a bench article, shaped as the app stores them (AnnotationRecord): spans on
 * word boundaries spread over the whole text, in a mix of tags, with nested and overlapping spans
 * and claims (which name a nearby Person/Organisation as claimant), because painting cost depends
 * on how many ranges there are and how they stack, not only on their number.
 */
import { seededRandom } from './random.mjs';

const ENTITY_TAGS = ['person', 'organisation', 'place', 'datetime', 'figure', 'event'];
const CONTEXT_LENGTH = 32; // src/shared/annotation/snapSpan.ts

/** Words of each line as [start, end) offsets (UTF-16) into the whole text. */
function wordsByLine(text) {
  const lines = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const words = [];
    // A word is a run of letters, digits and combining marks; punctuation stays outside spans.
    for (const match of line.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) words.push([lineStart + match.index, lineStart + match.index + match[0].length]);
    if (words.length > 0) lines.push(words);
    lineStart += line.length + 1;
  }
  return lines;
}

export function generateAnnotations(text, articleId, count, seed) {
  const random = seededRandom(seed);
  const lines = wordsByLine(text).slice(1); // not the title line
  const now = Date.UTC(2025, 0, 2);
  const rows = [];
  const claimants = [];

  const row = (tagId, start, end) => {
    const record = {
      id: `bench-${random.hex(24)}`,
      articleId,
      tagId,
      start,
      end,
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
      note: null,
      claim: null,
      createdAt: now + rows.length,
      updatedAt: now + rows.length,
      author: 'bench',
    };
    if (tagId === 'claim') {
      const claimant = claimants.length > 0 && random.next() < 0.7 ? claimants[claimants.length - 1] : null;
      record.claim = {
        claimantAnnotationId: claimant,
        claimantText: claimant ? '' : 'مصادر مطلعة',
        attribution: random.pick(['said', 'reported', 'according-to', 'unattributed']),
        status: 'unverified',
        confidence: null,
      };
    }
    if (tagId === 'person' || tagId === 'organisation') claimants.push(record.id);
    rows.push(record);
    return record;
  };

  /** A span of `length` words of one line, starting at word `first` (clamped to the line). */
  const wordSpan = (words, first, length) => {
    const from = Math.min(first, words.length - 1);
    const to = Math.min(words.length - 1, from + length - 1);
    return [words[from][0], words[to][1]];
  };

  while (rows.length < count) {
    // Spread evenly: the i-th group lands at the same relative place in the text for any size.
    const words = lines[Math.floor((rows.length / count) * lines.length + random.next()) % lines.length];
    const first = random.int(0, words.length - 1);
    const kind = random.next();
    if (kind < 0.55) {
      row(random.pick(ENTITY_TAGS), ...wordSpan(words, first, random.int(1, 3)));
    } else if (kind < 0.7) {
      row('quote', ...wordSpan(words, first, random.int(4, 12)));
    } else if (kind < 0.85 && rows.length + 2 <= count) {
      // A claim with a Person or Organisation nested inside it (the claimant named in the claim).
      const [start, end] = wordSpan(words, Math.max(0, first - 6), random.int(6, 16));
      const inner = words.filter(([s, e]) => s >= start && e <= end);
      const pick = inner[random.int(0, inner.length - 1)];
      row(random.pick(['person', 'organisation']), pick[0], pick[1]);
      row('claim', start, end);
    } else if (rows.length + 2 <= count) {
      // Two spans that overlap without nesting: an event running into a place or date.
      const [aStart, aEnd] = wordSpan(words, first, random.int(2, 4));
      const inside = words.findIndex(([s]) => s > aStart && s < aEnd);
      const [bStart, bEnd] = inside >= 0 ? wordSpan(words, inside, random.int(3, 5)) : wordSpan(words, first, 1);
      row('event', aStart, aEnd);
      row(random.pick(['place', 'datetime']), bStart, bEnd);
    } else {
      row(random.pick(ENTITY_TAGS), ...wordSpan(words, first, 1));
    }
  }
  return rows;
}
