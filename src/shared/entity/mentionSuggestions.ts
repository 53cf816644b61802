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

export interface MentionSuggestion extends MentionMatch {
  articleId: string;
  /** The text of the article at the span (what accepting tags). */
  text: string;
  /** An annotation of the tag already on exactly this span but not linked: accepting links it instead of tagging the span twice. */
  existingId: string | null;
  /** The words of its sentence before and after it (at most CONTEXT_CHARS each), to list it in context. */
  before: string;
  after: string;
}

/** How much of the sentence a listed suggestion shows on each side. */
export const CONTEXT_CHARS = 60;

/** Where a sentence ends: its punctuation (Latin and Arabic) or a line break. */
const SENTENCE_END = /[.!?؟\n]/;

/**
 * The suggestion's words and up to CONTEXT_CHARS of its sentence on each side. A scan of at most
 * that many characters each way (not a sentence segmenter), so a corpus run of tens of thousands of
 * suggestions spends microseconds on each.
 */
function inContext(text: string, match: MentionMatch): Pick<MentionSuggestion, 'text' | 'before' | 'after'> {
  let from = match.start;
  while (from > 0 && match.start - from < CONTEXT_CHARS && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = match.end;
  while (to < text.length && to - match.end < CONTEXT_CHARS && text[to] !== '\n') {
    to++;
    if (SENTENCE_END.test(text[to - 1]!)) break;
  }
  return { text: text.slice(match.start, match.end), before: text.slice(from, match.start).trimStart(), after: text.slice(match.end, to).trimEnd() };
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
  const owner = rejectionOwner(search);
  const sameTag = annotations.filter((a) => a.tagId === search.tagId);
  const suggestions: MentionSuggestion[] = [];
  for (const match of matches) {
    if (rejected.has(rejectedMentionId(owner, article.id, match.start, match.end))) continue;
    if (search.entityId && annotations.some((a) => a.entityId === search.entityId && overlaps(a, match))) continue;
    const exact = sameTag.find((a) => a.start === match.start && a.end === match.end);
    if (exact) {
      // Already tagged: only an unlinked one can still become this entity's mention.
      if (search.entityId && !exact.entityId) suggestions.push({ ...match, articleId: article.id, ...inContext(article.text, match), existingId: exact.id });
      continue;
    }
    if (sameTag.some((a) => overlaps(a, match))) continue; // inside a longer name already tagged
    suggestions.push({ ...match, articleId: article.id, ...inContext(article.text, match), existingId: null });
  }
  return suggestions;
}
