/** The palette that appears at a selection: one button per tag, numbered 1–9 for the keyboard. */
import { commandRow, keysShown } from '../../../shared/commands/commandTable';
import { useI18n } from '../../ui/i18n';
import { useTags } from '../../db/live';
import { useUi } from '../../state/store';
import { linkPendingSpanAsClaimant, tagPendingSpan } from './annotateActions';
import { tagLabel } from '../../ui/tagLabel';

export function TagPalette() {
  const { t, language } = useI18n();
  const pending = useUi((s) => s.pendingSpan);
  const linking = useUi((s) => s.linkingClaimId !== null);
  const tags = useTags();
  if (!pending) return null;
  return (
    <div className="tag-palette" role="toolbar" aria-label={t('annotate.palette')} data-testid="tag-palette" style={{ left: pending.at.x, top: pending.at.y }}>
      {tags.map((tag, i) => (
        <button
          key={tag.id}
          type="button"
          className="tag-chip"
          data-tag={tag.id}
          // mousedown would clear the text selection before the click lands
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => void tagPendingSpan(tag)}
        >
          <span className="tag-swatch" style={{ backgroundColor: tag.color }} />
          {i < 9 && <kbd>{i + 1}</kbd>} {tagLabel(tag, language)}
        </button>
      ))}
      {linking && (
        <button type="button" className="palette-link" onMouseDown={(e) => e.preventDefault()} onClick={() => void linkPendingSpanAsClaimant()}>
          <kbd>{keysShown(commandRow('link-claimant'))}</kbd> {t('claim.linkSelection')}
        </button>
      )}
      <span className="palette-hint">{t('annotate.paletteHint')}</span>
    </div>
  );
}
