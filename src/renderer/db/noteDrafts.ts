/**
 * A journal of note edits that may not have reached IndexedDB when the page went away.
 *
 * A write started in `pagehide` or `beforeunload` may never finish: the page is torn down while
 * Dexie is still between steps. localStorage is written synchronously, so the edit is put there
 * first, and the next start writes it into the database (`replayNoteDrafts`). IndexedDB stays the
 * one store of notes: a draft lives only from the moment the page leaves until the next start.
 */
import type { IsnadDatabase } from './database';
import { noteOwnerKey, saveNote, storedNote, type NoteOwner } from './notes';

export interface NoteDraft {
  owner: NoteOwner;
  note: string | null;
  author: string;
  /**
   * What the stored note can be if only this draft's editor changed it: the value it last knew
   * stored and the values it was still writing. Any other value is newer work from elsewhere.
   */
  base: (string | null)[];
}

/** What of `Storage` the journal uses (tests pass an in-memory one). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'isnad.noteDraft.';

export function keepNoteDraft(storage: DraftStorage, draft: NoteDraft): void {
  try {
    storage.setItem(PREFIX + noteOwnerKey(draft.owner), JSON.stringify(draft));
  } catch (error) {
    // Storage full or disabled: the IndexedDB write started beside this is all there is.
    console.warn('note draft not kept', error);
  }
}

/** Forgets the draft of `owner` once `note` is known to be stored (a newer draft stays). */
export function dropNoteDraft(storage: DraftStorage, owner: NoteOwner, note: string | null): void {
  const key = PREFIX + noteOwnerKey(owner);
  const draft = parseDraft(storage.getItem(key));
  if (!draft || draft.note === note) storage.removeItem(key);
}

function parseDraft(raw: string | null): NoteDraft | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<NoteDraft> & { owner?: Partial<Record<string, unknown>> };
    const owner = value.owner;
    const validOwner =
      (owner?.['kind'] === 'article' && typeof owner['articleId'] === 'string') ||
      (owner?.['kind'] === 'annotation' && typeof owner['annotationId'] === 'string') ||
      (owner?.['kind'] === 'entity' && typeof owner['entityId'] === 'string');
    const isNote = (note: unknown) => note === null || typeof note === 'string';
    if (!validOwner || !isNote(value.note) || typeof value.author !== 'string' || !Array.isArray(value.base) || !value.base.every(isNote)) return null;
    return value as NoteDraft;
  } catch {
    return null;
  }
}

/**
 * Writes every journalled draft whose edit did not land, then forgets them all. A draft is skipped
 * when the note already holds it, when the note holds something its editor never knew of (newer
 * work from elsewhere is never overwritten), or when its owner is gone. Returns how many were written.
 */
export async function replayNoteDrafts(db: IsnadDatabase, storage: DraftStorage): Promise<number> {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  let written = 0;
  for (const key of keys) {
    const draft = parseDraft(storage.getItem(key));
    try {
      const stored = draft && (await storedNote(db, draft.owner));
      if (draft && stored && stored.note !== draft.note && draft.base.includes(stored.note)) {
        await saveNote(db, draft.owner, draft.note, draft.author);
        written++;
      }
    } catch (error) {
      console.warn('note draft not written; kept for the next start', error);
      continue;
    }
    storage.removeItem(key);
  }
  return written;
}
