/**
 * The one owner of editing the annotations of one open article. It is handed what it works with
 * (the article as shown, the annotation repository, the UI store, and a way to wait for the next
 * painted frame) and reaches for no globals. A new tag lives here, and only here, until it is
 * stored: painted at once by the view's painter, written once that frame is on its way, and taken
 * off the screen with a notice if the write fails, so the screen never keeps a tag that is not stored.
 *
 * What the analyst's gestures mean (which annotation is selected, claimant linking, the palette)
 * stays in features/annotate, which calls this.
 */
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import { snapSpan, stepGrapheme, type Span } from '../../shared/annotation/snapSpan';
import type { TagDefinition } from '../../shared/annotation/tagSet';
import { wordBackward, wordForward } from '../../shared/annotation/textSteps';
import { AlreadyTaggedError } from '../db/annotations';
import type { AnnotationRepository } from '../db/annotationRepository';
import type { AnnotateNotice } from '../state/annotateSlice';
import type { HighlightPainter, UnstoredAnnotation } from './highlightPainter';

/** The notice's reason when the article closed while a tag was being made (translated where shown). */
export const ARTICLE_GONE = 'article-gone';

/** The article as the reader shows it: reading it here saves two reads of up to a megabyte per tag. */
export interface SessionArticle {
  id: string;
  text: string;
  /** Who is annotating (settings), stamped on new annotations. */
  author: string;
}

export interface AnnotationSessionOptions {
  article: SessionArticle;
  repository: AnnotationRepository;
  /** Where the session reports what it could not do (the UI store in the app). */
  store: { getState(): { setNotice(notice: AnnotateNotice | null): void } };
  /** Resolves once the frame that shows a change has been painted (afterNextPaint in the app). */
  afterPaint: () => Promise<void>;
  newId?: () => string;
}

/** A tag's outcome: stored, or refused because the span already had it (`existed`, the stored one given). */
export interface Tagged {
  annotation: AnnotationRecord;
  existed: boolean;
}

export class AnnotationSession {
  readonly article: SessionArticle;
  private readonly repository: AnnotationRepository;
  private readonly store: AnnotationSessionOptions['store'];
  private readonly afterPaint: () => Promise<void>;
  private readonly newId: () => string;
  private painter: HighlightPainter | null = null;
  /** Tags made and not yet stored, by id. */
  private readonly unstored = new Map<string, UnstoredAnnotation>();
  /** Their writes, so that undo waits for them: undo right after a tag takes that tag away. */
  private readonly writes = new Set<Promise<unknown>>();

