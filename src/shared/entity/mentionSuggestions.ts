/**
 * "Find all mentions" (issue 13): which matches of an entity's names become suggestions in one
 * article. Pure: the matches come from the alias matcher (shared/arabic/aliasMatcher.ts), the
 * annotations and rejections from the database.
 */
import type { AnnotationRecord } from '../annotation/annotation';
import { foldArabic } from '../arabic/normalize';
import { rejectedMentionId } from './rejectedMention';

/** What is looked for: a registry entity's names, or a fresh annotation's text when it has no entity yet. */
export interface MentionSearch {
  /** The entity the found mentions will be linked to; null for a fresh annotation not linked yet. */
  entityId: string | null;
  /** The tag accepted suggestions get (the entity's type, or the fresh annotation's tag). */
  tagId: string;
  /** The names looked for (an entity's name and aliases, or the fresh annotation's text). */
  names: readonly string[];
}

export interface MentionMatch {
  start: number;
  end: number;
  /** The name as the matcher found it (one of `names`). */
  alias: string;
  /** The clitic written before it (و، ب، لل…), '' when none. */
  clitic: string;
}

/** A match with the text it covers and its sentence around it: what a listed suggestion shows. */
export interface FoundMention extends MentionMatch {
  /** The text of the article at the span (what accepting tags). */
  text: string;
  /** The words of its sentence before and after it (at most CONTEXT_CHARS each), to list it in context. */
  before: string;
  after: string;
}

/** One article's matches of a find-all run over the corpus, in text order. */
export interface ArticleMentions {
  articleId: string;
  mentions: FoundMention[];
}

export interface MentionSuggestion extends FoundMention {
  articleId: string;
  /** An annotation of the tag already on exactly this span but not linked: accepting links it instead of tagging the span twice. */
  existingId: string | null;
}

/** How much of the sentence a listed suggestion shows on each side. */
export const CONTEXT_CHARS = 60;

/** Where a sentence ends: its punctuation (Latin and Arabic) or a line break. Code units, not a regular expression: a corpus run tests over a million. */
const isSentenceEnd = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x0a;

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x0a;

/**
 * The matches with their words and up to CONTEXT_CHARS of their sentence on each side. A scan of at
 * most that many characters each way (not a sentence segmenter), so a corpus run of tens of
 * thousands of matches spends microseconds on each.
 */
export function inContext(text: string, matches: readonly MentionMatch[]): FoundMention[] {
  return matches.map((match) => {
    let from = match.start;
    while (from > 0 && match.start - from < CONTEXT_CHARS && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
    let to = match.end;
    while (to < text.length && to - match.end < CONTEXT_CHARS && text.charCodeAt(to) !== 0x0a) {
      to++;
      if (isSentenceEnd(text.charCodeAt(to - 1))) break;
    }
    // Spaces at the sentence's edges are skipped by index, not trimmed off a copy.
    while (from < match.start && isSpace(text.charCodeAt(from))) from++;
    while (to > match.end && isSpace(text.charCodeAt(to - 1))) to--;
    return {
      start: match.start,
      end: match.end,
      alias: match.alias,
      clitic: match.clitic,
      text: text.slice(match.start, match.end),
      before: text.slice(from, match.start),
      after: text.slice(match.end, to),
    };
  });
}

/**
 * Who rejections are remembered for: the entity, or — for a fresh annotation with no entity — its
 * tag and folded text, so "not this one" about بوتين holds the next time بوتين is looked for.
 */
export function rejectionOwner(search: Pick<MentionSearch, 'entityId' | 'tagId' | 'names'>): string {
  return search.entityId ?? `${search.tagId}:${foldArabic(search.names[0] ?? '')}`;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The suggestions among `matches` in one article: not rejected before, not already a mention of the
 * entity (or, for a fresh annotation, not already tagged with its tag), and never a span an annotation
 * of the same tag already covers for another entity. Live annotations only.
 */
export function suggestionsIn(
  article: { id: string; text: string },
  annotations: readonly Pick<AnnotationRecord, 'id' | 'tagId' | 'start' | 'end' | 'entityId'>[],
  matches: readonly MentionMatch[],
  search: MentionSearch,
  rejected: ReadonlySet<string>,
): MentionSuggestion[] {
  return suggestionsAmong(article.id, annotations, inContext(article.text, matches), search, rejected);
}

/** suggestionsIn for matches already in context (the corpus search's worker finds them so). */
export function suggestionsAmong(
  articleId: string,
  annotations: readonly Pick<AnnotationRecord, 'id' | 'tagId' | 'start' | 'end' | 'entityId'>[],
  found: readonly FoundMention[],
  search: MentionSearch,
  rejected: ReadonlySet<string>,
): MentionSuggestion[] {
  const owner = rejectionOwner(search);
  const sameTag = annotations.filter((a) => a.tagId === search.tagId);
  const mentions = search.entityId ? annotations.filter((a) => a.entityId === search.entityId) : [];
  const suggestions: MentionSuggestion[] = [];
  for (const match of found) {
    if (rejected.size > 0 && rejected.has(rejectedMentionId(owner, articleId, match.start, match.end))) continue;
    if (mentions.some((a) => overlaps(a, match))) continue;
    const exact = sameTag.find((a) => a.start === match.start && a.end === match.end);
    if (exact) {
      // Already tagged: only an unlinked one can still become this entity's mention.
      if (search.entityId && !exact.entityId) suggestions.push({ ...match, articleId, existingId: exact.id });
      continue;
    }
    if (sameTag.some((a) => overlaps(a, match))) continue; // inside a longer name already tagged
    suggestions.push({ ...match, articleId, existingId: null });
  }
  return suggestions;
}
