/**
 * The project bundle (issue 12): one JSON file holding articles with their texts, annotations
 * (tombstones included, so a deletion reaches a colleague's copy), article notes and the tag set —
 * no undo history. `format` and `version` say what it is; a reader refuses a version it does not
 * know rather than guess.
 *
 * Versions: 1 (issue 12) — articles, annotations, notes, tags, and `entities` reserved (always
 * empty). 2 (issue 13) — the entity registry (`entities`, tombstones included), annotations'
 * `entityId`, and `claimLinks` between claims. A reader of version 2 reads version 1 too.
 *
 * The schema is checked record by record (zod/mini, jitless for the renderer's CSP) so a
 * malformed bundle is refused with the path of the first wrong field, before anything is stored.
 */
import * as z from 'zod/mini';
import { ATTRIBUTIONS, CLAIM_STATUSES } from '../../annotation/annotation';
import { CLAIM_LINK_KINDS } from '../../claims/claimLink';
import { ENTITY_TYPES } from '../../entity/entity';

// No generated code (`new Function`): the renderer's Content Security Policy forbids it.
z.config({ jitless: true });

export const BUNDLE_FORMAT = 'isnad-bundle';
export const BUNDLE_VERSION = 2;
/** Every version this reader takes (an older bundle is read as it was written). */
export const READABLE_BUNDLE_VERSIONS: readonly number[] = [1, 2];
export const BUNDLE_EXTENSION = '.isnad.json';

const stamp = {
  createdAt: z.number(),
  updatedAt: z.number(),
  author: z.string(),
  deletedAt: z.optional(z.number()),
  deletedBy: z.optional(z.string()),
};
const offset = z.number().check(z.int(), z.gte(0));

export const bundleTag = z.object({
  id: z.string().check(z.minLength(1)),
  labelEn: z.string(),
  labelAr: z.string(),
  color: z.string(),
  order: z.string(),
  kind: z.enum(['entity', 'claim']),
  ...stamp,
});

export const bundleClaim = z.object({
  claimantAnnotationId: z.nullable(z.string()),
  claimantText: z.string(),
  attribution: z.enum(ATTRIBUTIONS),
  status: z.enum(CLAIM_STATUSES),
  confidence: z.nullable(z.number().check(z.gte(0), z.lte(100))),
});

export const bundleAnnotation = z.object({
  id: z.string().check(z.minLength(1)),
  articleId: z.string(),
  tagId: z.string(),
  start: offset,
  end: offset,
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  note: z.nullable(z.string()),
  claim: z.nullable(bundleClaim),
  /** Version 2: the entity the mention names (one of the bundle's `entities`). */
  entityId: z.optional(z.string().check(z.minLength(1))),
  /**
   * An orphan (issue 14's re-anchoring: a new version's text lost its passage), kept with its old
   * quote on the empty span 0–0 until the analyst places it. Optional, so version 2 still holds.
   */
  orphaned: z.optional(z.object({ reason: z.enum(['quote-not-found', 'ambiguous', 'low-confidence']), fromArticleId: z.string() })),
  ...stamp,
});

/** Version 2: a registry entity (shared/entity/entity.ts). */
export const bundleEntity = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  latinName: z.string(),
  type: z.enum(ENTITY_TYPES),
  // One issue for the whole list, not one per wrong item: zod gathers an object's issues with
  // push(...issues), which overflows the stack past ~100,000 of them (fuzz case: a million aliases).
  aliases: z.custom<string[]>((v) => Array.isArray(v) && v.every((alias) => typeof alias === 'string')),
  wikidataId: z.nullable(z.string().check(z.regex(/^Q[1-9]\d*$/))),
  note: z.nullable(z.string()),
  ...stamp,
});

/** Version 2: a link between two claims (shared/claims/claimLink.ts). */
export const bundleClaimLink = z.object({
  id: z.string().check(z.minLength(1)),
  fromId: z.string().check(z.minLength(1)),
  toId: z.string().check(z.minLength(1)),
  kind: z.enum(CLAIM_LINK_KINDS),
  ...stamp,
});

export const bundleArticleRecord = z.object({
  id: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  title: z.string(),
  fileName: z.string(),
  sourceKey: z.string(),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1256']),
  length: offset,
  detectedDirection: z.enum(['rtl', 'ltr']),
  directionOverride: z.nullable(z.enum(['rtl', 'ltr'])),
  previousVersionId: z.nullable(z.string()),
  importedAt: z.number(),
  createdAt: z.number(),
  updatedAt: z.number(),
  author: z.string(),
});

export const bundleNote = z.object({ articleId: z.string(), note: z.string(), ...stamp });

export const bundleArticle = z.object({
  article: bundleArticleRecord,
  text: z.string(),
  // Checked one by one (bundleAnnotation) by readBundle: a message names the first wrong one, and a
  // million wrong ones do not make a million zod issues (which overflowed the stack: fuzz case).
  annotations: z.array(z.unknown()),
  note: z.nullable(bundleNote),
});

/** What is checked before the articles: a wrong format or version is named as such, not as a field error. */
export const bundleHeader = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number(),
});

export const bundleBody = z.object({
  /** Stated so a reader never has to guess: annotation offsets and article lengths count Unicode code points. */
  offsets: z.literal('code-points'),
  exportedAt: z.number(),
  analystName: z.string(),
  // Checked one by one (bundleTag), as the annotations are: see bundleArticle.
  tags: z.array(z.unknown()),
  articles: z.array(z.unknown()),
  // Checked record by record (bundleEntity, bundleClaimLink) so a message names the first wrong one.
  entities: z.optional(z.array(z.unknown())),
  claimLinks: z.optional(z.array(z.unknown())),
});
