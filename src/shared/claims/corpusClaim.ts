/**
 * Claims as the corpus shows them (issue 13, "Claims across articles"): each claim with its article,
 * claimant, status, confidence and the links it has from either side, and the pure choices made on
 * them — completion over all claims, the claims view's filters and sort orders. The db layer reads
 * the rows (renderer/db/claimLinks.ts); everything here is plain data, so it is unit-tested alone.
 */
import { CLAIM_STATUSES, type ClaimStatus } from '../annotation/annotation';
import { foldArabic } from '../arabic/normalize';
import type { ClaimLinkKind } from './claimLink';

/** Where a claim is and what it says: enough to name it anywhere and to open it in the reader. */
export interface ClaimRef {
  id: string;
  articleId: string;
  articleTitle: string;
  exact: string;
  start: number;
  end: number;
}

/** One link as one claim sees it: the other claim, and whether the link was made from this one. */
export interface SeenClaimLink {
  linkId: string;
  kind: ClaimLinkKind;
  outgoing: boolean;
  other: ClaimRef;
}

export interface CorpusClaimant {
  /** The claimant annotation's text, or the claimant named in words. */
  text: string;
  /** The registry entity of the claimant annotation, when it is linked to one. */
  entityId: string | null;
  entityName: string | null;
}

export interface CorpusClaim extends ClaimRef {
  status: ClaimStatus;
  confidence: number | null;
  claimant: CorpusClaimant | null;
  links: SeenClaimLink[];
}

/**
 * How a link reads from one side, as a message key: "supports" made from the other claim reads
 * "supported by" here; "same claim" and "contradicts" read alike both ways.
 */
export type LinkReading = 'same' | 'supports' | 'supportedBy' | 'contradicts';

export function linkReading(kind: ClaimLinkKind, outgoing: boolean): LinkReading {
  return kind === 'supports' && !outgoing ? 'supportedBy' : kind;
}

/** The claimant as shown: the entity's name when the claimant is linked to one, else its text. */
export function claimantLabel(claimant: CorpusClaimant | null): string | null {
  return claimant ? (claimant.entityName ?? claimant.text) : null;
}

/** A claimant's identity for the claimant filter: the entity, else the folded words; '' for none. */
export function claimantKey(claimant: CorpusClaimant | null): string {
  if (!claimant) return '';
  return claimant.entityId && claimant.entityName !== null ? `entity:${claimant.entityId}` : `text:${foldArabic(claimant.text).replace(/\s+/g, ' ').trim()}`;
}

/** The distinct claimants of `claims` (key and label), in the order of `compare` on their labels. */
export function claimantChoices(claims: readonly CorpusClaim[], compare: (a: string, b: string) => number): { key: string; label: string; count: number }[] {
  const found = new Map<string, { key: string; label: string; count: number }>();
  for (const claim of claims) {
    const label = claimantLabel(claim.claimant);
    if (label === null) continue;
    const key = claimantKey(claim.claimant);
    const entry = found.get(key);
    if (entry) entry.count++;
    else found.set(key, { key, label, count: 1 });
  }
  return [...found.values()].sort((a, b) => compare(a.label, b.label));
}

/** Folded text, spaces collapsed: what typed queries are compared on. */
const folded = (text: string) => foldArabic(text).replace(/\s+/g, ' ').trim();

/**
 * Claims to offer while the analyst types in the claim form's "link to" field: those whose text
 * (or, after them, whose article title) holds the query once both are folded (diacritics, alef
 * forms, ة/ه, ى/ي, tatweel), leaving out `exclude` (the claim itself and those already linked).
 * Claims whose text starts with the query come first. An empty query offers every claim.
 */
export function claimCompletions(claims: readonly CorpusClaim[], query: string, exclude: ReadonlySet<string>, limit = 12): CorpusClaim[] {
  const q = folded(query);
  const scored: { claim: CorpusClaim; rank: number; index: number }[] = [];
  claims.forEach((claim, index) => {
    if (exclude.has(claim.id)) return;
    if (!q) return void scored.push({ claim, rank: 0, index });
    const text = folded(claim.exact);
    const at = text.indexOf(q);
    if (at === 0) scored.push({ claim, rank: 0, index });
    else if (at > 0) scored.push({ claim, rank: 1, index });
    else if (folded(claim.articleTitle).includes(q)) scored.push({ claim, rank: 2, index });
  });
  return scored
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map((s) => s.claim);
}

export interface ClaimFilters {
  /** Folded words to find in the claim, its article's title or its claimant. */
  text: string;
  status: ClaimStatus | 'all';
  /** A `claimantKey`, '' for every claim, or NO_CLAIMANT for claims nobody is said to have made. */
  claimant: string;
}

export const NO_CLAIMANT = 'none';

export const NO_CLAIM_FILTERS: ClaimFilters = { text: '', status: 'all', claimant: '' };

export function filterClaims(claims: readonly CorpusClaim[], filters: ClaimFilters): CorpusClaim[] {
  const q = folded(filters.text);
  return claims.filter((claim) => {
    if (filters.status !== 'all' && claim.status !== filters.status) return false;
    if (filters.claimant === NO_CLAIMANT ? claim.claimant !== null : filters.claimant && claimantKey(claim.claimant) !== filters.claimant) return false;
    if (!q) return true;
    return [claim.exact, claim.articleTitle, claimantLabel(claim.claimant) ?? ''].some((text) => folded(text).includes(q));
  });
}

export const CLAIM_SORT_KEYS = ['claim', 'claimant', 'status', 'confidence', 'article', 'links'] as const;
export type ClaimSortKey = (typeof CLAIM_SORT_KEYS)[number];

export interface ClaimSort {
  key: ClaimSortKey;
  descending: boolean;
}

/** The claims view's first order: by article, then where the claim stands in it. */
export const DEFAULT_CLAIM_SORT: ClaimSort = { key: 'article', descending: false };

/**
 * `claims` in the order asked for. `compareText` compares words as the interface language sorts
 * them (Intl.Collator); claims without a claimant or a confidence go last either way, and ties fall
 * back to article then position, so the order never depends on how the rows were read.
 */
export function sortClaims(claims: readonly CorpusClaim[], sort: ClaimSort, compareText: (a: string, b: string) => number): CorpusClaim[] {
  const direction = sort.descending ? -1 : 1;
  const inArticle = (a: CorpusClaim, b: CorpusClaim) => compareText(a.articleTitle, b.articleTitle) || a.articleId.localeCompare(b.articleId) || a.start - b.start || a.id.localeCompare(b.id);
  const absentLast = <T>(x: T | null, y: T | null, compare: (x: T, y: T) => number) => (x === null ? (y === null ? 0 : 1) : y === null ? -1 : direction * compare(x, y));
  const by: Record<ClaimSortKey, (a: CorpusClaim, b: CorpusClaim) => number> = {
    claim: (a, b) => direction * compareText(a.exact, b.exact),
    claimant: (a, b) => absentLast(claimantLabel(a.claimant), claimantLabel(b.claimant), compareText),
    status: (a, b) => direction * (CLAIM_STATUSES.indexOf(a.status) - CLAIM_STATUSES.indexOf(b.status)),
    confidence: (a, b) => absentLast(a.confidence, b.confidence, (x, y) => x - y),
    article: (a, b) => direction * inArticle(a, b),
    links: (a, b) => direction * (a.links.length - b.links.length),
  };
  return [...claims].sort((a, b) => by[sort.key](a, b) || inArticle(a, b));
}
