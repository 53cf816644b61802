/** Domain records as stored (DESIGN.md, "Data"). Pure types: no Dexie, no DOM. */
import type { TextDirection } from './arabic/direction';
import type { TextEncodingName } from './text/decode';

/** Fields every synced record carries, so a later sync engine can merge without a rewrite. */
export interface RecordStamp {
  createdAt: number;
  updatedAt: number;
  author: string;
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

/** The analyst's rich-text note on a whole article (serialized Lexical state). */
export interface ArticleNoteRecord extends RecordStamp {
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
