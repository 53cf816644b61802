/**
 * Notes of every kind behind one door: the note on a whole article (its own table, not undoable),
 * the note on an annotation (a field of the annotation, an undoable step like any edit) and the note
 * on an entity (a field of the entity, an undoable step of the corpus).
 */
import { articleNote, saveArticleNote } from './articleNotes';
import { annotationById, updateAnnotation } from './annotations';
import { articleById } from './articles';
import type { IsnadDatabase } from './database';
import { entityById, updateEntity } from './entities';

export type NoteOwner = { kind: 'article'; articleId: string } | { kind: 'annotation'; annotationId: string } | { kind: 'entity'; entityId: string };

/** A stable name for the owner: the note editor's identity and the key of its draft. */
export function noteOwnerKey(owner: NoteOwner): string {
  if (owner.kind === 'entity') return `entity:${owner.entityId}`;
  return owner.kind === 'article' ? `article:${owner.articleId}` : `annotation:${owner.annotationId}`;
}

export function saveNote(db: IsnadDatabase, owner: NoteOwner, note: string | null, author: string): Promise<void> {
  if (owner.kind === 'article') return saveArticleNote(db, owner.articleId, note, author);
  if (owner.kind === 'entity') return updateEntity(db, owner.entityId, (current) => (current.note === note ? null : { note }));
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
  if (owner.kind === 'entity') {
    const entity = await entityById(db, owner.entityId);
    return entity && { note: entity.note };
  }
  const annotation = await annotationById(db, owner.annotationId);
  return annotation && { note: annotation.note };
}
