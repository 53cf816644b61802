/**
 * UI state of the claims view (issue 13): its filters, sort order and active row, kept while the
 * analyst goes to the reader and back, so a claim opened from a filtered list returns to that list.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_CLAIM_SORT, NO_CLAIM_FILTERS, type ClaimFilters, type ClaimSort } from '../../shared/claims/corpusClaim';

export interface ClaimsSlice {
  claimFilters: ClaimFilters;
  claimSort: ClaimSort;
  /** The claims view's active row (a claim id), or null. */
  activeClaimId: string | null;
  setClaimFilters(patch: Partial<ClaimFilters>): void;
  /** Sorts by `key`; asked again for the same key, reverses the order. */
  sortClaimsBy(key: ClaimSort['key']): void;
  setActiveClaim(id: string | null): void;
}

export const createClaimsSlice: StateCreator<ClaimsSlice> = (set) => ({
  claimFilters: NO_CLAIM_FILTERS,
  claimSort: DEFAULT_CLAIM_SORT,
  activeClaimId: null,
  setClaimFilters: (patch) => set((s) => ({ claimFilters: { ...s.claimFilters, ...patch } })),
  sortClaimsBy: (key) => set((s) => ({ claimSort: { key, descending: s.claimSort.key === key ? !s.claimSort.descending : false } })),
  setActiveClaim: (activeClaimId) => set({ activeClaimId }),
});
