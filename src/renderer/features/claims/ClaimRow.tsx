/** One claim of the claims view: its text, claimant, verification, confidence, article and links, in the columns' order. */
import { memo } from 'react';
import { linkReading, type CorpusClaim } from '../../../shared/claims/corpusClaim';
import { useI18n } from '../../ui/i18n';
import { ListboxOption } from '../../ui/Listbox';
import { openClaim } from './claimsActions';
import { VisibleName } from '../../ui/VisibleName';

function Claimant({ claim }: { claim: CorpusClaim }) {
  const { t } = useI18n();
  const claimant = claim.claimant;
  if (!claimant) return <span className="claims-claimant muted">{t('report.none')}</span>;
  // The entity's name, and the words of this article when they differ from it.
  return (
    <span className="claims-claimant" data-entity-id={claimant.entityId ?? undefined}>
      <bdi className={claimant.entityName !== null ? 'claims-entity' : undefined}>{claimant.entityName ?? claimant.text}</bdi>
      {claimant.entityName !== null && claimant.entityName !== claimant.text && (
        <>
          {' '}
          <bdi className="muted">({claimant.text})</bdi>
        </>
      )}
    </span>
  );
}

export const ClaimRow = memo(function ClaimRow({ claim, active }: { claim: CorpusClaim; active: boolean }) {
  const { t, n } = useI18n();
  return (
    <ListboxOption id={`claim-row-${claim.id}`} selected={active} data-claim-id={claim.id} onClick={() => void openClaim(claim)}>
      <bdi className="claims-text">{claim.exact}</bdi>
      <Claimant claim={claim} />
      <span className="claims-status">
        <span className="ann-status">{t(`claim.status.${claim.status}`)}</span>
      </span>
      <span className="claims-confidence">{claim.confidence === null ? t('report.none') : `${n(claim.confidence)}%`}</span>
      <VisibleName className="claims-article" text={claim.articleTitle} />
      <span className="claims-links">
        {claim.links.length === 0 && <span className="muted">{t('report.none')}</span>}
        {claim.links.map((link) => (
          <span key={link.linkId} className="claims-link" data-reading={linkReading(link.kind, link.outgoing)}>
            <span className="claims-link-kind">{t(`claimLink.reading.${linkReading(link.kind, link.outgoing)}`)}</span> <bdi className="claims-link-text">{link.other.exact}</bdi>{' '}
            <VisibleName className="claims-link-article muted" text={link.other.articleTitle} />
          </span>
        ))}
      </span>
    </ListboxOption>
  );
});
