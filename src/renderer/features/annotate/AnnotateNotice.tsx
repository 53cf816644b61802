/** Why the last tag was not stored: its write failed (and it is no longer shown), or the span already had that tag. */
import { useI18n } from '../../ui/i18n';
import { useTags } from '../../db/live';
import { useUi } from '../../state/store';
import { ARTICLE_GONE } from './annotateActions';
import { tagLabel } from '../../ui/tagLabel';

export function AnnotateNotice() {
  const { t, language } = useI18n();
  const notice = useUi((s) => s.notice);
  const tags = useTags();
  if (!notice) return null;
  const text =
    notice.kind === 'already-tagged'
      ? t('annotate.alreadyTagged', {
          tag: tagLabel(
            tags.find((x) => x.id === notice.tagId),
            language,
          ),
        })
      : t('annotate.writeFailed', { reason: notice.reason === ARTICLE_GONE ? t('annotate.articleGone') : notice.reason });
  return (
    <p className="reader-notice" role="alert">
      {text}{' '}
      <button type="button" onClick={() => useUi.getState().setNotice(null)}>
        {t('tags.close')}
      </button>
    </p>
  );
}