  constructor(options: AnnotationSessionOptions) {
    this.article = options.article;
    this.repository = options.repository;
    this.store = options.store;
    this.afterPaint = options.afterPaint;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  /** The view's painter paints this session's tags from now on; returns the detach. */
  attachPainter(painter: HighlightPainter): () => void {
    this.painter = painter;
    for (const annotation of this.unstored.values()) painter.paintUnstored(annotation);
    return () => {
      if (this.painter === painter) this.painter = null;
    };
  }

  /** Tags made in this session that are not stored yet. */
  unstoredAnnotations(): UnstoredAnnotation[] {
    return [...this.unstored.values()];
  }

  /**
   * Tags `span`: painted now (in the frame after the key press), written after that frame. Resolves
   * to the stored annotation, or to the one that already had this tag on this span; null when the
   * write failed, which has been reported and taken off the screen.
   */
  tag(span: Span, tag: TagDefinition): Promise<Tagged | null> {
    const annotation: UnstoredAnnotation = { id: this.newId(), tagId: tag.id, start: span.start, end: span.end };
    this.unstored.set(annotation.id, annotation);
    this.painter?.paintUnstored(annotation);
    const written = this.write(annotation, tag);
    this.writes.add(written);
    void written.finally(() => this.writes.delete(written));
    return written;
  }

  private async write(annotation: UnstoredAnnotation, tag: TagDefinition): Promise<Tagged | null> {
    try {
      await this.afterPaint();
      const span = snapSpan(this.article.text, annotation);
      if (!span) throw new Error(ARTICLE_GONE);
      const { id, text, author } = this.article;
      try {
        const stored = await this.repository.create({ id: annotation.id, articleId: id, articleText: text, span, tagId: tag.id, isClaim: tag.kind === 'claim', author });
        this.settle(annotation.id, 'stored');
        return { annotation: stored, existed: false };
      } catch (error) {
        if (!(error instanceof AlreadyTaggedError)) throw error;
        this.settle(annotation.id, 'refused'); // the painted copy goes; the stored one stays
        return { annotation: error.existing, existed: true };
      }
    } catch (error) {
      this.settle(annotation.id, 'refused');
      this.reportFailure(error);
      return null;
    }
  }

  private settle(id: string, outcome: 'stored' | 'refused'): void {
    this.unstored.delete(id);
    this.painter?.dropUnstored(id, { repaint: outcome === 'refused' });
  }

  /** Tells the analyst a change could not be written, and why. */
  reportFailure(error: unknown): void {
    this.store.getState().setNotice({ kind: 'write-failed', reason: error instanceof Error ? error.message : String(error) });
  }

  /** Sets an annotation's span (a drag of its handles), snapped and trimmed like a new one. */
  async resizeTo(id: string, raw: Span): Promise<void> {
    const annotation = await this.repository.get(id);
    if (!annotation) return;
    const span = snapSpan(this.article.text, raw);
    if (!span || (span.start === annotation.start && span.end === annotation.end)) return;
    await this.refusingDuplicates(() => this.repository.resize(annotation.id, span, this.article.text));
  }

  /**
   * Moves one edge of an annotation (logical direction: +1 forward) by one grapheme, or by one
   * word: then the edge lands on a word's end (forward) or start (back) and the span is trimmed
   * like a new selection, so a word step never leaves a space or a comma at either end.
   */
  async resizeStep(id: string, edge: 'start' | 'end', direction: 1 | -1, unit: 'grapheme' | 'word'): Promise<void> {
    const annotation = await this.repository.get(id);
    if (!annotation) return;
    const text = this.article.text;
    const step = (offset: number) => (unit === 'word' ? (direction === 1 ? wordForward(text, offset) : wordBackward(text, offset)) : stepGrapheme(text, offset, direction));
    let span: Span | null = { start: annotation.start, end: annotation.end };
    if (edge === 'start') span.start = step(span.start);
    else span.end = step(span.end);
    if (unit === 'word') span = span.start < span.end ? snapSpan(text, span) : null;
    if (!span || span.start >= span.end) return; // never shrink to nothing
    if (span.start === annotation.start && span.end === annotation.end) return;
    const to = span;
    await this.refusingDuplicates(() => this.repository.resize(annotation.id, to, text));
  }

  retag(id: string, tag: TagDefinition): Promise<void> {
    return this.refusingDuplicates(() => this.repository.retag(id, tag.id, tag.kind === 'claim'));
  }

  remove(ids: readonly string[]): Promise<void> {
    return this.repository.remove(this.article.id, ids);
  }

  /** Makes `claimantId` the claimant of `claimId`; null unlinks. */
  setClaimant(claimId: string, claimantId: string | null): Promise<void> {
    return this.repository.setClaimant(claimId, claimantId);
  }

  async undo(): Promise<void> {
    await this.writesDone();
    await this.repository.undo(this.article.id);
  }

  async redo(): Promise<void> {
    await this.writesDone();
    await this.repository.redo(this.article.id);
  }

  /** The article's stored annotations. */
  annotations(): Promise<AnnotationRecord[]> {
    return this.repository.ofArticle(this.article.id);
  }

  tags(): Promise<TagDefinition[]> {
    return this.repository.tags();
  }

  private async writesDone(): Promise<void> {
    await Promise.allSettled([...this.writes]);
  }

  /**
   * Runs a retag or resize; one that would give a span a tag it already has is refused with the
   * same notice as a new duplicate tag, and changes nothing.
   */
  private async refusingDuplicates(change: () => Promise<void>): Promise<void> {
    try {
      await change();
    } catch (error) {
      if (!(error instanceof AlreadyTaggedError)) throw error;
      this.store.getState().setNotice({ kind: 'already-tagged', tagId: error.existing.tagId });
    }
  }
}
