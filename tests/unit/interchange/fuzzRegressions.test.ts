/**
 * Defects the fuzz tests (tests/fuzz) found in the importers, one test each, named after the case
 * that found it, so each stays fixed whatever the fuzzers' seed.
 */
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../../src/shared/interchange/bundle/readBundle';
import { ImportError } from '../../../src/shared/interchange/interchange';

const BUNDLE_HEAD = '{"format":"isnad-bundle","version":2,"offsets":"code-points","exportedAt":1,"analystName":"a"';
const million = (item: string) => `[${`${item},`.repeat(999_999)}${item}]`;

describe('importer defects found by fuzzing', () => {
  it('bundle: an article with a million wrong annotations is refused, not a stack overflow (zod gathered a million issues)', async () => {
    const json = `${BUNDLE_HEAD},"tags":[],"articles":[{"article":{},"text":"","annotations":${million('0')},"note":null}]}`;
    await expect(readBundle('big.isnad.json', json)).rejects.toThrow(ImportError);
    await expect(readBundle('big.isnad.json', json)).rejects.toThrow(/articles\[0\]/);
  });

  it('bundle: a million wrong tags are refused naming the first one', async () => {
    const json = `${BUNDLE_HEAD},"tags":${million('1')},"articles":[]}`;
    await expect(readBundle('tags.isnad.json', json)).rejects.toThrow(/tags\[0\]: /);
  });

  it('bundle: an entity with a million aliases that are not text is refused', async () => {
    const entity = `{"id":"e","name":"n","latinName":"","type":"person","aliases":${million('0')},"wikidataId":null,"note":null,"createdAt":1,"updatedAt":1,"author":"a"}`;
    const json = `${BUNDLE_HEAD},"tags":[],"articles":[],"entities":[${entity}]}`;
    await expect(readBundle('aliases.isnad.json', json)).rejects.toThrow(/entities\[0\]\.aliases: /);
  });
});
