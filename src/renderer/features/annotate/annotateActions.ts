/** What the palette, keyboard, panel and menu call to change annotations of the open article. */
import { snapSpan, stepGrapheme } from '../../../shared/annotation/snapSpan';
import type { AnnotationRecord } from '../../../shared/annotation/annotation';
import { wordBackward, wordForward } from '../../../shared/annotation/textSteps';
import type { TagDefinition } from '../../../shared/annotation/tagSet';
import { AlreadyTaggedError, annotationById, annotationsOnSpan, createAnnotation, deleteAnnotations, retagAnnotation, setClaimant, updateAnnotation } from '../../db/annotations';
import { articleText } from '../../db/articles';
import { appDatabase } from '../../db/database';
import { redo, undo } from '../../db/history';
import { listTags } from '../../db/tags';
import { readSettings } from '../../db/settings';
import { useUi } from '../../state/store';
import { afterNextPaint } from './afterNextPaint';
import { shownArticle, type ShownArticle } from './shownArticle';

/** Sets the selected annotation's span (a drag of its handles), snapped and trimmed like a new one. */
export async function resizeSelectedTo(raw: { start: number; end: number }): Promise<void> {
  const { selectedAnnotationId } = useUi.getState();
  const article = await openArticle();
  const db = appDatabase();
  const annotation = selectedAnnotationId ? await annotationById(db, selectedAnnotationId) : undefined;
  if (!annotation || !article) return;
  const span = snapSpan(article.text, raw);
  if (!span || (span.start === annotation.start && span.end === annotation.end)) return;
  await refusingDuplicates(() => updateAnnotation(db, annotation.id, { span: { span, articleText: article.text } }, 'resize'));
}

/**
 * Runs a retag or resize; one that would give a span a tag it already has is refused with the
 * same notice as a new duplicate tag, and changes nothing.
 */
async function refusingDuplicates(change: () => Promise<void>): Promise<void> {
  try {
    await change();
  } catch (error) {
    if (!(error instanceof AlreadyTaggedError)) throw error;
    useUi.getState().setNotice({ kind: 'already-tagged', tagId: error.existing.tagId });
  }
}

/** The notice's reason when the article closed while a tag was being made (translated where shown). */
export const ARTICLE_GONE = 'article-gone';

/** Tags that can make a claim. */
export const CLAIMANT_TAGS: ReadonlySet<string> = new Set(['person', 'organisation']);

/** The article on screen, or, when none is rendered (a menu command during loading), the selected one. */
async function openArticle(): Promise<ShownArticle | null> {
  const shown = shownArticle();
  if (shown) return shown;
  const db = appDatabase();
  const { selectedArticleId, analystName } = await readSettings(db);
  if (!selectedArticleId) return null;
  const text = await articleText(db, selectedArticleId);
  return text === null ? null : { id: selectedArticleId, text, author: analystName };
}

/**
 * Tags the span waiting in the palette; the new annotation becomes the selected one. It is painted
 * at once (see `writing`) and written as soon as that frame is on its way; if the write fails, the
 * highlight goes and the analyst is told, so the screen never keeps a tag that is not stored. A span
 * that already has this tag is not tagged twice: the analyst is told and the existing one is selected
 * (or, while linking a claim, becomes its claimant).
 */
export async function tagPendingSpan(tag: TagDefinition): Promise<void> {
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
  const writing = { id: crypto.randomUUID(), tagId: tag.id, start: pending.start, end: pending.end };
  // The article the span was selected in, taken now: another may be open by the time we write.
  const shown = shownArticle();
  ui.setWriting(writing); // painted in the coming frame, from the store subscription
  try {
    await afterNextPaint();
    const article = shown ?? (await openArticle());
    const span = article && snapSpan(article.text, pending);
    if (!article || !span) throw new Error(ARTICLE_GONE);
    const db = appDatabase();
    let annotation: AnnotationRecord;
    let existed = false;
    try {
      annotation = await createAnnotation(db, { id: writing.id, articleId: article.id, articleText: article.text, span, tagId: tag.id, isClaim: tag.kind === 'claim', author: article.author });
      useUi.getState().setWriting({ ...writing, stored: true });
    } catch (error) {
      if (!(error instanceof AlreadyTaggedError)) throw error;
      useUi.getState().setWriting({ ...writing, failed: true }); // the painted copy goes; the stored one stays
      annotation = error.existing;
      existed = true;
    }
    const linking = useUi.getState().linkingClaimId;
    if (linking && CLAIMANT_TAGS.has(tag.id)) {
      await setClaimant(db, linking, annotation.id);
      useUi.getState().setLinkingClaim(null);
      useUi.getState().selectAnnotation(linking);
      return;
    }
    if (existed) {
      useUi.getState().setNotice({ kind: 'already-tagged', tagId: tag.id });
      useUi.getState().selectAnnotation(annotation.id);
      return;
    }
    // Selected for its note and details, unless the analyst has already moved on: another
    // selection made, or the caret moved away (a digit must not retag a tag left behind).
    const now = useUi.getState();
    if (!now.pendingSpan && (now.caret === null || now.caret === pending.end)) now.selectAnnotation(annotation.id);
  } catch (error) {
    useUi.getState().setWriting({ ...writing, failed: true });
    useUi.getState().setNotice({ kind: 'write-failed', reason: error instanceof Error ? error.message : String(error) });
  }
}

