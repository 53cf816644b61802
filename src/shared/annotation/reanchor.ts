import search from 'approx-string-match';
import { afterMarks, foldArabic, foldArabicWithMap, type FoldedText } from '../arabic/normalize';

/**
 * Where an annotation made on one text goes in another (issue 14, re-anchoring): a new version of
 * its article, or a text another tool annotated. Four steps, each tried only when the one before
 * fails:
 *
 * 1. its old offsets, while the text there is still its quote ('exact');
 * 2. its quote found as it is (or with tashkeel, tatweel and alef forms folded) elsewhere, picked
 *    out by the context around it ('moved', or 'approximate' when only the folded forms agree);
 * 3. an approximate match of the quote (`approx-string-match`, Myers' bit-parallel matcher, the one
 *    the Hypothesis client uses), scored on the quote's errors and the context's agreement
 *    ('approximate');
 * 4. otherwise it is orphaned: kept and listed for the analyst, never attached to a lookalike.
 *
 * Confidence is asked of the context, not of the position: a short name occurs many times in an
 * article, and after a paragraph moves or a sentence is inserted the occurrence nearest the old
 * offset is often the wrong one. The old offsets count only in step 1 (where half the context must
 * still agree); two places whose contexts agree equally well are ambiguous, and orphaned.
 */
export interface Anchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type OrphanReason = 'quote-not-found' | 'ambiguous' | 'low-confidence';

export type Reanchored =
  | { kind: 'exact'; start: number; end: number }
  | { kind: 'moved'; start: number; end: number }
  | { kind: 'approximate'; start: number; end: number; score: number }
  | { kind: 'orphaned'; reason: OrphanReason };

/** A quote this long (folded) that occurs once is its own proof; shorter ones need their context. */
const DISTINCTIVE_QUOTE = 24;
/** Context similarity (0–1) that supports a place for a quote; short quotes need more (SHORT_QUOTE). */
const MIN_CONTEXT = 0.5;
const SHORT_QUOTE = 12;
const MIN_CONTEXT_SHORT = 0.75;
/** Two places whose context similarities differ by less than this are a tie. */
const TIE = 0.05;
/** The approximate step: errors allowed in the quote, the least quote similarity and overall score. */
const MAX_QUOTE_ERRORS = 0.3;
const MIN_QUOTE_SIMILARITY = 0.7;
const MIN_SCORE = 0.75;
/** Below this the matcher finds a 1-error match almost anywhere: short quotes are matched exactly or not at all. */
const MIN_APPROXIMATE_QUOTE = 6;
/** Without any context, only a long, nearly intact quote is matched approximately. */
const MIN_BARE_QUOTE = 16;
const MIN_BARE_SIMILARITY = 0.85;
/** The best approximate place must beat the next (a different place) by this much. */
const MIN_MARGIN = 0.08;
/** Weights of quote and context in the approximate score. */
const QUOTE_WEIGHT = 0.55;

/**
 * Edit distance between `pattern` and the text read from `text[0]` onwards for any length (text
 * characters skipped at the start count, later ones not): how well a context agrees with the text
 * beside a match, words inserted or changed next to it costing what they change.
 */
function anchoredDistance(pattern: string, text: string): number {
  const m = pattern.length;
  const n = text.length;
  let previous = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    const current = new Array<number>(n + 1);
    current[0] = i;
    for (let j = 1; j <= n; j++) {
      const substitution = previous[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    previous = current;
  }
  return Math.min(...previous);
}

const reversed = (s: string) => [...s].reverse().join('');

/**
 * How well `prefix` and `suffix` agree with the text before `start` and after `end` (0–1, weighted
 * by their lengths), or null when there is no context to compare. A context cut short by the start
 * or end of the text agrees there only if the place is as near that edge.
 */
export function contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string): number | null {
  const total = prefix.length + suffix.length;
  if (total === 0) return null;
  const slack = 16;
  const before = reversed(text.slice(Math.max(0, start - prefix.length - slack), start));
  const after = text.slice(end, end + suffix.length + slack);
  const prefixErrors = prefix ? anchoredDistance(reversed(prefix), before) : 0;
  const suffixErrors = suffix ? anchoredDistance(suffix, after) : 0;
  return 1 - (prefixErrors + suffixErrors) / total;
}

interface Candidate {
  /** Folded offsets. */
  start: number;
  end: number;
  context: number | null;
  quote: number;
  score: number;
}

