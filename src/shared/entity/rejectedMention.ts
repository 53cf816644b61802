/**
 * A "find all mentions" suggestion the analyst rejected (issue 13): remembered so the same match is
 * never proposed again for that entity. Article ids are content hashes, so the span stays meaningful.
 */
export interface RejectedMentionRecord {
  /** `rejectedMentionId(...)`: one row per entity, article and span. */
  id: string;
  entityId: string;
  articleId: string;
  /** [start, end) in UTF-16 code units of the article's text, as the suggestion had it. */
  start: number;
  end: number;
  createdAt: number;
  author: string;
}

export function rejectedMentionId(entityId: string, articleId: string, start: number, end: number): string {
  return `${entityId}|${articleId}|${start}|${end}`;
}
