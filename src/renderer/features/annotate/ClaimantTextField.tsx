/** The free-text claimant of a claim ("Western observers"), written as it is typed. */
import { useI18n } from '../../ui/i18n';
import { updateClaim } from '../../db/annotations';
import { appDatabase } from '../../db/database';
import { useStoredDraft } from '../forms/useStoredDraft';

const asIs = (text: string) => text;

export function ClaimantTextField({ claimId, stored }: { claimId: string; stored: string }) {
  const { t } = useI18n();
  const { draft, edit, settle } = useStoredDraft(stored, asIs, (claimantText) => void updateClaim(appDatabase(), claimId, { claimantText }));
  return (
    <label>
      {t('claim.claimantText')}
      <input dir="auto" value={draft} onChange={(e) => edit(e.target.value, e.target.value)} onBlur={settle} placeholder={t('claim.claimantTextPlaceholder')} />
    </label>
  );
}
