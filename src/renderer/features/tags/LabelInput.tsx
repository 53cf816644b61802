/**
 * One label of a tag in the tag set editor. Written as it is typed (spaces trimmed and collapsed),
 * unless it would leave the tag without any label or give it another tag's name: then the draft
 * stays, marked invalid with the reason, and the stored label is kept.
 */
import { useId, useState } from 'react';
import { cleanLabel, tagLabelsProblem, type LabelField, type TagLabelProblem } from '../../../shared/annotation/tagLabels';
import type { TagDefinition } from '../../../shared/annotation/tagSet';
import { useI18n } from '../../ui/i18n';
import { appDatabase } from '../../db/database';
import { TagLabelError, updateTag } from '../../db/tags';
import { tagLabel } from '../../ui/tagLabel';
import { useStoredDraft } from '../forms/useStoredDraft';
import { tagLabelMessage } from './tagLabelMessage';

const asIs = (label: string) => label;

export function LabelInput({ tag, tags, field, label }: { tag: TagDefinition; tags: readonly TagDefinition[]; field: LabelField; label: string }) {
  const { t, language } = useI18n();
  const errorId = useId();
  // Refused by the database although the editor's copy of the set allowed it (the set changed meanwhile).
  const [refused, setRefused] = useState<TagLabelProblem | null>(null);
  const other: LabelField = field === 'labelEn' ? 'labelAr' : 'labelEn';
  const check = (text: string) => tagLabelsProblem({ [field]: text, [other]: tag[other] } as Record<LabelField, string>, tags, tag.id);
  const { draft, edit, settle } = useStoredDraft(tag[field], asIs, (value) => {
    updateTag(appDatabase(), tag.id, { [field]: value }).catch((error: unknown) => {
      if (error instanceof TagLabelError) setRefused(error.problem);
      else throw error;
    });
  });
  const problem = check(draft) ?? refused;
  return (
    <>
      <input
        dir={field === 'labelAr' ? 'rtl' : 'ltr'}
        aria-label={`${label}: ${tagLabel(tag, language)}`}
        aria-invalid={problem !== null}
        aria-describedby={problem ? errorId : undefined}
        value={draft}
        onChange={(e) => {
          setRefused(null);
          edit(e.target.value, check(e.target.value) ? undefined : cleanLabel(e.target.value));
        }}
        onBlur={settle}
      />
      {problem && (
        <p id={errorId} role="alert" className="form-error">
          {tagLabelMessage(problem, t, 'tags.labelEmpty')}
        </p>
      )}
    </>
  );
}
