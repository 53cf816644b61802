/**
 * Notes of both kinds behind one door: the note on a whole article (its own table, not undoable)
 * and the note on an annotation (a field of the annotation, an undoable step like any edit).
 */
import { articleNote, saveArticleNote } from './articleNotes';
import { annotationById, updateAnnotation } from './annotations';
import { articleById } from './articles';
import type { IsnadDatabase } from './database';

export type NoteOwner = { kind: 'article'; articleId: string } | { kind: 'annotation'; annotationId: string };

/** A stable name for the owner: the note editor's identity and the key of its draft. */
export function noteOwnerKey(owner: NoteOwner): string {
  return owner.kind === 'article' ? `article:${owner.articleId}` : `annotation:${owner.annotationId}`;
}

export function saveNote(db: IsnadDatabase, owner: NoteOwner, note: string | null, author: string): Promise<void> {
  if (owner.kind === 'article') return saveArticleNote(db, owner.articleId, note, author);
  // Decided inside the write: an unchanged note is no undo step.
  return updateAnnotation(db, owner.annotationId, (current) => (current.note === note ? null : { note }), 'note');
}

/** The note as stored (null when there is none), or undefined when its owner no longer exists. */
export async function storedNote(db: IsnadDatabase, owner: NoteOwner): Promise<{ note: string | null } | undefined> {
  if (owner.kind === 'article') {
    const note = await articleNote(db, owner.articleId);
    if (note !== null) return { note };
    // An article without a note has no live row.
    return (await articleById(db, owner.articleId)) ? { note: null } : undefined;
  }
  const annotation = await annotationById(db, owner.annotationId);
  return annotation && { note: annotation.note };
}
