/**
 * The corpus search's index as any feature may ask it, without importing features/search (features
 * do not import each other): "which articles may hold these names?", to narrow a search of the whole
 * corpus ("find all mentions") to the articles worth reading. features/search provides the answer
 * while its index runs; with none provided the answer is null: read every article.
 */

type ArticlesContaining = (names: readonly string[]) => Promise<Set<string>>;

let provider: ArticlesContaining | null = null;

/** features/search: answers from now on; returns the way to stop. */
export function provideArticlesContaining(answer: ArticlesContaining): () => void {
  provider = answer;
  return () => {
    if (provider === answer) provider = null;
  };
}

/**
 * The articles that may hold any of `names` (aliases or phrases, as typed): for each name, those
 * holding all of its words, each behind any proclitics (ل، ب، و، ف، ك and ال), whatever the
 * diacritics, tatweel, alef forms, ة/ه and ى/ي — a superset of where a name occurs. Waits until the
 * index has every article of the library. Null when no index runs.
 */
export function articlesContaining(names: readonly string[]): Promise<Set<string> | null> {
  return provider ? provider(names) : Promise.resolve(null);
}
