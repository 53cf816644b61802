/**
 * The open article's AnnotationSession: made by the reader for the article it shows, handed the
 * app's database and store, and shared with the panel, the palette and the claim form through a
 * React context (not a module variable), so it goes away with the article.
 */
import { createContext, useContext, useMemo } from 'react';
import { useCommandBindings } from '../../ui/commandBindings';
import { annotationRepository } from '../../db/annotationRepository';
import { appDatabase } from '../../db/database';
import { afterNextPaint } from '../../editor/afterNextPaint';
import { AnnotationSession } from '../../editor/annotationSession';
import { useUi } from '../../state/store';

export const AnnotationSessionContext = createContext<AnnotationSession | null>(null);

/** The session of the article on screen; null while none is (loading, or its text is missing). */
export function useAnnotationSession(): AnnotationSession | null {
  return useContext(AnnotationSessionContext);
}

/** One session per article shown (and per analyst name, stamped on new annotations). */
export function useOpenAnnotationSession(articleId: string | null, text: string | null | undefined, author: string): AnnotationSession | null {
  const session = useMemo(
    () =>
      articleId !== null && typeof text === 'string'
        ? new AnnotationSession({ article: { id: articleId, text, author }, repository: annotationRepository(appDatabase()), store: useUi, afterPaint: afterNextPaint })
        : null,
    [articleId, text, author],
  );
  // Undo and redo act on the article on screen while there is one (after its writes in flight);
  // the shell's own binding comes back when it closes.
  useCommandBindings(() => (session ? { undo: { run: () => void session.undo() }, redo: { run: () => void session.redo() } } : {}), [session]);
  return session;
}
