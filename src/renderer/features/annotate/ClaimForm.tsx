/**
 * The claim fields of a selected Claim: claimant (a span in the article or free text), attribution,
 * status, confidence. The text fields keep their own drafts (keyed by claim, so one claim's draft
 * never shows on another); the selects write at once.
 */
import { ATTRIBUTIONS, type AnnotationRecord, type ClaimFields } from '../../../shared/annotation/annotation';
import { commandRow, keysShown } from '../../../shared/commands/commandTable';
import { useI18n } from '../../ui/i18n';
import { updateClaim } from '../../db/annotations';
import { appDatabase } from '../../db/database';
import { useUi } from '../../state/store';
import { CLAIMANT_TAGS, linkClaimant } from './annotateActions';
import { ClaimantTextField } from './ClaimantTextField';
import { ClaimLinks } from './ClaimLinks';
import { ClaimStatusOptions } from './ClaimStatusOptions';
import { ConfidenceField } from './ConfidenceField';
import { useAnnotationSession } from './openAnnotationSession';

export function ClaimForm({ claim, annotations }: { claim: AnnotationRecord; annotations: readonly AnnotationRecord[] }) {
  const { t } = useI18n();
  const linking = useUi((s) => s.linkingClaimId === claim.id);
  const session = useAnnotationSession();
  const fields = claim.claim!;
  const set = (patch: Partial<ClaimFields>) => void updateClaim(appDatabase(), claim.id, patch);
  const candidates = annotations.filter((a) => CLAIMANT_TAGS.has(a.tagId));
  return (
    <fieldset className={linking ? 'claim-form linking' : 'claim-form'}>
      <legend>{t('claim.title')}</legend>
      <label className="claim-claimant-label">
        {t('claim.claimant')} <kbd>{keysShown(commandRow('start-linking'))}</kbd>
        <select id="claimant-picker" value={fields.claimantAnnotationId ?? ''} onChange={(e) => void linkClaimant(session, claim.id, e.target.value || null)}>
          <option value="">{t('claim.noClaimant')}</option>
          {candidates.map((a) => (
            <option key={a.id} value={a.id}>
              {a.exact}
            </option>
          ))}
        </select>
      </label>
      {linking && <p className="claim-linking-hint">{t('claim.linkingHint')}</p>}
      <ClaimantTextField key={`claimant-${claim.id}`} claimId={claim.id} stored={fields.claimantText} />
      <label>
        {t('claim.attribution')}
        <select value={fields.attribution} onChange={(e) => set({ attribution: e.target.value as ClaimFields['attribution'] })}>
          {ATTRIBUTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`claim.attribution.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('claim.statusLabel')}
        <select value={fields.status} onChange={(e) => set({ status: e.target.value as ClaimFields['status'] })}>
          <ClaimStatusOptions />
        </select>
      </label>
      <ConfidenceField key={`confidence-${claim.id}`} claimId={claim.id} stored={fields.confidence} />
      <ClaimLinks key={`links-${claim.id}`} claimId={claim.id} articleId={claim.articleId} />
    </fieldset>
  );
}
