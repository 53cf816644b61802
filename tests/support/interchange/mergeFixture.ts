/** Small libraries for merge and bundle tests, built the way the app stores them. */
import { defaultClaimFields, type AnnotationRecord } from '../../../src/shared/annotation/annotation';
import { quoteOf } from '../../../src/shared/annotation/snapSpan';
import { defaultTags } from '../../../src/shared/annotation/tagSet';
import type { InterchangeArticle, InterchangeData } from '../../../src/shared/interchange/interchange';
import { sha256Hex } from '../../../src/shared/text/hash';

export async function fixtureArticle(text: string, title: string, importedAt = 1): Promise<InterchangeArticle> {
  const id = await sha256Hex(text);
  return {
    article: {
      id,
      title,
      fileName: `${title}.txt`,
      sourceKey: `file:${title}`,
      encoding: 'utf-8',
      length: text.length,
      detectedDirection: 'rtl',
      directionOverride: null,
      previousVersionId: null,
      importedAt,
      createdAt: importedAt,
      updatedAt: importedAt,
      author: 'a',
    },
    text,
    annotations: [],
    note: null,
  };
}

let counter = 0;
/** An annotation on the first occurrence of `quote` (after `from`). */
export function fixtureAnnotation(article: InterchangeArticle, tagId: string, quote: string, fields: Partial<AnnotationRecord> = {}, from = 0): AnnotationRecord {
  const start = article.text.indexOf(quote, from);
  if (start < 0) throw new Error(`no "${quote}" in the fixture text`);
  const span = { start, end: start + quote.length };
  const record: AnnotationRecord = {
    id: `ann-${++counter}`,
    articleId: article.article.id,
    tagId,
    ...span,
    ...quoteOf(article.text, span),
    note: null,
    claim: tagId === 'claim' ? defaultClaimFields() : null,
    createdAt: 10,
    updatedAt: 10,
    author: 'a',
    ...fields,
  };
  article.annotations.push(record);
  return record;
}

export function fixtureData(articles: InterchangeArticle[], analystName = 'a'): InterchangeData {
  return { exportedAt: 100, analystName, tags: defaultTags(1, analystName), articles };
}

/** A deep copy, so two "libraries" can diverge. */
export const copyData = (data: InterchangeData): InterchangeData => structuredClone(data);
