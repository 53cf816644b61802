/**
 * Adds a tag at the end of the set, with a colour not yet taken where one is free. It needs a label
 * in one language at least, and neither label may be another tag's (see tagLabelsProblem).
 */
import { useId, useState } from 'react';
import { tagLabelsProblem, type LabelField, type TagLabelProblem } from '../../../shared/annotation/tagLabels';
import type { TagDefinition } from '../../../shared/annotation/tagSet';
import { useI18n } from '../../ui/i18n';
import { appDatabase } from '../../db/database';
import { useTags } from '../../db/live';
import { addTag, TagLabelError } from '../../db/tags';
import { tagLabelMessage } from './tagLabelMessage';

const SPARE_COLOURS = ['#0ea5e9', '#84cc16', '#d946ef', '#f97316', '#6366f1', '#22c55e', '#e11d48', '#0891b2'];

export function NewTagForm() {
  const { t } = useI18n();
  const tags = useTags();
  const free = SPARE_COLOURS.find((c) => !tags.some((x) => x.color.toLowerCase() === c)) ?? SPARE_COLOURS[0]!;
  const [labelEn, setLabelEn] = useState('');
  const [labelAr, setLabelAr] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const [kind, setKind] = useState<TagDefinition['kind']>('entity');
  const [problem, setProblem] = useState<TagLabelProblem | null>(null);
  const errorId = useId();
  const invalid = (field: LabelField) => problem !== null && (problem.problem === 'empty' || problem.field === field);
  const refuse = (error: unknown) => {
    if (error instanceof TagLabelError) setProblem(error.problem);
    else throw error;
  };
  return (
    <form
      className="new-tag"
      aria-label={t('tags.new')}
      onSubmit={(e) => {
        e.preventDefault();
        const found = tagLabelsProblem({ labelEn, labelAr }, tags);
        setProblem(found);
        if (found) return;
        addTag(appDatabase(), { labelEn, labelAr, color: color ?? free, kind })
          .then(() => {
            setLabelEn('');
            setLabelAr('');
            setColor(null);
          })
          .catch(refuse);
      }}
    >
      <fieldset>
        <legend>{t('tags.new')}</legend>
        <input type="color" aria-label={t('tags.colour', { tag: t('tags.new') })} value={color ?? free} onChange={(e) => setColor(e.target.value)} />
        {(['labelEn', 'labelAr'] as const).map((field) => (
          <input
            key={field}
            dir={field === 'labelAr' ? 'rtl' : 'ltr'}
            aria-label={t(`tags.${field}`)}
            placeholder={t(`tags.${field}`)}
            aria-invalid={invalid(field)}
            aria-describedby={invalid(field) ? errorId : undefined}
            value={field === 'labelEn' ? labelEn : labelAr}
            onChange={(e) => (field === 'labelEn' ? setLabelEn : setLabelAr)(e.target.value)}
          />
        ))}
        <select aria-label={t('tags.kind')} value={kind} onChange={(e) => setKind(e.target.value as TagDefinition['kind'])}>
          <option value="entity">{t('tags.kindEntity')}</option>
          <option value="claim">{t('tags.kindClaim')}</option>
        </select>
        <button type="submit">{t('tags.add')}</button>
        {problem && (
          <p id={errorId} role="alert" className="form-error">
            {tagLabelMessage(problem, t, 'tags.labelRequired')}
          </p>
        )}
      </fieldset>
    </form>
  );
}
