/**
 * A polite live region that tells screen readers what happened to the article's annotations:
 * "Tagged Person: بوتين", "Retagged as Place: …", "Removed Claim: …". It compares each reading of
 * the article's annotations with the one before, so every path (keys, clicks, panel, undo) speaks.
 */
import { useEffect, useRef, useState } from 'react';
import type { AnnotationRecord } from '../../../shared/annotation/annotation';
import { annotationChanges } from '../../../shared/annotation/annotationChanges';
import type { TagDefinition } from '../../../shared/annotation/tagSet';
import { useI18n } from '../../ui/i18n';
import { tagLabel } from '../../ui/tagLabel';

/** Longer quotes are cut: a screen reader reading a whole claim aloud on every tag is noise. */
const MAX_SPOKEN = 60;

export function AnnotationAnnouncer({ articleId, annotations, tags }: { articleId: string; annotations: readonly AnnotationRecord[]; tags: readonly TagDefinition[] }) {
  const { t, language } = useI18n();
  const previous = useRef<{ articleId: string; annotations: readonly AnnotationRecord[] } | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const before = previous.current;
    previous.current = { articleId, annotations };
    // A newly opened article is not a change.
    if (!before || before.articleId !== articleId) return;
    const spoken = annotationChanges(before.annotations, annotations).map(({ kind, annotation }) => {
      const text = annotation.exact.length > MAX_SPOKEN ? `${annotation.exact.slice(0, MAX_SPOKEN - 1)}…` : annotation.exact;
      const tag = tagLabel(
        tags.find((x) => x.id === annotation.tagId),
        language,
      );
      return t(`announce.${kind}`, { tag, text });
    });
    if (spoken.length > 0) setMessage(spoken.join(' '));
  }, [articleId, annotations, tags, t, language]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="annotation-announcer">
      {message}
    </p>
  );
}
