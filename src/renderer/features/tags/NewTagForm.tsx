/** Adds a tag at the end of the set, with a colour not yet taken where one is free. */
import { useState } from 'react';
import type { TagDefinition } from '../../../shared/annotation/tagSet';
import { useI18n } from '../../app/i18n';
import { appDatabase } from '../../db/database';
import { useTags } from '../../db/live';
import { addTag } from '../../db/tags';

const SPARE_COLOURS = ['#0ea5e9', '#84cc16', '#d946ef', '#f97316', '#6366f1', '#22c55e', '#e11d48', '#0891b2'];

export function NewTagForm() {
  const { t } = useI18n();
  const tags = useTags();
  const free = SPARE_COLOURS.find((c) => !tags.some((x) => x.color.toLowerCase() === c)) ?? SPARE_COLOURS[0]!;
  const [labelEn, setLabelEn] = useState('');
  const [labelAr, setLabelAr] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const [kind, setKind] = useState<TagDefinition['kind']>('entity');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="new-tag"
      aria-label={t('tags.new')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!labelEn.trim() && !labelAr.trim()) {
          setError(t('tags.labelRequired'));
          return;
        }
        void addTag(appDatabase(), { labelEn: labelEn.trim(), labelAr: labelAr.trim(), color: color ?? free, kind }).then(() => {
          setLabelEn('');
          setLabelAr('');
          setColor(null);
          setError(null);
        });
      }}
    >
      <fieldset>
        <legend>{t('tags.new')}</legend>
        <input type="color" aria-label={t('tags.colour', { tag: t('tags.new') })} value={color ?? free} onChange={(e) => setColor(e.target.value)} />
        <input dir="ltr" aria-label={t('tags.labelEn')} placeholder={t('tags.labelEn')} value={labelEn} onChange={(e) => setLabelEn(e.target.value)} />
        <input dir="rtl" aria-label={t('tags.labelAr')} placeholder={t('tags.labelAr')} value={labelAr} onChange={(e) => setLabelAr(e.target.value)} />
        <select aria-label={t('tags.kind')} value={kind} onChange={(e) => setKind(e.target.value as TagDefinition['kind'])}>
          <option value="entity">{t('tags.kindEntity')}</option>
          <option value="claim">{t('tags.kindClaim')}</option>
        </select>
        <button type="submit">{t('tags.add')}</button>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </fieldset>
    </form>
  );
}
