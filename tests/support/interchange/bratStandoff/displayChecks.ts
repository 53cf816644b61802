/**
 * What goes wrong only when brat lays a document out, after every line has parsed:
 *
 * - brat's server merges the sentences a span crosses (document.py) and fails with an IndexError
 *   on a span that crosses the end of the last sentence, which ends at the text's last
 *   non-whitespace character: a span reaching into the whitespace that ends the text;
 * - brat's client groups the whitespace-separated tokens a span joins into one "chunk", and
 *   warns ("The fragment … is not contained in its designated chunk … starting or ending with a
 *   space") about a fragment that starts in the whitespace before its chunk's first token. It
 *   splits fragments at `\n` and `\r` first, so a fragment that starts after a line break counts
 *   from there.
 *
 * Both are worked out in code points, the unit of brat's offsets, with brat's default
 * whitespace tokens (tools.conf `Tokens tokenizer:whitespace`) and its newline sentence splitter,
 * which Isnad's tools.conf chooses (brat's default regex splitter also makes empty sentences at
 * line breaks, so for a collection without that choice the first check is an approximation).
 *
 * brat's client itself indexes the text in UTF-16 units, so it draws spans after an emoji one
 * place off (nlplab/brat#1115): a fault of brat's display that no export can avoid.
 */
import { isPythonSpace, pythonTokens } from './pythonText';

export interface LaidOutSpan {
  id: string;
  fragments: readonly (readonly [number, number])[];
}

/** Where the text's last sentence ends for brat: after its last character that is not Python whitespace. */
function lastSentenceEnd(codePoints: readonly string[]): number {
  let end = codePoints.length;
  while (end > 0 && isPythonSpace(codePoints[end - 1]!)) end--;
  return end;
}

export function displayComplaints(name: string, codePoints: readonly string[], spans: readonly LaidOutSpan[]): string[] {
  const complaints: string[] = [];
  const end = lastSentenceEnd(codePoints);
  for (const span of spans) {
    if (span.fragments.some(([s, e]) => s < end && e > end))
      complaints.push(`${name}: ${span.id} reaches into the whitespace that ends the text (brat fails to open the document: IndexError in its sentence merging)`);
  }
  // The client's fragments: each split at \n and \r, empty pieces dropped; sorted by start, then end.
  const fragments = spans
    .flatMap((span) =>
      span.fragments.flatMap(([s, e]) => {
        const pieces: { id: string; from: number; to: number }[] = [];
        let from = -1;
        for (let i = s; i < e; i++) {
          const breaks = codePoints[i] === '\n' || codePoints[i] === '\r';
          if (breaks && from >= 0) pieces.push({ id: span.id, from, to: i });
          if (breaks) from = -1;
          else if (from < 0) from = i;
        }
        if (from >= 0) pieces.push({ id: span.id, from, to: e });
        return pieces;
      }),
    )
    .sort((a, b) => a.from - b.from || a.to - b.to);
  // Chunks: runs of tokens, a token joining the next when its end falls strictly inside a fragment.
  const chunks: { from: number; to: number }[] = [];
  let chunkStart: number | null = null;
  for (const [from, to] of pythonTokens(codePoints)) {
    chunkStart ??= from;
    if (fragments.some((f) => f.from < to && to < f.to)) continue;
    chunks.push({ from: chunkStart, to });
    chunkStart = null;
  }
  let chunk = 0;
  for (const f of fragments) {
    while (chunk < chunks.length && f.to > chunks[chunk]!.to) chunk++;
    if (chunk === chunks.length) {
      complaints.push(`${name}: ${f.id} fragment ${f.from}-${f.to} lies past the text's last word (brat's client cannot place it)`);
      break;
    }
    if (f.from < chunks[chunk]!.from) complaints.push(`${name}: ${f.id} fragment ${f.from}-${f.to} starts with whitespace (brat's client warns it cannot draw it and drops the leading space)`);
  }
  return complaints;
}
