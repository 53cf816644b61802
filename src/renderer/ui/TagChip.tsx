/** How a tag shows: its colour square, and the chip (a button with the colour and the name) that picks or filters by it. */
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import type { TagDefinition } from '../../shared/annotation/tagSet';
import { useI18n } from './i18n';
import { tagLabel } from './tagLabel';

/** The tag's colour, beside its name wherever an annotation or a tag is listed. */
export function TagSwatch({ tag }: { tag: TagDefinition | undefined }) {
  return <span className="tag-swatch" style={{ backgroundColor: tag?.color }} />;
}

interface TagChipProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'className' | 'children'> {
  tag: TagDefinition;
  /** Shown between the colour and the name (the tag's key, its letter code). */
  before?: ReactNode;
  /** Shown after the name (a count). */
  after?: ReactNode;
}

/** A button for one tag: colour, `before`, name in the interface language, `after`. */
export function TagChip({ tag, before, after, ...button }: TagChipProps) {
  const { language } = useI18n();
  return (
    <button type="button" className="tag-chip" data-tag={tag.id} {...button}>
      <TagSwatch tag={tag} />
      {before} {tagLabel(tag, language)}
      {after}
    </button>
  );
}
