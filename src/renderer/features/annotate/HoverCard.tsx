/** Shows tag, claimant, status, attribution, confidence and note of the annotations under the pointer. */
import { useI18n } from '../../ui/i18n';
import { useTags } from '../../db/live';
import { claimantName, type AnnotationRecord } from '../../../shared/annotation/annotation';
import { useUi } from '../../state/store';
import { notePlainText } from './notePlainText';
import { TagSwatch } from '../../ui/TagChip';
import { tagLabel } from '../../ui/tagLabel';

export function HoverCard({ annotations }: { annotations: readonly AnnotationRecord[] }) {
  const { t, language } = useI18n();
  const hover = useUi((s) => s.hover);
  const blocked = useUi((s) => !!s.pendingSpan || !!s.pickList);
  const tags = useTags();
  if (!hover || blocked) return null;
  const items = hover.ids.map((id) => annotations.find((a) => a.id === id)).filter((a): a is AnnotationRecord => !!a);
  if (items.length === 0) return null;
  return (
    <div className="hover-card" role="tooltip" data-testid="hover-card" style={{ left: hover.at.x, top: hover.at.y }}>
      {items.map((a) => {
        const tag = tags.find((x) => x.id === a.tagId);
        const claimant = a.claim && claimantName(a.claim, (id) => annotations.find((x) => x.id === id));
        const note = notePlainText(a.note);
        return (
          <div key={a.id} className="hover-item">
            <strong>
              <TagSwatch tag={tag} /> {tagLabel(tag, language)}
            </strong>{' '}
            <bdi>{a.exact}</bdi>
            {a.claim && (
              <>
                <div>
                  {t('claim.claimant')}: <bdi>{claimant ?? t('claim.noClaimant')}</bdi> · {t(`claim.status.${a.claim.status}`)}
                </div>
                <div>
                  {t('claim.attribution')}: {t(`claim.attribution.${a.claim.attribution}`)} · {t('claim.confidenceShort')}: {a.claim.confidence === null ? '—' : `${a.claim.confidence}%`}
                </div>
              </>
            )}
            {note && (
              <div className="hover-note" dir="auto">
                {note}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
