import { useMemo } from 'react';
import { foldArabic } from '../../../shared/arabic/normalize';
import type { ArticleRecord } from '../../../shared/model';

/** Articles whose title contains the filter, ignoring diacritics, tatweel, alef forms and case. */
export function useTitleFilter(articles: readonly ArticleRecord[], filter: string): ArticleRecord[] {
  const folded = useMemo(() => articles.map((article) => ({ article, key: foldArabic(article.title) })), [articles]);
  return useMemo(() => {
    const needle = foldArabic(filter).trim();
    return needle ? folded.filter(({ key }) => key.includes(needle)).map(({ article }) => article) : folded.map(({ article }) => article);
  }, [folded, filter]);
}
