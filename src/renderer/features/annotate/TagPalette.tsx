/** The palette that appears at a selection: one button per tag, numbered 1–9 for the keyboard. */
import { commandRow, keysShown } from '../../../shared/commands/commandTable';
import { useI18n } from '../../ui/i18n';
import { useTags } from '../../db/live';
import { useUi } from '../../state/store';
import { linkPendingSpanAsClaimant, tagPendingSpan } from './annotateActions';
import { useAnnotationSession } from './openAnnotationSession';
import { TagChip } from '../../ui/TagChip';

export function TagPalette() {
  const { t } = useI18n();
  const pending = useUi((s) => s.pendingSpan);
  const linking = useUi((s) => s.linkingClaimId !== null);
  const tags = useTags();
  const session = useAnnotationSession();
  if (!pending || !session) return null;
  return (
    <div className="tag-palette" role="toolbar" aria-label={t('annotate.palette')} data-testid="tag-palette" style={{ left: pending.at.x, top: pending.at.y }}>
      {tags.map((tag, i) => (
        <TagChip
          key={tag.id}
          tag={tag}
          // mousedown would clear the text selection before the click lands
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => void tagPendingSpan(session, tag)}
          before={i < 9 && <kbd>{i + 1}</kbd>}
        />
      ))}
      {linking && (
        <button type="button" className="palette-link" onMouseDown={(e) => e.preventDefault()} onClick={() => void linkPendingSpanAsClaimant(session)}>
          <kbd>{keysShown(commandRow('link-claimant'))}</kbd> {t('claim.linkSelection')}
        </button>
      )}
      <span className="palette-hint">{t('annotate.paletteHint')}</span>
    </div>
  );
}
