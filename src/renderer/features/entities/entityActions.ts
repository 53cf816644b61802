/** What the entities view does outside itself: jump to a mention in the reader, open and leave the view. */
import type { AnnotationRecord } from '../../../shared/annotation/annotation';
import { revealInReader } from '../../ui/revealInReader';
import { useUi } from '../../state/store';

/** Opens the mention's article in the reader, with the mention selected and flashed. */
export function showInReader(annotation: Pick<AnnotationRecord, 'id' | 'articleId' | 'start' | 'end'>): Promise<void> {
  return revealInReader({ articleId: annotation.articleId, annotationId: annotation.id, start: annotation.start, end: annotation.end });
}

/** The reader again, with the focus in it (its keys act at once). */
export function backToReader(): void {
  useUi.getState().showView('reader');
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.reader-scroll')?.focus());
}

/** Ctrl+Shift+E: the entities view, or back to the reader from it. */
export function toggleEntitiesView(): void {
  if (useUi.getState().view === 'entities') backToReader();
  else useUi.getState().showView('entities');
}
