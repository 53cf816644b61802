/**
 * What the palette, keyboard, panel and menu do to the annotations of the open article: the
 * meaning of each gesture (what is selected, the palette, claimant linking), carried out through
 * the article's AnnotationSession, which owns the edits themselves.
 */
import { snapSpan } from '../../../shared/annotation/snapSpan';
import type { AnnotationRecord } from '../../../shared/annotation/annotation';
import type { TagDefinition } from '../../../shared/annotation/tagSet';
import { articleText } from '../../db/articles';
import { appDatabase } from '../../db/database';
import { readerRedoScope, readerUndoScope, redo, undo } from '../../db/history';
import { CORPUS_HISTORY } from '../../db/historyEntry';
import { readSettings } from '../../db/settings';
import type { AnnotationCommands } from '../../editor/annotationCommands';
import type { AnnotationSession } from '../../editor/annotationSession';
import { useUi } from '../../state/store';

export { ARTICLE_GONE } from '../../editor/annotationSession';

/** Tags that can make a claim. */
export const CLAIMANT_TAGS: ReadonlySet<string> = new Set(['person', 'organisation']);

/** Sets the selected annotation's span (a drag of its handles), snapped and trimmed like a new one. */
export async function resizeSelectedTo(session: AnnotationSession, raw: { start: number; end: number }): Promise<void> {
  const { selectedAnnotationId } = useUi.getState();
  if (selectedAnnotationId) await session.resizeTo(selectedAnnotationId, raw);
}

/**
 * Tags the span waiting in the palette; the new annotation becomes the selected one. The session
 * paints it at once and writes it as soon as that frame is on its way; if the write fails, the
 * highlight goes and the analyst is told. A span that already has this tag is not tagged twice:
 * the analyst is told and the existing one is selected (or, while linking a claim, becomes its claimant).
 */
export async function tagPendingSpan(session: AnnotationSession, tag: TagDefinition): Promise<void> {
  const ui = useUi.getState();
  const pending = ui.pendingSpan;
  if (!pending) return;
  // Close the palette and drop the selection now, before any await: the analyst may already be
  // selecting the next span while this one is written. The caret stays at the tag's end, so the
  // next selection starts there (and never resizes this one).
  ui.closePalette();
  if (ui.notice?.kind === 'already-tagged') ui.setNotice(null); // said about the previous tag
  window.getSelection()?.removeAllRanges();
  ui.setCaret(pending.end);
  const tagged = await session.tag({ start: pending.start, end: pending.end }, tag);
  if (!tagged) return; // not stored: reported by the session
  try {
    const linking = useUi.getState().linkingClaimId;
    if (linking && CLAIMANT_TAGS.has(tag.id)) {
      await session.setClaimant(linking, tagged.annotation.id);
      useUi.getState().setLinkingClaim(null);
      useUi.getState().selectAnnotation(linking);
      return;
    }
    if (tagged.existed) {
      useUi.getState().setNotice({ kind: 'already-tagged', tagId: tag.id });
      useUi.getState().selectAnnotation(tagged.annotation.id);
      return;
    }
    // Selected for its note and details, unless the analyst has already moved on: another
    // selection made, or the caret moved away (a digit must not retag a tag left behind).
    const now = useUi.getState();
    if (!now.pendingSpan && (now.caret === null || now.caret === pending.end)) now.selectAnnotation(tagged.annotation.id);
  } catch (error) {
    session.reportFailure(error);
  }
}

/**
 * Undo from the menu: in the open article, or, when none is on screen yet (a menu command while
 * it loads), in the selected one. The reader binds its session's undo over this while it is open.
 * Outside the reader (the entities and claims views) it undoes the corpus's steps (merges, renames,
 * links made there: db/historyEntry.ts CORPUS_HISTORY). Returns the step's label, or null.
 */
export async function undoInArticle(): Promise<string | null> {
  const historyId = await historyOnScreen();
  if (!historyId) return null;
  const db = appDatabase();
  return undo(db, historyId === CORPUS_HISTORY ? historyId : await readerUndoScope(db, historyId));
}

export async function redoInArticle(): Promise<string | null> {
  const historyId = await historyOnScreen();
  if (!historyId) return null;
  const db = appDatabase();
  return redo(db, historyId === CORPUS_HISTORY ? historyId : await readerRedoScope(db, historyId));
}

