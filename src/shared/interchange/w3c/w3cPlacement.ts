/**
 * Where an imported annotation's span lies in Isnad's text: from its TextPositionSelector (code
 * points of the text as the file has it, converted to UTF-16 units of the normalised text), checked
 * against its TextQuoteSelector. A span is never silently moved: when the two disagree the offsets
 * stay as given and the quote is kept in `exact`/`prefix`/`suffix`, so the merge (which compares
 * `exact` with the text at the offsets) re-places it by quote and context or lists it as orphaned.
 */
import { quoteOf } from '../../annotation/snapSpan';
import { OffsetMap } from '../codePoints';
import { normalizeWithOffsets } from '../normalizedOffsets';
import { normalizeArticleText } from '../../text/normalizeText';
import { hasType, isObject, listOf, type FileReader, type JsonObject } from './w3cJson';

/** An article's text as the file gives it, normalised, with the map from the file's code points to Isnad's offsets. */
export interface PlacedText {
  text: string;
  /** Code points in the file's form of the text. */
  codePoints: number;
  /** The normalised UTF-16 offset of a code-point offset of the file's form. */
  fromCodePoints(cp: number): number;
}

export function placedText(raw: string): PlacedText {
  const normalized = normalizeWithOffsets(raw);
  const map = new OffsetMap(raw);
  return { text: normalized.text, codePoints: map.codePoints, fromCodePoints: (cp) => normalized.fromRaw(map.toUnits(cp)) };
}

export interface Span {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Whether `part` ends at `offset` of `text` (without copying the text before it). */
const endsAt = (text: string, part: string, offset: number) => offset >= part.length && text.startsWith(part, offset - part.length);

/** The occurrence of the quote whose context agrees best (both sides, then one), else the first; null when absent. */
function findQuote(text: string, quote: Quote): number | null {
  if (quote.exact === '') return null;
  let best: { at: number; score: number } | null = null;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const before = endsAt(text, quote.prefix, at) ? 1 : 0;
    const after = text.startsWith(quote.suffix, at + quote.exact.length) ? 1 : 0;
    const score = before + after;
    if (!best || score > best.score) best = { at, score };
    if (score === 2) break;
  }
  return best?.at ?? null;
}

/**
 * The span a target's selectors describe in `article`. `where` names the annotation in messages.
 * Refuses (ImportError) a position that is not whole numbers in order, one past the end of the
 * text, and a target with neither selector.
 */
export function placeSpan(reader: FileReader, selectors: unknown, article: PlacedText, where: string): Span {
  const all = listOf(selectors).filter(isObject);
  const positionNode = all.find((s) => hasType(s, 'TextPositionSelector'));
  const quoteNode = all.find((s) => hasType(s, 'TextQuoteSelector'));
  const text = article.text;

  let quote: Quote | null = null;
  if (quoteNode) {
    const exact = reader.string(quoteNode, 'exact', `${where}'s TextQuoteSelector`);
    const prefix = reader.optionalString(quoteNode, 'prefix', `${where}'s TextQuoteSelector`) ?? '';
    const suffix = reader.optionalString(quoteNode, 'suffix', `${where}'s TextQuoteSelector`) ?? '';
    // The quote of a text with CRLF line ends, as the text itself is compared: normalised.
    quote = { exact: normalizeArticleText(exact), prefix: normalizeArticleText(prefix), suffix: normalizeArticleText(suffix) };
  }

  if (positionNode) {
    const label = `${where}'s TextPositionSelector`;
    const startCp = reader.count(positionNode, 'start', label);
    const endCp = reader.count(positionNode, 'end', label);
    if (startCp > endCp) reader.refuse(label, `starts after it ends (${startCp} > ${endCp})`);
    if (endCp > article.codePoints) reader.refuse(label, `ends at character ${endCp}, past the end of its text (${article.codePoints} characters)`);
    const start = article.fromCodePoints(startCp);
    const end = article.fromCodePoints(endCp);
    const atOffsets = text.slice(start, end);
    if (quote && quote.exact !== atOffsets) return { start, end, ...quote };
    const context = quoteOf(text, { start, end });
    const prefixFits = quote !== null && endsAt(text, quote.prefix, start);
    const suffixFits = quote !== null && text.startsWith(quote.suffix, end);
    return { start, end, exact: atOffsets, prefix: prefixFits ? quote!.prefix : context.prefix, suffix: suffixFits ? quote!.suffix : context.suffix };
  }

  if (quote) {
    const at = findQuote(text, quote);
    // Not in the text: no offsets to keep, so the span starts at 0 with its quote; the merge re-places or lists it.
    if (at === null) return { start: 0, end: 0, ...quote };
    const start = at;
    const end = at + quote.exact.length;
    const context = quoteOf(text, { start, end });
    const prefix = endsAt(text, quote.prefix, start) ? quote.prefix : context.prefix;
    const suffix = text.startsWith(quote.suffix, end) ? quote.suffix : context.suffix;
    return { start, end, exact: quote.exact, prefix, suffix };
  }
  return reader.refuse(where, 'has neither a TextPositionSelector nor a TextQuoteSelector: Isnad places annotations on spans of text');
}

/** The target's source IRI and selectors, or a refusal for targets Isnad cannot place (a whole resource, several targets). */
export function targetOf(reader: FileReader, annotation: JsonObject, where: string): { source: string; selectors: unknown } {
  const targets = listOf(annotation.target);
  if (targets.length === 0) reader.refuse(where, 'has no target');
  if (targets.length > 1) reader.refuse(where, `has ${targets.length} targets: Isnad places each annotation on one span`);
  const target = targets[0];
  if (typeof target === 'string') reader.refuse(where, `targets the whole of ${target}, not a span of its text: Isnad tags spans only`);
  const node = reader.object(target, `${where}'s target`);
  const source = node.source ?? node['@id'] ?? node.id;
  const sourceIri = isObject(source) ? (source.id ?? source['@id']) : source;
  if (typeof sourceIri !== 'string') reader.refuse(`${where}'s target`, 'has no source IRI');
  if (node.selector === undefined) reader.refuse(where, `targets the whole of ${sourceIri}, not a span of its text: Isnad tags spans only`);
  return { source: sourceIri, selectors: node.selector };
}
