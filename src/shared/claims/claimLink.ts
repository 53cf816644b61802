/**
 * A link between two claims, across articles (issue 13, "Claims across articles"). A link is stored
 * once, from the claim it was made on to the other; both claims show it ("supports" reads as
 * "supported by" from the other side; "same claim" and "contradicts" read alike both ways).
 */
import type { SharedStamp } from '../model';

export const CLAIM_LINK_KINDS = ['same', 'supports', 'contradicts'] as const;
export type ClaimLinkKind = (typeof CLAIM_LINK_KINDS)[number];

export interface ClaimLinkRecord extends SharedStamp {
  id: string;
  /** The claim annotation the link was made on. */
  fromId: string;
  /** The other claim annotation (any article). */
  toId: string;
  kind: ClaimLinkKind;
}

/** How the link reads from `claimId`'s side: its kind, the other claim, and whether it points away from it. */
export function linkSeenFrom(link: Pick<ClaimLinkRecord, 'fromId' | 'toId' | 'kind'>, claimId: string): { otherId: string; kind: ClaimLinkKind; outgoing: boolean } {
  const outgoing = link.fromId === claimId;
  return { otherId: outgoing ? link.toId : link.fromId, kind: link.kind, outgoing };
}
