/**
 * Live queries of claims across articles (issue 13), beside live.ts so the features landing at once do
 * not all edit one file: they re-render when claims, their links, claimants or entities change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { CorpusClaim, SeenClaimLink } from '../../shared/claims/corpusClaim';
import { claimLinksOf, listCorpusClaims } from './claimLinks';
import { appDatabase } from './database';

/** The claim's links from both sides (`undefined` while loading; a stale result for another claim reads as loading). */
export function useClaimLinks(claimId: string): SeenClaimLink[] | undefined {
  const result = useLiveQuery(async () => ({ claimId, links: await claimLinksOf(appDatabase(), claimId) }), [claimId]);
  return result && result.claimId === claimId ? result.links : undefined;
}

/** Every claim of the corpus with claimant and links; `enabled` false reads nothing (and gives undefined). */
export function useCorpusClaims(enabled = true): CorpusClaim[] | undefined {
  return useLiveQuery(async () => (enabled ? listCorpusClaims(appDatabase()) : undefined), [enabled]);
}