/** Whose steps undo and redo act on now: the corpus's outside the reader, else the article's. */
async function historyOnScreen(): Promise<string | null> {
  return useUi.getState().view !== 'reader' ? CORPUS_HISTORY : selectedArticleWithText();
}

async function selectedArticleWithText(): Promise<string | null> {
  const db = appDatabase();
  const { selectedArticleId } = await readSettings(db);
  if (!selectedArticleId) return null;
  return (await articleText(db, selectedArticleId)) === null ? null : selectedArticleId;
}

export async function deleteSelectedAnnotation(session: AnnotationSession | null): Promise<void> {
  const { selectedAnnotationId } = useUi.getState();
  if (!selectedAnnotationId || !session) return;
  await session.remove([selectedAnnotationId]);
  useUi.getState().selectAnnotation(null);
}

export async function retagSelected(session: AnnotationSession | null, tag: TagDefinition): Promise<void> {
  const { selectedAnnotationId } = useUi.getState();
  if (selectedAnnotationId && session) await session.retag(selectedAnnotationId, tag);
}

/**
 * Moves one edge of the selected annotation (logical direction: +1 forward) by one grapheme, or by
 * one word (see AnnotationSession.resizeStep).
 */
export async function resizeSelected(session: AnnotationSession | null, edge: 'start' | 'end', direction: 1 | -1, unit: 'grapheme' | 'word' = 'grapheme'): Promise<void> {
  const { selectedAnnotationId } = useUi.getState();
  if (selectedAnnotationId && session) await session.resizeStep(selectedAnnotationId, edge, direction, unit);
}

/**
 * While linking a claim: the selected text becomes its claimant. An existing Person/Organisation
 * annotation on exactly that span is reused; otherwise the span is tagged Person first.
 */
export async function linkPendingSpanAsClaimant(session: AnnotationSession): Promise<void> {
  const { pendingSpan, linkingClaimId } = useUi.getState();
  if (!pendingSpan || !linkingClaimId) return;
  const span = snapSpan(session.article.text, pendingSpan);
  if (!span) return;
  const existing = (await session.annotations()).find((a) => CLAIMANT_TAGS.has(a.tagId) && a.start === span.start && a.end === span.end);
  if (!existing) {
    const person = (await session.tags()).find((t) => CLAIMANT_TAGS.has(t.id));
    if (person) await tagPendingSpan(session, person); // links, since linkingClaimId is set
    return;
  }
  useUi.getState().closePalette();
  window.getSelection()?.removeAllRanges();
  useUi.getState().setCaret(span.end);
  await linkClaimant(session, linkingClaimId, existing.id);
  useUi.getState().selectAnnotation(linkingClaimId);
}

/** Makes `claimantId` (a Person/Organisation annotation) the claimant of `claimId`; null unlinks. */
export async function linkClaimant(session: AnnotationSession | null, claimId: string, claimantId: string | null): Promise<void> {
  if (!session) return;
  await session.setClaimant(claimId, claimantId);
  useUi.getState().setLinkingClaim(null);
}

/** While linking a claim, a click on a Person/Organisation highlight makes it the claimant. */
function linkClickedClaimant(session: AnnotationSession, under: readonly AnnotationRecord[]): boolean {
  const claimId = useUi.getState().linkingClaimId;
  const claimant = claimId ? under.find((a) => CLAIMANT_TAGS.has(a.tagId)) : undefined;
  if (!claimId || !claimant) return false;
  void linkClaimant(session, claimId, claimant.id).then(() => useUi.getState().selectAnnotation(claimId));
  return true;
}

/** What gestures in the reader do, handed to the article view (the editor never imports this feature). */
export function readerAnnotationCommands(session: AnnotationSession): AnnotationCommands {
  return {
    tagPendingSpan: (tag) => tagPendingSpan(session, tag),
    linkPendingSpanAsClaimant: () => linkPendingSpanAsClaimant(session),
    retagSelected: (tag) => retagSelected(session, tag),
    resizeSelected: (edge, direction, unit) => resizeSelected(session, edge, direction, unit),
    resizeSelectedTo: (span) => resizeSelectedTo(session, span),
    linkClickedClaimant: (under) => linkClickedClaimant(session, under),
  };
}
