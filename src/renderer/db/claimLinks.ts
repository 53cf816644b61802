/**
 * Links between claims across articles (issue 13): make one, change its kind, remove it — each one
 * undoable step in the history of the article of the claim it was made on (so Ctrl+Z in the reader
 * undoes it), written with its step in one transaction — and read them: a claim's links from both
 * sides, and every claim of the corpus with its claimant and links for the claims view and the
 * claim form's completion.
 *
 * A link is shown only while both its claims are live claims: a link whose other claim was deleted
 * (or retagged as something else) stays stored, so undoing that deletion brings the link back too.
 */
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import type { ClaimLinkKind, ClaimLinkRecord } from '../../shared/claims/claimLink';
import { linkSeenFrom } from '../../shared/claims/claimLink';
import type { ClaimRef, CorpusClaim, CorpusClaimant, SeenClaimLink } from '../../shared/claims/corpusClaim';
import { isDeleted } from '../../shared/model';
import { isLive, isPlaced } from './annotationRows';
import type { IsnadDatabase } from './database';
import { appendStep } from './history';
import { analystName } from './settings';
import { writeSharedRows } from './sharedRows';

/** Why a link was not made: a claim linked to itself, two claims already linked, or an end that is no (live) claim. */
export type ClaimLinkRefusal = 'self' | 'duplicate' | 'not-a-claim';

export class ClaimLinkRefusedError extends Error {
  constructor(
    readonly reason: ClaimLinkRefusal,
    /** The link already between the two claims (reason 'duplicate'). */
    readonly existing?: ClaimLinkRecord,
  ) {
    super(`claim-link-${reason}`);
    this.name = 'ClaimLinkRefusedError';
  }
}

/** History labels of the three changes (what undo and redo report). */
export const CLAIM_LINK_LABELS = { link: 'link-claims', kind: 'claim-link-kind', unlink: 'unlink-claims' } as const;

const liveLink = (row: ClaimLinkRecord | undefined): row is ClaimLinkRecord => !!row && !isDeleted(row);
const isLiveClaim = (row: AnnotationRecord | undefined): row is AnnotationRecord => isLive(row) && row.claim !== null;

async function liveClaim(db: IsnadDatabase, id: string): Promise<AnnotationRecord | undefined> {
  const row = await db.annotations.get(id);
  return isLiveClaim(row) ? row : undefined;
}

/** The live links that start or end at `claimId` (both indexes), each once. */
async function linksTouching(db: IsnadDatabase, claimId: string): Promise<ClaimLinkRecord[]> {
  const [from, to] = await Promise.all([db.claimLinks.where('fromId').equals(claimId).toArray(), db.claimLinks.where('toId').equals(claimId).toArray()]);
  return [...from, ...to.filter((link) => link.fromId !== claimId)].filter(liveLink);
}

/**
 * Links claim `fromId` to claim `toId` (any article) as `kind`, one undoable step in the history of
 * `fromId`'s article. Refused with ClaimLinkRefusedError: a claim linked to itself, a second link
 * between the same two claims (either way round; change the kind of the one there is instead), or an
 * end that is not a live claim. Checked inside the write transaction, so two quick presses make one link.
 */
export async function linkClaims(db: IsnadDatabase, fromId: string, toId: string, kind: ClaimLinkKind): Promise<ClaimLinkRecord> {
  if (fromId === toId) throw new ClaimLinkRefusedError('self');
  const author = await analystName(db);
  return db.transaction('rw', [db.annotations, db.claimLinks, db.history], async () => {
    const [from, to] = await Promise.all([liveClaim(db, fromId), liveClaim(db, toId)]);
    if (!from || !to) throw new ClaimLinkRefusedError('not-a-claim');
    const existing = (await linksTouching(db, fromId)).find((link) => linkSeenFrom(link, fromId).otherId === toId);
    if (existing) throw new ClaimLinkRefusedError('duplicate', existing);
    const now = Date.now();
    const record: ClaimLinkRecord = { id: crypto.randomUUID(), fromId, toId, kind, createdAt: now, updatedAt: now, author };
    await db.claimLinks.add(record);
    await appendStep(db, { articleId: from.articleId, label: CLAIM_LINK_LABELS.link, changes: [], claimLinkChanges: [{ id: record.id, before: null, after: record }], author });
    return record;
  });
}

/**
 * Changes a link as one undoable step in the history of the article of `onClaimId` — the claim whose
 * form the analyst changed it from (either end; by default the claim it was made on), so Ctrl+Z where
 * they are undoes it. A link already removed, or already of that kind, is left alone.
 */
async function changeLink(db: IsnadDatabase, linkId: string, label: string, change: (link: ClaimLinkRecord, now: number) => ClaimLinkRecord | null, onClaimId?: string): Promise<void> {
  const author = await analystName(db);
  await db.transaction('rw', [db.annotations, db.claimLinks, db.history], async () => {
    const before = await db.claimLinks.get(linkId);
    if (!liveLink(before)) return;
    const now = Date.now();
    const after = change(before, now);
    if (after === before) return;
    const side = onClaimId === before.toId ? before.toId : before.fromId;
    const claim = await db.annotations.get(side);
    if (!claim) return;
    await writeSharedRows(db.claimLinks, [{ id: linkId, row: after }], author, now);
    await appendStep(db, { articleId: claim.articleId, label, changes: [], claimLinkChanges: [{ id: linkId, before, after }], author });
  });
}

