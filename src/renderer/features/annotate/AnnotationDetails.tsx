/** The selected annotation: retag, resize, delete, claim fields and its note. */
import type { AnnotationRecord } from '../../../shared/annotation/annotation';
import { commandRow, keysShown, type CommandId } from '../../../shared/commands/commandTable';
import { useI18n } from '../../ui/i18n';
import { useSettingsOrDefault, useTags } from '../../db/live';
import { NoteEditor } from '../../editor/NoteEditor';
import { useUi } from '../../state/store';
import { deleteSelectedAnnotation, resizeSelected, retagSelected } from './annotateActions';
import { ClaimForm } from './ClaimForm';
import { EntityField } from './EntityField';
import { entityTypeOfTag } from '../../../shared/entity/entity';
import { useAnnotationSession } from './openAnnotationSession';
import { tagLabel } from '../../ui/tagLabel';

/** The keys of a command, as the table shows them. */
const shownKeys = (id: CommandId) => keysShown(commandRow(id));

export function AnnotationDetails({ annotation, annotations }: { annotation: AnnotationRecord; annotations: readonly AnnotationRecord[] }) {
  const { t, language } = useI18n();
  const tags = useTags();
  const resizeMode = useUi((s) => s.resizeMode);
  const { analystName } = useSettingsOrDefault();
  const session = useAnnotationSession();
  return (
    <section className="annotation-details" aria-label={t('annotate.details')} data-testid="annotation-details">
      <p className="details-exact" dir="auto">
        <bdi>{annotation.exact}</bdi>
      </p>
      <label>
        {t('annotate.tag')}
        <select
          aria-label={t('annotate.tag')}
          value={annotation.tagId}
          onChange={(e) => {
            const tag = tags.find((x) => x.id === e.target.value);
            if (tag) void retagSelected(session, tag);
          }}
        >
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tagLabel(tag, language)}
            </option>
          ))}
        </select>
      </label>
      {entityTypeOfTag(annotation.tagId) && <EntityField annotation={annotation} />}
      <div className="resize-controls" role="group" aria-label={t('annotate.resize')}>
        <span>{t('annotate.resize')}</span>
        <button type="button" onClick={() => void resizeSelected(session, 'start', -1)} aria-label={t('annotate.growStart')} title={`${shownKeys('resize-mode')} · ${shownKeys('resize-start')}`}>
          <span className="mirror-rtl">⇤</span>+
        </button>
        <button type="button" onClick={() => void resizeSelected(session, 'start', 1)} aria-label={t('annotate.shrinkStart')}>
          <span className="mirror-rtl">⇤</span>−
        </button>
        <button type="button" onClick={() => void resizeSelected(session, 'end', -1)} aria-label={t('annotate.shrinkEnd')}>
          −<span className="mirror-rtl">⇥</span>
        </button>
        <button type="button" onClick={() => void resizeSelected(session, 'end', 1)} aria-label={t('annotate.growEnd')} title={`${shownKeys('resize-mode')} · ${shownKeys('resize-end')}`}>
          +<span className="mirror-rtl">⇥</span>
        </button>
        <button
          type="button"
          className="resize-keys"
          aria-pressed={resizeMode}
          aria-label={t('annotate.resizeWithKeys')}
          title={t('annotate.resizeWithKeys')}
          onClick={() => {
            useUi.getState().setResizeMode(!resizeMode);
            // The keys that resize act in the reader, not on this button.
            document.querySelector<HTMLElement>('.reader-scroll')?.focus();
          }}
        >
          <kbd>{shownKeys('resize-mode')}</kbd>
        </button>
      </div>
      <button type="button" className="danger" onClick={() => void deleteSelectedAnnotation(session)} title={shownKeys('delete-annotation')}>
        {t('annotate.delete')}
      </button>
      {annotation.claim && <ClaimForm claim={annotation} annotations={annotations} />}
      <NoteEditor owner={{ kind: 'annotation', annotationId: annotation.id }} author={analystName} value={annotation.note} label={t('note.label')} />
    </section>
  );
}
