/** Domain records as stored (docs/architecture.md, "Data"). Pure types: no Dexie, no DOM. */
import type { TextDirection } from './arabic/direction';
import type { TextEncodingName } from './text/decode';

/** Fields every synced record carries, so a later sync engine can merge without a rewrite. */
export interface RecordStamp {
  createdAt: number;
  updatedAt: number;
  author: string;
}

/**
 * A shared record is never removed outright: a hard delete would silently discard a colleague's
 * concurrent edit of it once the corpus is shared. It is marked instead (a tombstone), hidden by
 * every read of the repositories in renderer/db, and removed only by an explicit purge. Both
 * fields are absent on a live record (so an IndexedDB index on `deletedAt` holds tombstones only).
 */
export interface SoftDeletion {
  deletedAt?: number;
  /** The analyst name of whoever deleted it. */
  deletedBy?: string;
}

/** What every shared record carries: the stamp and the soft-delete marks. */
export type SharedStamp = RecordStamp & SoftDeletion;

export function isDeleted(record: SoftDeletion): boolean {
  return record.deletedAt !== undefined;
}

/** The record as a tombstone: deleted (and so last changed) at `now` by `author`. */
export function markedDeleted<T extends SharedStamp>(record: T, now: number, author: string): T {
  return { ...record, deletedAt: now, deletedBy: author, updatedAt: now };
}

/** The record live again (undo of a delete, redo of a creation): the same id, the marks gone. */
export function withoutDeletion<T extends SoftDeletion>(record: T): T {
  if (record.deletedAt === undefined && record.deletedBy === undefined) return record;
  const { deletedAt: _at, deletedBy: _by, ...live } = record;
  return live as T;
}

/** An article's metadata. Its key is the SHA-256 of its normalised text; the text itself lives apart. */
export interface ArticleRecord extends RecordStamp {
  id: string;
  title: string;
  fileName: string;
  /** Where the file came from; a later import from the same place with other text is a new version. */
  sourceKey: string;
  encoding: TextEncodingName;
  /** Length of the normalised text in UTF-16 code units. */
  length: number;
  detectedDirection: TextDirection;
  directionOverride: TextDirection | null;
  /** The article this one replaced when the same file was imported with changed text. */
  previousVersionId: string | null;
  importedAt: number;
}

export interface ArticleTextRecord {
  id: string;
  text: string;
}

/** The analyst's rich-text note on a whole article (serialized Lexical state). A cleared note is a tombstone. */
export interface ArticleNoteRecord extends SharedStamp {
  articleId: string;
  note: string;
}

/** Device-local reading memory; keyed by article because it is never shared. */
export interface ReadingPositionRecord {
  articleId: string;
  scrollTop: number;
  /**
   * The paragraph at the top of the view and how many pixels of it are scrolled past. Long
   * articles lay out lazily (paragraph heights off screen are estimates), so there the place is
   * found again by paragraph, not by scrollTop. Absent in rows written before this existed.
   */
  topLine?: number;
  topLineDelta?: number;
  updatedAt: number;
}

export type UiLanguage = 'en' | 'ar';

export interface Settings {
  language: UiLanguage;
  readerFontSize: number;
  analystName: string;
  selectedArticleId: string | null;
  sampleCorpusSeeded: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  readerFontSize: 20,
  analystName: 'analyst',
  selectedArticleId: null,
  sampleCorpusSeeded: false,
};

export const READER_FONT_SIZES = { min: 14, max: 36, step: 2 } as const;

export function effectiveDirection(article: Pick<ArticleRecord, 'detectedDirection' | 'directionOverride'>): TextDirection {
  return article.directionOverride ?? article.detectedDirection;
}
