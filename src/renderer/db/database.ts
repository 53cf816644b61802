/**
 * The one Dexie database (docs/architecture.md, "Data"). Schema versions are append-only: never edit a
 * shipped version, add the next one with its upgrade, and freeze the previous one as a fixture
 * (docs/migrations.md: the steps, the fixtures, the tests).
 */
import Dexie, { type Table } from 'dexie';
import type { ArticleNoteRecord, ArticleRecord, ArticleTextRecord, ReadingPositionRecord } from '../../shared/model';
import type { AnnotationRecord } from '../../shared/annotation/annotation';
import type { TagDefinition } from '../../shared/annotation/tagSet';
import type { ClaimLinkRecord } from '../../shared/claims/claimLink';
import type { EntityRecord } from '../../shared/entity/entity';
import type { RejectedMentionRecord } from '../../shared/entity/rejectedMention';
import type { HistoryEntry } from './historyEntry';
import { upgradeToV5 } from './upgradeV5';
import { activeDatabaseName } from './databaseName';
import { watchWriteFailures } from './writeFailures';

/** Stored settings are one row per key so each can change (and be observed) on its own. */
export interface SettingRow {
  key: string;
  value: unknown;
}

export class IsnadDatabase extends Dexie {
  articles!: Table<ArticleRecord, string>;
  articleTexts!: Table<ArticleTextRecord, string>;
  annotations!: Table<AnnotationRecord, string>;
  tags!: Table<TagDefinition, string>;
  history!: Table<HistoryEntry, string>;
  settings!: Table<SettingRow, string>;
  readingPositions!: Table<ReadingPositionRecord, string>;
  articleNotes!: Table<ArticleNoteRecord, string>;
  entities!: Table<EntityRecord, string>;
  claimLinks!: Table<ClaimLinkRecord, string>;
  rejectedMentions!: Table<RejectedMentionRecord, string>;
  searchIndex!: Table<SettingRow, string>;

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
    // v2 (annotate): full annotation rows indexed by tag, the editable tag set, and the per-article
    // undo history. v1 could not create annotations, so there is nothing to convert.
    this.version(2).stores({
      annotations: 'id, articleId, tagId',
      tags: 'id, order',
      history: 'id, seq, [articleId+seq]',
    });
    // v3: the analyst's note on a whole article. Kept out of `articles` so the library list never
    // carries note bodies; keyed by the article id (a content hash), so one note per text version.
    this.version(3).stores({
      articleNotes: 'articleId',
    });
    // v4: annotations by exact span, so refusing the same tag on the same span twice reads the one
    // or two rows on that span, not the article's thousands (the bench's "tag → listed" doubled).
    // An added index only: Dexie builds it from the rows already stored, nothing to convert.
    this.version(4).stores({
      annotations: 'id, articleId, tagId, [articleId+start+end]',
    });
    // v5 (records ready to sync, upgradeV5.ts): order keys for tag order and history seq, stamps
    // on tags and history steps, soft deletion. `[articleId+deletedAt]` holds tombstones only (a
    // live row has no deletedAt), so counts and purges find them without reading live rows.
    // `[articleId+undone+seq]` finds the step to undo or redo and the redo branch a new step
    // discards without reading the article's whole history (the bench's "tag → listed").
    this.version(5)
      .stores({
        annotations: 'id, articleId, tagId, [articleId+start+end], [articleId+deletedAt]',
        history: 'id, [articleId+undone+seq]',
      })
      .upgrade((tx) => upgradeToV5(tx));
    // v6 (entities and corpus, issue 13): the entity registry, mentions by entity, links between
    // claims (found from either side), rejected "find all" suggestions by entity, and the corpus
    // search index's saved state (key/value rows, so a large library is not re-indexed on every
    // start). New tables and one added index: nothing to convert (`entityId` is absent on old rows).
    this.version(6).stores({
      annotations: 'id, articleId, tagId, [articleId+start+end], [articleId+deletedAt], entityId',
      entities: 'id',
      claimLinks: 'id, fromId, toId',
      rejectedMentions: 'id, entityId',
      searchIndex: 'key',
    });
  }
}

let instance: IsnadDatabase | null = null;

/** The app's database. Tests of the db layer construct their own `IsnadDatabase` instead. */
export function appDatabase(): IsnadDatabase {
  // Issue 14: the library's database may be a restored copy (databaseName.ts); every failed write is said (writeFailures.ts).
  instance ??= watchWriteFailures(new IsnadDatabase(activeDatabaseName()));
  return instance;
}
