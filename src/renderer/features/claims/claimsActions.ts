/** What the claims view's commands do: open a claim in the reader, go back, or toggle the view. */
import type { ClaimRef } from '../../../shared/claims/corpusClaim';
import { useUi } from '../../state/store';
import { revealInReader } from '../../ui/revealInReader';

/** The claim in the reader, selected and flashed; the view remembers it as its active row for the way back. */
export function openClaim(claim: ClaimRef): Promise<void> {
  useUi.getState().setActiveClaim(claim.id);
  return revealInReader({ articleId: claim.articleId, annotationId: claim.id, start: claim.start, end: claim.end });
}

/** Back to the reader as it was (its scroll area takes the focus once the article is on screen). */
export function backToReader(): void {
  useUi.getState().showView('reader');
}

/** The claims view, or (asked again there) back to the reader. */
export function toggleClaimsView(): void {
  if (useUi.getState().view === 'claims') backToReader();
  else useUi.getState().showView('claims');
}
