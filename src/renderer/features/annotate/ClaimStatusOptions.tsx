import { CLAIM_STATUSES } from '../../../shared/annotation/annotation';
import { useI18n } from '../../ui/i18n';

/** One <option> per verification status, labelled in the interface language. */
export function ClaimStatusOptions() {
  const { t } = useI18n();
  return (
    <>
      {CLAIM_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`claim.status.${s}`)}
        </option>
      ))}
    </>
  );
}