export async function undoInArticle(): Promise<void> {
  const article = await openArticle();
  if (article) await undo(appDatabase(), article.id);
}

export async function redoInArticle(): Promise<void> {
  const article = await openArticle();
  if (article) await redo(appDatabase(), article.id);
}

export async function deleteSelectedAnnotation(): Promise<void> {
  const { selectedAnnotationId } = useUi.getState();
  const article = await openArticle();
  if (!selectedAnnotationId || !article) return;
  await deleteAnnotations(appDatabase(), article.id, [selectedAnnotationId]);
  useUi.getState().selectAnnotation(null);
}

export async function retagSelected(tag: TagDefinition): Promise<void> {
  const { selectedAnnotationId } = useUi.getState();
  if (selectedAnnotationId) await refusingDuplicates(() => retagAnnotation(appDatabase(), selectedAnnotationId, tag.id, tag.kind === 'claim'));
}

/**
 * Moves one edge of the selected annotation (logical direction: +1 forward) by one grapheme, or by
 * one word: then the edge lands on a word's end (forward) or start (back) and the span is trimmed
 * like a new selection, so a word step never leaves a space or a comma at either end.
 */
export async function resizeSelected(edge: 'start' | 'end', direction: 1 | -1, unit: 'grapheme' | 'word' = 'grapheme'): Promise<void> {
  const { selectedAnnotationId } = useUi.getState();
  const article = await openArticle();
  const db = appDatabase();
  const annotation = selectedAnnotationId ? await annotationById(db, selectedAnnotationId) : undefined;
  if (!annotation || !article) return;
  const text = article.text;
  const step = (offset: number) => (unit === 'word' ? (direction === 1 ? wordForward(text, offset) : wordBackward(text, offset)) : stepGrapheme(text, offset, direction));
  let span: { start: number; end: number } | null = { start: annotation.start, end: annotation.end };
  if (edge === 'start') span.start = step(span.start);
  else span.end = step(span.end);
  if (unit === 'word') span = span.start < span.end ? snapSpan(text, span) : null;
  if (!span || span.start >= span.end) return; // never shrink to nothing
  if (span.start === annotation.start && span.end === annotation.end) return;
  await refusingDuplicates(() => updateAnnotation(db, annotation.id, { span: { span, articleText: text } }, 'resize'));
}

/**
 * While linking a claim: the selected text becomes its claimant. An existing Person/Organisation
 * annotation on exactly that span is reused; otherwise the span is tagged Person first.
 */
export async function linkPendingSpanAsClaimant(): Promise<void> {
  const { pendingSpan, linkingClaimId } = useUi.getState();
  const article = await openArticle();
  if (!pendingSpan || !linkingClaimId || !article) return;
  const span = snapSpan(article.text, pendingSpan);
  if (!span) return;
  const db = appDatabase();
  const existing = (await annotationsOnSpan(db, article.id, span)).find(
    (a) => CLAIMANT_TAGS.has(a.tagId) && a.start === span.start && a.end === span.end,
  );
  if (!existing) {
    const person = (await listTags(db)).find((t) => CLAIMANT_TAGS.has(t.id));
    if (person) await tagPendingSpan(person); // links, since linkingClaimId is set
    return;
  }
  useUi.getState().closePalette();
  window.getSelection()?.removeAllRanges();
  useUi.getState().setCaret(span.end);
  await linkClaimant(linkingClaimId, existing.id);
  useUi.getState().selectAnnotation(linkingClaimId);
}

/** Makes `claimantId` (a Person/Organisation annotation) the claimant of `claimId`; null unlinks. */
export async function linkClaimant(claimId: string, claimantId: string | null): Promise<void> {
  await setClaimant(appDatabase(), claimId, claimantId);
  useUi.getState().setLinkingClaim(null);
}
