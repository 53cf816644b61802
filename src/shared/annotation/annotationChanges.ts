/**
 * What changed between two readings of an article's annotations: the tags added, retagged and
 * removed. Screen readers are told of each (the reader's live region), whatever made the change:
 * a key, a click, the panel, undo or redo.
 */
import type { AnnotationRecord } from './annotation';

export type AnnotationChange = { kind: 'tagged'; annotation: AnnotationRecord } | { kind: 'retagged'; annotation: AnnotationRecord } | { kind: 'deleted'; annotation: AnnotationRecord };

export function annotationChanges(before: readonly AnnotationRecord[], after: readonly AnnotationRecord[]): AnnotationChange[] {
  const old = new Map(before.map((a) => [a.id, a]));
  const now = new Set(after.map((a) => a.id));
  const changes: AnnotationChange[] = [];
  for (const a of after) {
    const previous = old.get(a.id);
    if (!previous) changes.push({ kind: 'tagged', annotation: a });
    else if (previous.tagId !== a.tagId) changes.push({ kind: 'retagged', annotation: a });
  }
  for (const a of before) if (!now.has(a.id)) changes.push({ kind: 'deleted', annotation: a });
  return changes;
}