interface Folded {
  text: FoldedText;
  quote: string;
  prefix: string;
  suffix: string;
}

function needed(quoteLength: number): number {
  return quoteLength < SHORT_QUOTE ? MIN_CONTEXT_SHORT : MIN_CONTEXT;
}

/** The original span of folded [start, end): the last letter's tashkeel included, edge spaces not. */
function toOriginal(text: string, folded: FoldedText, start: number, end: number): { start: number; end: number } {
  let from = folded.map[start]!;
  let to = afterMarks(text, folded.map[end - 1]! + 1);
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/**
 * Of candidates scored by `key`, the one that wins clearly, or 'ambiguous'. Nearness to the old
 * offset does not break a tie: a sentence copied next to its original ties with it on context, and
 * the copy is as often the nearer one (tried: it misplaced a name on an inserted duplicate sentence).
 */
function clearWinner(candidates: Candidate[], key: (c: Candidate) => number, margin: number): Candidate | 'ambiguous' {
  const sorted = [...candidates].sort((a, b) => key(b) - key(a));
  const [best, second] = [sorted[0]!, sorted[1]];
  return second && key(best) - key(second) < margin ? 'ambiguous' : best;
}

/** Step 2: the quote, folded, where it occurs whole. */
function exactOccurrences(folded: Folded): Candidate[] {
  const found: Candidate[] = [];
  const { quote } = folded;
  for (let at = folded.text.text.indexOf(quote); at !== -1; at = folded.text.text.indexOf(quote, at + 1)) {
    const context = contextSimilarity(folded.text.text, at, at + quote.length, folded.prefix, folded.suffix);
    found.push({ start: at, end: at + quote.length, context, quote: 1, score: context ?? 1 });
  }
  return found;
}

function chooseExact(candidates: Candidate[], quoteLength: number): Candidate | 'ambiguous' | 'unsupported' {
  if (candidates[0]!.context === null) return candidates.length === 1 ? candidates[0]! : 'ambiguous';
  if (candidates.length === 1 && quoteLength >= DISTINCTIVE_QUOTE) return candidates[0]!;
  const supported = candidates.filter((c) => c.context! >= needed(quoteLength));
  if (supported.length === 0) return 'unsupported';
  return clearWinner(supported, (c) => c.context!, TIE);
}

/** Step 3: approximate matches of the quote, one per place (overlapping matches are one place). */
function approximateCandidates(folded: Folded): Candidate[] {
  const { quote } = folded;
  const maxErrors = Math.min(256, Math.floor(quote.length * MAX_QUOTE_ERRORS));
  const matches = search(folded.text.text, quote, maxErrors).sort((a, b) => a.errors - b.errors || a.start - b.start);
  const places: Candidate[] = [];
  for (const match of matches) {
    if (match.end <= match.start) continue;
    if (places.some((p) => match.start < p.end && p.start < match.end)) continue;
    const quoteSimilarity = 1 - match.errors / quote.length;
    const context = contextSimilarity(folded.text.text, match.start, match.end, folded.prefix, folded.suffix);
    const score = context === null ? quoteSimilarity : QUOTE_WEIGHT * quoteSimilarity + (1 - QUOTE_WEIGHT) * context;
    places.push({ start: match.start, end: match.end, context, quote: quoteSimilarity, score });
  }
  return places;
}

function confident(c: Candidate, quoteLength: number): boolean {
  if (c.context === null) return quoteLength >= MIN_BARE_QUOTE && c.quote >= MIN_BARE_SIMILARITY;
  return c.quote >= MIN_QUOTE_SIMILARITY && c.context >= needed(quoteLength) && c.score >= MIN_SCORE;
}

/** A span where the same tag already sits on the same text: another annotation's passage, never this one's. */
export type Occupied = (start: number, end: number) => boolean;

/** The old offsets, while the text there is still the quote and its context does not deny it. */
function stillInPlace(text: string, anchor: Anchor, quoteLength: number): boolean {
  const { start, end, exact } = anchor;
  if (!(start >= 0 && end <= text.length && end > start && text.slice(start, end) === exact)) return false;
  if (quoteLength >= DISTINCTIVE_QUOTE) return true;
  // A short quote at its old offsets may be a lookalike the edit shifted there (a name two lines on),
  // but the offsets are evidence too: half the context suffices here, where elsewhere a short quote
  // needs three quarters (a sentence inserted next to a name changes half its context).
  const context = contextSimilarity(text, start, end, anchor.prefix, anchor.suffix);
  return context === null || context >= MIN_CONTEXT;
}

export function reanchor(text: string, anchor: Anchor, occupied: Occupied = () => false, foldedText?: FoldedText): Reanchored {
  const { start, end, exact } = anchor;
  const quote = foldArabic(exact);
  if (stillInPlace(text, anchor, quote.length)) return { kind: 'exact', start, end };
  if (!quote.trim()) return { kind: 'orphaned', reason: 'quote-not-found' };
  const folded: Folded = { text: foldedText ?? foldArabicWithMap(text), quote, prefix: foldArabic(anchor.prefix), suffix: foldArabic(anchor.suffix) };
  const free = (c: Candidate) => {
    const span = toOriginal(text, folded.text, c.start, c.end);
    return !occupied(span.start, span.end);
  };

  const occurrences = exactOccurrences(folded).filter(free);
  if (occurrences.length > 0) {
    const chosen = chooseExact(occurrences, quote.length);
    if (chosen === 'ambiguous') return { kind: 'orphaned', reason: 'ambiguous' };
    if (chosen !== 'unsupported') {
      const span = toOriginal(text, folded.text, chosen.start, chosen.end);
      if (text.slice(span.start, span.end) === exact) return { kind: 'moved', ...span };
      return { kind: 'approximate', ...span, score: chosen.score };
    }
  }

  if (quote.length < MIN_APPROXIMATE_QUOTE) return { kind: 'orphaned', reason: occurrences.length > 0 ? 'low-confidence' : 'quote-not-found' };
  const places = approximateCandidates(folded).filter(free);
  if (places.length === 0) return { kind: 'orphaned', reason: 'quote-not-found' };
  const sure = places.filter((c) => confident(c, quote.length));
  if (sure.length === 0) return { kind: 'orphaned', reason: 'low-confidence' };
  // A lookalike that is nearly as good is a reason to doubt the best, even if it is not confident itself.
  const best = clearWinner(places, (c) => c.score, MIN_MARGIN);
  if (best === 'ambiguous' || !sure.includes(best)) return { kind: 'orphaned', reason: 'ambiguous' };
  const span = toOriginal(text, folded.text, best.start, best.end);
  if (span.end <= span.start) return { kind: 'orphaned', reason: 'low-confidence' };
  return { kind: 'approximate', ...span, score: Math.round(best.score * 1000) / 1000 };
}

/** An annotation to re-anchor with others of its article; `group` is its tag. */
export interface GroupedAnchor extends Anchor {
  group: string;
}

const spanKey = (group: string, start: number, end: number) => `${group}|${start}|${end}`;

/**
 * All annotations of one text at once. Those still in place are placed first; the others may not
 * land where the same tag already sits (a duplicated caption's twin keeps its own tag, and the one
 * that moved is looked for elsewhere). Two that would land on one span with one tag are both
 * orphaned: at least one of them is on a lookalike, and nothing says which.
 */
export function reanchorAll(text: string, anchors: readonly GroupedAnchor[]): Reanchored[] {
  const results: (Reanchored | null)[] = anchors.map((a) => (stillInPlace(text, a, foldArabic(a.exact).length) ? { kind: 'exact', start: a.start, end: a.end } : null));
  const taken = new Set(anchors.flatMap((a, i) => (results[i] ? [spanKey(a.group, a.start, a.end)] : [])));
  let foldedText: FoldedText | undefined;
  anchors.forEach((a, i) => {
    if (results[i]) return;
    foldedText ??= foldArabicWithMap(text);
    results[i] = reanchor(text, a, (start, end) => taken.has(spanKey(a.group, start, end)), foldedText);
  });
  const landed = new Map<string, number[]>();
  results.forEach((r, i) => {
    if (r!.kind === 'moved' || r!.kind === 'approximate') landed.set(spanKey(anchors[i]!.group, r!.start, r!.end), [...(landed.get(spanKey(anchors[i]!.group, r!.start, r!.end)) ?? []), i]);
  });
  for (const indexes of landed.values()) if (indexes.length > 1) for (const i of indexes) results[i] = { kind: 'orphaned', reason: 'ambiguous' };
  return results as Reanchored[];
}
