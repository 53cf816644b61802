/** Removing a tag: at once when unused; when in use, the analyst chooses to move or delete its annotations. */
import { useState } from 'react';
import type { TagDefinition } from '../../../shared/annotation/tagSet';
import { useI18n } from '../../app/i18n';
import { appDatabase } from '../../db/database';
import { removeTag, tagUsage } from '../../db/tags';
import { tagLabel } from '../annotate/tagLabel';

export function RemoveTagButton({ tag, tags }: { tag: TagDefinition; tags: readonly TagDefinition[] }) {
  const { t, language } = useI18n();
  const [asking, setAsking] = useState<number | null>(null);
  const others = tags.filter((x) => x.id !== tag.id);
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? '');
  const name = tagLabel(tag, language);

  const start = async () => {
    const count = await tagUsage(appDatabase(), tag.id);
    if (count === 0) await removeTag(appDatabase(), tag.id, 'delete');
    else setAsking(count);
  };

  return (
    <>
      <button type="button" className="danger" aria-label={t('tags.remove', { tag: name })} disabled={others.length === 0} onClick={() => void start()}>
        ✕
      </button>
      {asking !== null && (
        <div className="remove-tag-choice" role="alertdialog" aria-label={t('tags.remove', { tag: name })}>
          <p>{t('tags.inUse', { count: asking, tag: name })}</p>
          <label>
            {t('tags.moveTo')}{' '}
            <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)} autoFocus>
              {others.map((x) => (
                <option key={x.id} value={x.id}>
                  {tagLabel(x, language)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void removeTag(appDatabase(), tag.id, { moveTo })}>
            {t('tags.move')}
          </button>
          <button type="button" className="danger" onClick={() => void removeTag(appDatabase(), tag.id, 'delete')}>
            {t('tags.deleteThem')}
          </button>
          <button type="button" onClick={() => setAsking(null)}>
            {t('tags.cancel')}
          </button>
          <p className="muted">{t('tags.undoHint')}</p>
        </div>
      )}
    </>
  );
}
