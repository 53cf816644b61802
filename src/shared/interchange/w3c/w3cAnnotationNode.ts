/**
 * One Isnad annotation as a W3C Web Annotation (model §3): its tag, note and claim as bodies, its
 * span as a target on the article's IRI with a TextQuoteSelector and a code-point
 * TextPositionSelector (§4.2.4–4.2.5: positions count characters, i.e. code points).
 */
import type { AnnotationRecord, ClaimFields } from '../../annotation/annotation';
import { CONTEXT_LENGTH } from '../../annotation/snapSpan';
import type { TagDefinition } from '../../annotation/tagSet';
import type { OffsetMap } from '../codePoints';
import { noteToHtml, noteToPlainText } from '../plainTextNote';
import { annotationIri, articleIri, tagIri } from './w3cContext';
import { escapeBidiInHtml, languageOf } from './w3cText';

export type JsonNode = Record<string, unknown>;

export const isoTime = (ms: number) => new Date(ms).toISOString();
export const agent = (name: string): JsonNode => ({ type: 'Person', name });

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `s` holds half of a surrogate pair: not Unicode text, which other tools would choke on. */
const hasLoneSurrogate = (s: string) => /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/.test(s);

/** Up to CONTEXT_LENGTH units of context either side, never cutting an emoji in half. */
export function quoteContext(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from++;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to)) && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/**
 * The quote: the text at the offsets (the truth the position selector states too), with the
 * stored context when it is that text's and is whole Unicode, else context read afresh.
 */
function textQuote(text: string, record: AnnotationRecord): JsonNode {
  const exact = text.slice(record.start, record.end);
  const storedFits =
    record.exact === exact &&
    text.slice(record.start - record.prefix.length, record.start) === record.prefix &&
    text.slice(record.end, record.end + record.suffix.length) === record.suffix &&
    !hasLoneSurrogate(record.prefix) &&
    !hasLoneSurrogate(record.suffix);
  const { prefix, suffix } = storedFits ? record : quoteContext(text, record.start, record.end);
  return { type: 'TextQuoteSelector', exact, prefix, suffix };
}

/** The tag as a `tagging` TextualBody (model §3.2.4, §3.3.5), with Isnad's id and colour. */
function tagBody(tag: TagDefinition): JsonNode {
  // One label is the body's value: the English one, which is what other tools' tag lists hold,
  // else the Arabic one. Both are in the collection's tag definition the body links to.
  const english = tag.labelEn.trim() !== '';
  return {
    type: 'TextualBody',
    purpose: 'tagging',
    value: english ? tag.labelEn : tag.labelAr,
    format: 'text/plain',
    language: english ? 'en' : 'ar',
    textDirection: english ? 'ltr' : 'rtl',
    isnadTag: tagIri(tag.id),
    isnadColour: tag.color,
  };
}

/** The analyst's note as safe HTML (a `commenting` body), and as the Lexical state it was written in. */
function noteBody(note: string): JsonNode | null {
  const html = noteToHtml(note);
  if (html === '') return null;
  return {
    type: 'TextualBody',
    purpose: 'commenting',
    value: escapeBidiInHtml(html),
    format: 'text/html',
    ...languageOf(noteToPlainText(note)),
    isnadLexical: note,
  };
}

/**
 * A claim's parts: its status and confidence (an `assessing` body), its attribution (`describing`),
 * and who made it — a link to the claimant's own annotation (`linking`) and/or the claimant named
 * in words (`describing`). Values are Isnad's own words (`disputed`, `according-to`), kept also in
 * Isnad properties so a reader need not parse the value.
 */
function claimBodies(claim: ClaimFields): JsonNode[] {
  const english = { format: 'text/plain', language: 'en', textDirection: 'ltr' };
  const status: JsonNode = { type: 'TextualBody', purpose: 'assessing', value: claim.status, ...english, isnadClaimStatus: claim.status };
  if (claim.confidence !== null) status.isnadConfidence = claim.confidence;
  const bodies = [status, { type: 'TextualBody', purpose: 'describing', value: claim.attribution, ...english, isnadAttribution: claim.attribution }];
  if (claim.claimantAnnotationId !== null) {
    // A body naming a resource with a purpose must be a SpecificResource (model §3.3.5: an external
    // web resource cannot carry a purpose).
    bodies.push({ type: 'SpecificResource', purpose: 'linking', source: annotationIri(claim.claimantAnnotationId), isnadRole: 'claimant' });
  }
  if (claim.claimantText !== '') {
    bodies.push({ type: 'TextualBody', purpose: 'describing', value: claim.claimantText, format: 'text/plain', ...languageOf(claim.claimantText), isnadRole: 'claimant' });
  }
  return bodies;
}

/** `entity`: the body identifying the registry entity the span names (w3cEntities.ts), when it names one. */
export function annotationNode(record: AnnotationRecord, text: string, offsets: OffsetMap, tag: TagDefinition, entity: JsonNode | null = null): JsonNode {
  const bodies = [tagBody(tag)];
  const note = record.note ? noteBody(record.note) : null;
  if (note) bodies.push(note);
  if (record.claim) bodies.push(...claimBodies(record.claim));
  if (entity) bodies.push(entity);
  return {
    id: annotationIri(record.id),
    type: 'Annotation',
    motivation: 'tagging',
    created: isoTime(record.createdAt),
    modified: isoTime(record.updatedAt),
    creator: agent(record.author),
    body: bodies,
    target: {
      type: 'SpecificResource',
      source: articleIri(record.articleId),
      selector: [textQuote(text, record), { type: 'TextPositionSelector', start: offsets.toCodePoints(record.start), end: offsets.toCodePoints(record.end) }],
    },
  };
}
