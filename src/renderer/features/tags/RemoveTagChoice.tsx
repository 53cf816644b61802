/** Removing a tag in use: the analyst chooses to move its annotations to another tag or delete them. */
import { useState } from 'react';
import type { TagDefinition } from '../../../shared/annotation/tagSet';
import { useI18n } from '../../ui/i18n';
import { appDatabase } from '../../db/database';
import { removeTag, tagUsage } from '../../db/tags';
import { tagLabel } from '../../ui/tagLabel';

/** Removes an unused tag at once; for one in use, returns how many annotations use it so the caller asks. */
export async function removeOrCount(tag: TagDefinition): Promise<number> {
  const count = await tagUsage(appDatabase(), tag.id);
  if (count === 0) await removeTag(appDatabase(), tag.id, 'delete');
  return count;
}

export function RemoveTagQuestion({ tag, tags, count, onDone }: { tag: TagDefinition; tags: readonly TagDefinition[]; count: number; onDone: () => void }) {
  const { t, language } = useI18n();
  const others = tags.filter((x) => x.id !== tag.id);
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? '');
  const name = tagLabel(tag, language);
  return (
    <div className="remove-tag-choice" role="alertdialog" aria-label={t('tags.remove', { tag: name })}>
      <p>{t('tags.inUse', { count, tag: name })}</p>
      <label>
        {t('tags.moveTo', { count })} {/* The choice appears because the analyst asked to remove the tag: the focus goes to the question it asks. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)} autoFocus>
          {others.map((x) => (
            <option key={x.id} value={x.id}>
              {tagLabel(x, language)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void removeTag(appDatabase(), tag.id, { moveTo }).then(onDone)}>
        {t('tags.move', { count })}
      </button>
      <button type="button" className="danger" onClick={() => void removeTag(appDatabase(), tag.id, 'delete').then(onDone)}>
        {t('tags.deleteThem', { count })}
      </button>
      <button type="button" onClick={onDone}>
        {t('tags.cancel')}
      </button>
      <p className="muted">{t('tags.undoHint')}</p>
    </div>
  );
}
