import { afterMarks, foldArabic, foldArabicWithMap } from '../../arabic/normalize';

/**
 * Where an imported annotation goes in the text it names. Its offsets are trusted only while the
 * text there is still its quote; otherwise it is placed again by its quote (as it is, or else
 * with both folded by the normaliser) and the context around it, and when that is not certain it
 * is orphaned — listed for the analyst, never silently moved to a lookalike passage. (Approximate matching of a changed quote is issue 14's re-anchoring.)
 */
export type Placement = { kind: 'exact'; start: number; end: number } | { kind: 're-placed'; start: number; end: number } | { kind: 'orphaned'; reason: 'quote-not-found' | 'ambiguous' };

interface Anchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** How many characters of `context` agree with the text next to a match (prefix read backwards, suffix forwards). */
function agreement(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let score = 0;
  for (let i = 1; i <= prefix.length && start - i >= 0 && text[start - i] === prefix[prefix.length - i]; i++) score++;
  for (let i = 0; i < suffix.length && end + i < text.length && text[end + i] === suffix[i]; i++) score++;
  return score;
}

/**
 * Where `quote` occurs in `text`, each with how well its context agrees; the one the context
 * clearly picks out, or why there is none.
 */
function choose(text: string, quote: string, prefix: string, suffix: string): { start: number; end: number } | 'quote-not-found' | 'ambiguous' {
  const found: { start: number; score: number }[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push({ start: at, score: agreement(text, at, at + quote.length, prefix, suffix) });
  if (found.length === 0) return 'quote-not-found';
  if (found.length === 1) return { start: found[0]!.start, end: found[0]!.start + quote.length };
  // Several places: only the one its context clearly picks out; a tie is not a choice.
  found.sort((a, b) => b.score - a.score);
  const [best, second] = [found[0]!, found[1]!];
  if (best.score === 0 || best.score === second.score) return 'ambiguous';
  return { start: best.start, end: best.start + quote.length };
}

/**
 * The quote found once both are folded (normalize.ts): the other tool kept or dropped tashkeel
 * or tatweel, or wrote أ as ا. The span is mapped back to the text, the last letter's tashkeel
 * included.
 */
function chooseFolded(text: string, anchor: Anchor): Placement {
  const quote = foldArabic(anchor.exact);
  if (!quote.trim()) return { kind: 'orphaned', reason: 'quote-not-found' };
  const folded = foldArabicWithMap(text);
  const chosen = choose(folded.text, quote, foldArabic(anchor.prefix), foldArabic(anchor.suffix));
  if (typeof chosen === 'string') return { kind: 'orphaned', reason: chosen };
  const start = folded.map[chosen.start]!;
  return { kind: 're-placed', start, end: afterMarks(text, folded.map[chosen.end - 1]! + 1) };
}

export function placeAnnotation(text: string, anchor: Anchor): Placement {
  const { start, end, exact } = anchor;
  if (start >= 0 && end <= text.length && end > start && text.slice(start, end) === exact) return { kind: 'exact', start, end };
  if (!exact) return { kind: 'orphaned', reason: 'quote-not-found' };
  const chosen = choose(text, exact, anchor.prefix, anchor.suffix);
  if (chosen === 'quote-not-found') return chooseFolded(text, anchor);
  if (chosen === 'ambiguous') return { kind: 'orphaned', reason: chosen };
  return { kind: 're-placed', ...chosen };
}
