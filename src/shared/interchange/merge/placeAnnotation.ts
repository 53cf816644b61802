/**
 * Where an imported annotation goes in the text it names. Its offsets are trusted only while the
 * text there is still its quote; otherwise it is placed again by its quote and the context around
 * it, and when that is not certain it is orphaned — listed for the analyst, never silently moved to
 * a lookalike passage. (Approximate matching of a changed quote is issue 14's re-anchoring.)
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

export function placeAnnotation(text: string, anchor: Anchor): Placement {
  const { start, end, exact } = anchor;
  if (start >= 0 && end <= text.length && end > start && text.slice(start, end) === exact) return { kind: 'exact', start, end };
  if (!exact) return { kind: 'orphaned', reason: 'quote-not-found' };
  const found: { start: number; score: number }[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push({ start: at, score: agreement(text, at, at + exact.length, anchor.prefix, anchor.suffix) });
  if (found.length === 0) return { kind: 'orphaned', reason: 'quote-not-found' };
  if (found.length === 1) return { kind: 're-placed', start: found[0]!.start, end: found[0]!.start + exact.length };
  // Several places: only the one its context clearly picks out; a tie is not a choice.
  found.sort((a, b) => b.score - a.score);
  const [best, second] = [found[0]!, found[1]!];
  if (best.score === 0 || best.score === second.score) return { kind: 'orphaned', reason: 'ambiguous' };
  return { kind: 're-placed', start: best.start, end: best.start + exact.length };
}
