/**
 * The tag set editor: add, rename, recolour, reorder and remove tags. A modal <dialog>, so focus
 * stays inside it and Escape closes it. Every edit is written at once (labels that are empty or
 * another tag's are refused, see LabelInput); removing a tag in use first asks what to do with its
 * annotations (see RemoveTagChoice).
 */
import { Fragment, useRef, useState } from 'react';
import { useI18n } from '../../ui/i18n';
import { useShowModal } from '../../ui/useShowModal';
import { appDatabase } from '../../db/database';
import { useTags } from '../../db/live';
import { moveTag, updateTag } from '../../db/tags';
import { tagLabel } from '../../ui/tagLabel';
import { LabelInput } from './LabelInput';
import { NewTagForm } from './NewTagForm';
import { RemoveTagQuestion, removeOrCount } from './RemoveTagChoice';

export function TagSetEditor({ onClose }: { onClose: () => void }) {
  const { t, language } = useI18n();
  const tags = useTags();
  const dialog = useRef<HTMLDialogElement>(null);
  const [removing, setRemoving] = useState<{ tagId: string; count: number } | null>(null);
  useShowModal(dialog);
  return (
    <dialog ref={dialog} className="tag-editor" aria-labelledby="tag-editor-title" onClose={onClose} data-testid="tag-editor">
      <h2 id="tag-editor-title">{t('tags.title')}</h2>
      <p className="muted">{t('tags.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('tags.key')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('tags.colourColumn')}</span>
            </th>
            <th scope="col">{t('tags.labelEn')}</th>
            <th scope="col">{t('tags.labelAr')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('tags.actionsColumn')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tags.map((tag, i) => {
            const name = tagLabel(tag, language);
            return (
              <Fragment key={tag.id}>
                <tr data-tag-row={tag.id}>
                  <td className="tag-key">{i < 9 ? <kbd>{i + 1}</kbd> : null}</td>
                  <td>
                    <input type="color" aria-label={t('tags.colour', { tag: name })} value={tag.color} onChange={(e) => void updateTag(appDatabase(), tag.id, { color: e.target.value })} />
                  </td>
                  <td>
                    <LabelInput tag={tag} tags={tags} field="labelEn" label={t('tags.labelEn')} />
                  </td>
                  <td>
                    <LabelInput tag={tag} tags={tags} field="labelAr" label={t('tags.labelAr')} />
                  </td>
                  <td className="tag-row-actions">
                    <button type="button" aria-label={t('tags.moveUp', { tag: name })} disabled={i === 0} onClick={() => void moveTag(appDatabase(), tag.id, -1)}>
                      ↑
                    </button>
                    <button type="button" aria-label={t('tags.moveDown', { tag: name })} disabled={i === tags.length - 1} onClick={() => void moveTag(appDatabase(), tag.id, 1)}>
                      ↓
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={t('tags.remove', { tag: name })}
                      disabled={tags.length === 1}
                      onClick={() => void removeOrCount(tag).then((count) => setRemoving(count > 0 ? { tagId: tag.id, count } : null))}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
                {removing?.tagId === tag.id && (
                  <tr>
                    <td colSpan={5}>
                      <RemoveTagQuestion tag={tag} tags={tags} count={removing.count} onDone={() => setRemoving(null)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <NewTagForm />
      <form method="dialog" className="dialog-actions">
        <button type="submit">{t('tags.close')}</button>
      </form>
    </dialog>
  );
}
