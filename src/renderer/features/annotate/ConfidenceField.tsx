/** A claim's confidence: 0–100 in any digits the analyst types, refused with a message when out of range. */
import { useId } from 'react';
import { formatConfidence, parseConfidence } from '../../../shared/annotation/confidence';
import { useI18n } from '../../ui/i18n';
import { updateClaim } from '../../db/annotations';
import { appDatabase } from '../../db/database';
import { useStoredDraft } from '../forms/useStoredDraft';

export function ConfidenceField({ claimId, stored }: { claimId: string; stored: number | null }) {
  const { t } = useI18n();
  const errorId = useId();
  const { draft, edit, settle } = useStoredDraft(stored, formatConfidence, (confidence) => void updateClaim(appDatabase(), claimId, { confidence }));
  const parsed = parseConfidence(draft);
  return (
    <div className="claim-confidence">
      <label>
        {t('claim.confidence')}
        {/* Text, not type=number: a number field refuses Arabic-Indic digits and clamps nothing visibly. */}
        <input
          type="text"
          inputMode="decimal"
          dir="ltr"
          value={draft}
          aria-invalid={!parsed.ok}
          aria-describedby={parsed.ok ? undefined : errorId}
          onChange={(e) => {
            const result = parseConfidence(e.target.value);
            edit(e.target.value, result.ok ? result.value : undefined);
          }}
          onBlur={settle}
        />
      </label>
      {!parsed.ok && (
        <p id={errorId} role="alert" className="form-error">
          {t(`claim.confidence.${parsed.reason}`)}
        </p>
      )}
    </div>
  );
}
