/**
 * What a report is built from: plain data read out of the database by the app (or, later, out of
 * a bundle by the command line). Pure types; the builders never touch a database, a DOM or a file.
 */
import type { AnnotationRecord } from '../annotation/annotation';
import type { AnnotationFilters } from '../annotation/annotationFilter';
import type { TagDefinition } from '../annotation/tagSet';
import type { ClaimLinkKind } from '../claims/claimLink';
import type { EntityRecord } from '../entity/entity';
import type { ArticleRecord, UiLanguage } from '../model';

export type ReportScope = 'article' | 'selection' | 'corpus';
export type ReportFormat = 'html' | 'pdf' | 'docx';

/** The same two filters the annotation panel has (shared/annotation/annotationFilter.ts). */
export type ReportFilters = AnnotationFilters;

export interface ReportArticleInput {
  article: Pick<ArticleRecord, 'id' | 'title' | 'fileName'>;
  text: string;
  /** Every annotation of the article; the builder applies the filters. */
  annotations: readonly AnnotationRecord[];
  /** The article note as serialized Lexical state, or null. */
  articleNote: string | null;
  /** Links of this article's claims to other claims, any article (issue 13); none when absent. */
  claimLinks?: readonly ReportClaimLink[];
}

/** One link of a claim as that claim sees it (shared/claims/claimLink.ts, linkSeenFrom), with the other claim's words and article. */
export interface ReportClaimLink {
  claimId: string;
  kind: ClaimLinkKind;
  /** The link was made on this claim (a "supports" made on the other claim reads "supported by" here). */
  outgoing: boolean;
  other: { id: string; exact: string; articleTitle: string };
}

/** A registry entity some annotation of the report is linked to (issue 13). */
export type ReportEntityInput = Pick<EntityRecord, 'id' | 'name' | 'latinName' | 'type' | 'aliases' | 'wikidataId'>;

/** The report's embedded font faces (woff2 bytes as base64), so the HTML needs no other file. */
export interface ReportFont {
  family: string;
  weight: 400 | 700;
  /** CSS unicode-range of this face, as the font package splits them. */
  unicodeRange: string;
  woff2Base64: string;
}

export interface ReportInput {
  /** The article's title when the scope is one article; otherwise empty for the default corpus title. */
  title: string;
  generatedAt: number;
  /** IANA zone for the printed date; the analyst's own when omitted. */
  timeZone?: string;
  analystName: string;
  language: UiLanguage;
  scope: ReportScope;
  filters: ReportFilters;
  tags: readonly TagDefinition[];
  articles: readonly ReportArticleInput[];
  /**
   * The live entities the articles' mentions are linked to (`AnnotationRecord.entityId`); a mention
   * linked to none of these is grouped with the unlinked ones, by its text.
   */
  entities?: readonly ReportEntityInput[];
  fonts?: readonly ReportFont[];
}

export const ENTITY_TAG_IDS: ReadonlySet<string> = new Set(['person', 'organisation', 'place', 'event']);
