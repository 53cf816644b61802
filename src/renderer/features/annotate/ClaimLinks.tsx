/**
 * The claim form's "Linked claims": link this claim to a claim of any article as the same claim,
 * supporting it or contradicting it (ClaimLinkPicker), and this claim's links from both sides — a
 * link made on the other claim reads from here as that claim sees it backwards ("supported by") —
 * each with its kind to change, a way to open the other claim in the reader, and a way to remove
 * the link. Every change is one undoable step of this article's history.
 */
import { useMemo, useState } from 'react';
import { CLAIM_LINK_KINDS, type ClaimLinkKind } from '../../../shared/claims/claimLink';
import { linkReading, type SeenClaimLink } from '../../../shared/claims/corpusClaim';
import { appDatabase } from '../../db/database';
import { changeClaimLinkKind, removeClaimLink } from '../../db/claimLinks';
import { useClaimLinks } from '../../db/liveClaims';
import { useI18n } from '../../ui/i18n';
import { revealInReader } from '../../ui/revealInReader';
import { ClaimLinkPicker, type LinkOutcome } from './ClaimLinkPicker';
import { VisibleName } from '../../ui/VisibleName';

/** A quote cut to a length that fits a label (the whole text stays in the row itself). */
const short = (text: string) => (text.length > 48 ? `${text.slice(0, 48)}…` : text);

function LinkRow({ claimId, articleId, link }: { claimId: string; articleId: string; link: SeenClaimLink }) {
  const { t } = useI18n();
  const { other } = link;
  return (
    <li className="claim-link" data-link-id={link.linkId} data-reading={linkReading(link.kind, link.outgoing)}>
      <select
        aria-label={t('claimLink.kindOf', { text: short(other.exact) })}
        value={link.kind}
        onChange={(e) => void changeClaimLinkKind(appDatabase(), link.linkId, e.target.value as ClaimLinkKind, claimId)}
      >
        {CLAIM_LINK_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`claimLink.reading.${linkReading(kind, link.outgoing)}`)}
          </option>
        ))}
      </select>
      <bdi className="claim-link-text">{other.exact}</bdi>
      <span className="claim-link-article muted">{other.articleId === articleId ? t('claimLink.thisArticle') : <VisibleName text={other.articleTitle} />}</span>
      <span className="claim-link-actions">
        <button type="button" title={t('claimLink.openTitle')} onClick={() => void revealInReader({ articleId: other.articleId, annotationId: other.id, start: other.start, end: other.end })}>
          {t('claimLink.open')}
        </button>
        <button type="button" className="danger" title={t('claimLink.removeTitle', { text: short(other.exact) })} onClick={() => void removeClaimLink(appDatabase(), link.linkId, claimId)}>
          {t('claimLink.remove')}
        </button>
      </span>
    </li>
  );
}

export function ClaimLinks({ claimId, articleId }: { claimId: string; articleId: string }) {
  const { t } = useI18n();
  const links = useClaimLinks(claimId);
  const [kind, setKind] = useState<ClaimLinkKind>('same');
  const [outcome, setOutcome] = useState<LinkOutcome | null>(null);
  const exclude = useMemo(() => new Set([claimId, ...(links ?? []).map((l) => l.other.id)]), [claimId, links]);
  return (
    <section className="claim-links" aria-label={t('claimLink.title')} data-testid="claim-links">
      <h4>{t('claimLink.title')}</h4>
      <label>
        {t('claimLink.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as ClaimLinkKind)}>
          {CLAIM_LINK_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`claimLink.reading.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <ClaimLinkPicker claimId={claimId} articleId={articleId} exclude={exclude} kind={kind} onOutcome={setOutcome} />
      {outcome?.kind === 'refused' && (
        <p role="alert" className="form-error">
          {t(`claimLink.refused.${outcome.reason}`)}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {outcome?.kind === 'linked' ? t('claimLink.linked', { reading: t(`claimLink.reading.${outcome.linkKind}`), text: short(outcome.other.exact) }) : ''}
      </p>
      {links && links.length === 0 && <p className="muted claim-links-none">{t('claimLink.none')}</p>}
      {links && links.length > 0 && (
        <ul className="claim-link-list">
          {links.map((link) => (
            <LinkRow key={link.linkId} claimId={claimId} articleId={articleId} link={link} />
          ))}
        </ul>
      )}
    </section>
  );
}
