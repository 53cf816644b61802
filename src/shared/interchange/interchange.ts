/**
 * The one shape every data format is written from and read into (issue 12): the library, or a
 * part of it, as plain records. Exporters take it; importers return it; the merge
 * (`mergePlan.ts`) takes it to the database or to a bundle. Offsets here are always Isnad's own
 * (UTF-16 code units of the normalised text); each format converts at its edge with `OffsetMap`.
 */
import type { AnnotationRecord } from '../annotation/annotation';
import type { TagDefinition } from '../annotation/tagSet';
import type { ClaimLinkRecord } from '../claims/claimLink';
import type { EntityRecord } from '../entity/entity';
import type { ArticleNoteRecord, ArticleRecord } from '../model';

export interface InterchangeArticle {
  article: ArticleRecord;
  /** The normalised text; `article.id` is its SHA-256. */
  text: string;
  /** Live annotations, and in a bundle also tombstones (so a deletion reaches a colleague's copy). */
  annotations: AnnotationRecord[];
  /** The note on the whole article, or null. */
  note: ArticleNoteRecord | null;
}

export interface InterchangeData {
  exportedAt: number;
  analystName: string;
  /** The tag set, removed tags (tombstones) included where an annotation still uses one. */
  tags: TagDefinition[];
  articles: InterchangeArticle[];
  /**
   * The registry entities the annotations link to (`entityId`), tombstones included in a bundle.
   * Absent in data from formats that carry none (brat, REFI-QDA, another tool's W3C).
   */
  entities?: EntityRecord[];
  /** Links between claims, across articles (issue 13); tombstones included in a bundle. */
  claimLinks?: ClaimLinkRecord[];
}

/** One file of an export. A multi-file format (brat) is several; the app zips them, the command line writes them. */
export interface ExportedFile {
  /** Relative path with `/` separators, e.g. `brat/article-1.ann`. */
  path: string;
  content: string | Uint8Array;
}

/** A file an importer was given: its name (for messages) and bytes. */
export interface ImportSource {
  path: string;
  bytes: Uint8Array;
}

/**
 * A refusal an analyst can act on: which file, and what is wrong with it, in words. Importers
 * throw it (nothing is imported from a malformed file); the app and the command line show it.
 */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ImportError';
  }
}

/** None of the formats fits the chosen files (the app says which files it can import). */
export class UnknownImportFormatError extends Error {
  constructor(readonly file: string) {
    super(`${file}: not a format Isnad imports`);
    this.name = 'UnknownImportFormatError';
  }
}

/** Only live records leave in the formats for other tools (a bundle keeps tombstones). */
export const liveAnnotations = (article: InterchangeArticle) => article.annotations.filter((a) => a.deletedAt === undefined);

/** The live entities, by id: what the formats for other tools name (an entity's tombstone stays in the bundle). */
export function liveEntitiesById(data: Pick<InterchangeData, 'entities'>): Map<string, EntityRecord> {
  return new Map((data.entities ?? []).filter((e) => e.deletedAt === undefined).map((e) => [e.id, e]));
}

/** What an importer knows of an article it read from another tool, made into a full record. */
export function importedArticleRecord(
  fields: { id: string; text: string; title: string; fileName: string; sourceKey?: string; author: string; now: number },
  direction: ArticleRecord['detectedDirection'],
): ArticleRecord {
  return {
    id: fields.id,
    title: fields.title,
    fileName: fields.fileName,
    sourceKey: fields.sourceKey ?? `import:${fields.fileName}`,
    encoding: 'utf-8',
    length: fields.text.length,
    detectedDirection: direction,
    directionOverride: null,
    previousVersionId: null,
    importedAt: fields.now,
    createdAt: fields.now,
    updatedAt: fields.now,
    author: fields.author,
  };
}
