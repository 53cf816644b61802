/**
 * Find all mentions reads only the articles the corpus search index names for an entity's aliases
 * (features/mentions/mentionActions.ts). The narrowing must never lose an article the matcher would
 * find a mention in: checked for every entity of the gold list over the five sample articles, and
 * for clitic forms the two must agree on (لل before a name with its article, ال before one without).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileAliases, findAliasMatches } from '../../../src/shared/arabic/aliasMatcher';
import { CorpusIndex } from '../../../src/shared/search/corpusIndex';

interface Gold {
  entities: { name: string; aliases: string[] }[];
  articles: Record<string, unknown>;
}

const gold = JSON.parse(readFileSync(new URL('../../fixtures/gold/mentions.json', import.meta.url), 'utf8')) as Gold;
const texts = Object.keys(gold.articles).map((file) => [file, readFileSync(new URL(`../../../resources/corpus/${file}`, import.meta.url), 'utf8')] as const);

function withMatches(corpus: readonly (readonly [string, string])[], aliases: readonly string[]): string[] {
  const matcher = compileAliases(aliases);
  return corpus.filter(([, text]) => findAliasMatches(text, matcher).length > 0).map(([id]) => id);
}

describe('the search index narrows find-all without losing an article', () => {
  it('names every sample article in which the matcher finds a gold entity', () => {
    const index = CorpusIndex.empty();
    for (const [id, text] of texts) index.add(id, text);
    for (const entity of gold.entities) {
      const names = [entity.name, ...entity.aliases];
      const found = withMatches(texts, names);
      const narrowed = index.articlesContaining(names);
      expect({ entity: entity.name, missing: found.filter((id) => !narrowed.has(id)) }).toEqual({ entity: entity.name, missing: [] });
    }
  });

  it('agrees with the matcher on clitic forms', () => {
    const corpus = [
      ['a', 'وصل الوفد للصين أمس.'],
      ['b', 'انضمت فنلندا للناتو.'],
      ['c', 'وقال فبالصين كذلك.'],
      ['d', 'صادرات الصينية كبيرة.'],
    ] as const;
    const index = CorpusIndex.empty();
    for (const [id, text] of corpus) index.add(id, text);
    for (const names of [['الصين'], ['ناتو'], ['الناتو']]) {
      const found = withMatches(corpus, names);
      expect(found.length).toBeGreaterThan(0);
      expect([...index.articlesContaining(names)]).toEqual(expect.arrayContaining(found));
    }
  });
});
