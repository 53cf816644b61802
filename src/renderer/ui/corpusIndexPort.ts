/**
 * The corpus search's index as any feature may ask it, without importing features/search (features
 * do not import each other): "where are these names?", for "find all mentions" over the whole corpus. features/search answers while its index runs;
 * with none the answer is null, and the asker reads the articles itself.
 */
import type { ArticleMentions } from '../../shared/entity/mentionSuggestions';

export interface CorpusIndexAnswers {
  /**
   * Every match of `names` (shared/arabic/aliasMatcher.ts) in the library, in its sentence, by article. The
   * index narrows the articles read to those holding every word of a name behind any proclitics.
   */
  mentionsOf(names: readonly string[]): Promise<ArticleMentions[]>;
}

let provider: CorpusIndexAnswers | null = null;

/** features/search: answers from now on; returns the way to stop. */
export function provideCorpusIndex(answers: CorpusIndexAnswers): () => void {
  provider = answers;
  return () => {
    if (provider === answers) provider = null;
  };
}

/** CorpusIndexAnswers.mentionsOf, once the index has every article of the library; null when no index runs. */
export function mentionsInCorpus(names: readonly string[]): Promise<ArticleMentions[] | null> {
  return provider ? provider.mentionsOf(names) : Promise.resolve(null);
}
