/**
 * What makes a tag's labels acceptable: at least one of them says something, and neither names
 * another tag. Two tags called "Place" and "place", or مكان and مَكان, would be told apart by
 * colour alone in the palette, the legend and every report, so they count as the same name.
 */
import { foldArabic } from '../arabic/normalize';
import { isDeleted } from '../model';
import type { TagDefinition } from './tagSet';

export type TagLabels = Pick<TagDefinition, 'labelEn' | 'labelAr'>;
export type LabelField = keyof TagLabels;

export type TagLabelProblem =
  | { problem: 'empty' }
  /** `field` of the labels checked equals `label`, a label of the tag `clash`. */
  | { problem: 'duplicate'; field: LabelField; clash: TagDefinition; label: string };

/**
 * The form labels are compared in: compatibility forms unified (Arabic presentation forms, full-width
 * Latin), the Arabic normaliser (tashkeel, tatweel, alef forms, ى/ي, ة/ه, digits, invisible marks),
 * spaces trimmed and collapsed, case folded (upper then lower, so ß and SS meet).
 */
export function labelKey(label: string): string {
  return foldArabic(label.normalize('NFKC')).toUpperCase().toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The label as stored: spaces trimmed and collapsed, nothing else changed. */
export function cleanLabel(label: string): string {
  return label.replace(/\s+/gu, ' ').trim();
}

/**
 * The first problem with `labels` given the other tags of the set (`selfId`, the tag being edited,
 * is left out), or null when they can be stored. A label that folds to nothing (only tatweel or
 * diacritics) is empty.
 */
export function tagLabelsProblem(labels: TagLabels, tags: readonly TagDefinition[], selfId?: string): TagLabelProblem | null {
  const keys = { labelEn: labelKey(labels.labelEn), labelAr: labelKey(labels.labelAr) };
  if (keys.labelEn === '' && keys.labelAr === '') return { problem: 'empty' };
  for (const field of ['labelEn', 'labelAr'] as const) {
    if (keys[field] === '') continue;
    for (const other of tags) {
      if (other.id === selfId || isDeleted(other)) continue;
      // Either language: an English label that is another tag's Arabic one is as confusing.
      const label = [other.labelEn, other.labelAr].find((l) => labelKey(l) === keys[field]);
      if (label !== undefined) return { problem: 'duplicate', field, clash: other, label };
    }
  }
  return null;
}
