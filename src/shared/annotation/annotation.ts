/** An annotation as stored (issue 3, "Persistence"): a tagged span with its quote, note and claim fields. */
import type { SharedStamp } from '../model';

export const ATTRIBUTIONS = ['said', 'reported', 'according-to', 'unattributed'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export const CLAIM_STATUSES = ['unverified', 'supported', 'disputed', 'false', 'unverifiable'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface ClaimFields {
  /** The Person/Organisation annotation in the same article that makes the claim. */
  claimantAnnotationId: string | null;
  /** Free-text claimant ("Western observers") when no span names them. */
  claimantText: string;
  attribution: Attribution;
  status: ClaimStatus;
  /** The analyst's confidence, 0–100, or null when not given. */
  confidence: number | null;
}

export interface AnnotationRecord extends SharedStamp {
  id: string;
  articleId: string;
  tagId: string;
  /** [start, end) in UTF-16 code units of the article's normalised text. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** Serialized Lexical editor state of the analyst's note, or null. */
  note: string | null;
  claim: ClaimFields | null;
  /**
   * The registry entity this mention names (shared/entity/entity.ts). Absent on a mention not linked
   * (and on every row written before schema v6), so older rows need no conversion.
   */
  entityId?: string;
  /**
   * Set when a new version of its article was imported and its passage could not be found there
   * with confidence (annotation/reanchor.ts): it is kept on the new version with its old quote in
   * `exact`, on an empty span, listed for the analyst to place by hand or delete, and never painted.
   * Absent on every placed annotation (and on rows written before issue 14).
   */
  orphaned?: { reason: 'quote-not-found' | 'ambiguous' | 'low-confidence'; fromArticleId: string };
}

export const isOrphaned = (a: Pick<AnnotationRecord, 'orphaned'>): boolean => a.orphaned !== undefined;

export function defaultClaimFields(): ClaimFields {
  return { claimantAnnotationId: null, claimantText: '', attribution: 'unattributed', status: 'unverified', confidence: null };
}

/**
 * The claim with `claimantAnnotationId` as its claimant. Naming who made a claim makes an
 * unattributed claim one they "said"; an attribution the analyst chose stays as it is.
 */
export function withClaimant(claim: ClaimFields, claimantAnnotationId: string | null): ClaimFields {
  const attribution = claimantAnnotationId !== null && claim.attribution === 'unattributed' ? 'said' : claim.attribution;
  return { ...claim, claimantAnnotationId, attribution };
}

/**
 * Who made the claim, as shown: the linked annotation's text, else the claimant named in words,
 * else null. `annotation` finds an annotation by id (a Map lookup where many rows are shown).
 */
export function claimantName(claim: ClaimFields, annotation: (id: string) => Pick<AnnotationRecord, 'exact'> | undefined): string | null {
  const linked = claim.claimantAnnotationId ? annotation(claim.claimantAnnotationId) : undefined;
  return linked?.exact ?? (claim.claimantText.trim() || null);
}

/** Reading order: by start, then the longer span first (so a nesting span precedes what it nests). */
export function compareReadingOrder(a: Pick<AnnotationRecord, 'start' | 'end' | 'id'>, b: Pick<AnnotationRecord, 'start' | 'end' | 'id'>): number {
  return a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);
}
