/**
 * Opens an annotation of any article in the reader — from the claims view, a linked claim in the
 * claim form, any list of the corpus: its article becomes the selected one, the workspace shows the
 * reader, and the reader (features/reader/ReaderPane.tsx) selects, scrolls to and flashes it once
 * that article is on screen, after its remembered scroll position is restored (which would move
 * the view away again).
 */
import { appDatabase } from '../db/database';
import { writeSetting } from '../db/settings';
import type { RevealRequest } from '../state/viewSlice';
import { useUi } from '../state/store';

export async function revealInReader(request: RevealRequest): Promise<void> {
  // The article is chosen first, so the reader opens on it rather than on the one before.
  await writeSetting(appDatabase(), 'selectedArticleId', request.articleId);
  useUi.getState().openInReader(request);
}