/** Makes the link `kind` (one undoable step, see changeLink). */
export function changeClaimLinkKind(db: IsnadDatabase, linkId: string, kind: ClaimLinkKind, onClaimId?: string): Promise<void> {
  return changeLink(db, linkId, CLAIM_LINK_LABELS.kind, (link, now) => (link.kind === kind ? link : { ...link, kind, updatedAt: now }), onClaimId);
}

/** Removes the link softly (a tombstone; one undoable step, see changeLink). */
export function removeClaimLink(db: IsnadDatabase, linkId: string, onClaimId?: string): Promise<void> {
  return changeLink(db, linkId, CLAIM_LINK_LABELS.unlink, () => null, onClaimId);
}

const refOf = (claim: AnnotationRecord, titles: ReadonlyMap<string, string>): ClaimRef => ({
  id: claim.id,
  articleId: claim.articleId,
  articleTitle: titles.get(claim.articleId) ?? '',
  exact: claim.exact,
  start: claim.start,
  end: claim.end,
});

async function articleTitles(db: IsnadDatabase, ids: Iterable<string>): Promise<Map<string, string>> {
  const keys = [...new Set(ids)];
  const rows = await db.articles.bulkGet(keys);
  return new Map(rows.flatMap((row) => (row ? [[row.id, row.title] as const] : [])));
}

/** `links` as `claimId` sees them, with the other claim of each; links to a claim that is no longer one are left out. */
function seenLinks(links: readonly ClaimLinkRecord[], claimId: string, claims: ReadonlyMap<string, AnnotationRecord>, titles: ReadonlyMap<string, string>): SeenClaimLink[] {
  return links.flatMap((link) => {
    const seen = linkSeenFrom(link, claimId);
    const other = claims.get(seen.otherId);
    return other ? [{ linkId: link.id, kind: seen.kind, outgoing: seen.outgoing, other: refOf(other, titles) }] : [];
  });
}

/** The claim's links from both sides, oldest first; none when it is no (live) claim. */
export async function claimLinksOf(db: IsnadDatabase, claimId: string): Promise<SeenClaimLink[]> {
  return db.transaction('r', [db.annotations, db.claimLinks, db.articles], async () => {
    if (!(await liveClaim(db, claimId))) return [];
    const links = (await linksTouching(db, claimId)).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    const others = await db.annotations.bulkGet(links.map((link) => linkSeenFrom(link, claimId).otherId));
    const claims = new Map(others.filter(isLiveClaim).map((row) => [row.id, row]));
    return seenLinks(
      links,
      claimId,
      claims,
      await articleTitles(
        db,
        [...claims.values()].map((c) => c.articleId),
      ),
    );
  });
}

/**
 * Every live claim of the corpus with its article's title, claimant (the claimant annotation's text
 * and, when that mention is linked to one, the entity's name; else the claimant named in words),
 * status, confidence and links from both sides. Claims are found by tag (the tags of kind 'claim'
 * through the annotations' tagId index), so the corpus's other annotations are never read.
 */
export async function listCorpusClaims(db: IsnadDatabase): Promise<CorpusClaim[]> {
  return db.transaction('r', [db.tags, db.annotations, db.claimLinks, db.articles, db.entities], async () => {
    const claimTags = (await db.tags.toArray()).filter((tag) => tag.kind === 'claim').map((tag) => tag.id);
    // Orphans wait in their article's orphan list: no place to show them in or jump to.
    const claims = (await db.annotations.where('tagId').anyOf(claimTags).toArray()).filter((row) => isLiveClaim(row) && isPlaced(row));
    const byId = new Map(claims.map((c) => [c.id, c]));
    const claimantIds = [...new Set(claims.flatMap((c) => (c.claim!.claimantAnnotationId ? [c.claim!.claimantAnnotationId] : [])))];
    const [claimantRows, links, titles] = await Promise.all([
      db.annotations.bulkGet(claimantIds),
      db.claimLinks.toArray(),
      articleTitles(
        db,
        claims.map((c) => c.articleId),
      ),
    ]);
    const claimants = new Map(claimantRows.filter(isLive).map((row) => [row.id, row]));
    const entityIds = [...new Set([...claimants.values()].flatMap((row) => (row.entityId ? [row.entityId] : [])))];
    const entities = new Map((await db.entities.bulkGet(entityIds)).flatMap((row) => (row && !isDeleted(row) ? [[row.id, row] as const] : [])));
    const linksOf = new Map<string, ClaimLinkRecord[]>();
    for (const link of links) {
      if (!liveLink(link) || !byId.has(link.fromId) || !byId.has(link.toId)) continue;
      for (const end of new Set([link.fromId, link.toId])) linksOf.set(end, [...(linksOf.get(end) ?? []), link]);
    }
    return claims.map((row): CorpusClaim => {
      const fields = row.claim!;
      const mention = fields.claimantAnnotationId ? claimants.get(fields.claimantAnnotationId) : undefined;
      const entity = mention?.entityId ? entities.get(mention.entityId) : undefined;
      const named = fields.claimantText.trim();
      const claimant: CorpusClaimant | null = mention
        ? { text: mention.exact, entityId: entity?.id ?? null, entityName: entity?.name ?? null }
        : named
          ? { text: named, entityId: null, entityName: null }
          : null;
      const own = (linksOf.get(row.id) ?? []).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
      return { ...refOf(row, titles), status: fields.status, confidence: fields.confidence, claimant, links: seenLinks(own, row.id, byId, titles) };
    });
  });
}
