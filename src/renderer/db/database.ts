/**
 * The one Dexie database (DESIGN.md, "Data"). Schema versions are append-only: never edit a
 * shipped version, add the next one with its upgrade and a test in tests/unit/db.
 */
import Dexie, { type Table } from 'dexie';
import type { ArticleRecord, ArticleTextRecord, ReadingPositionRecord } from '../../shared/model';

/** Stored settings are one row per key so each can change (and be observed) on its own. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** Annotation rows arrive with the annotate issue; the table exists from v1 so counts work everywhere. */
export interface AnnotationRowV1 {
  id: string;
  articleId: string;
}

export class IsnadDatabase extends Dexie {
  articles!: Table<ArticleRecord, string>;
  articleTexts!: Table<ArticleTextRecord, string>;
  annotations!: Table<AnnotationRowV1, string>;
  settings!: Table<SettingRow, string>;
  readingPositions!: Table<ReadingPositionRecord, string>;

  constructor(name = 'isnad') {
    super(name);
    this.version(1).stores({
      // Texts live apart from metadata so listing 2,000 articles never loads 10 MB of text.
      articles: 'id, sourceKey, previousVersionId, importedAt',
      articleTexts: 'id',
      annotations: 'id, articleId',
      settings: 'key',
      readingPositions: 'articleId',
    });
  }
}

let instance: IsnadDatabase | null = null;

/** The app's database. Tests of the db layer construct their own `IsnadDatabase` instead. */
export function appDatabase(): IsnadDatabase {
  instance ??= new IsnadDatabase();
  return instance;
}
