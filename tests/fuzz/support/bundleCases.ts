/**
 * Damaged project bundles for the bundle fuzzers (tests/fuzz/bundle*, mergeImport*): a bundle
 * exported by Isnad's writer from the sample corpus or the interchange fixture, then an article's
 * text edited (its id recomputed, so the damage reaches the offsets and the merge), then the JSON
 * mutated (jsonMutations.ts).
 */
import fc from 'fast-check';
import { bundleJson } from '../../../src/shared/interchange/bundle/writeBundle';
import type { InterchangeData } from '../../../src/shared/interchange/interchange';
import { sha256Hex } from '../../../src/shared/text/hash';
import { jsonMutationArb, mutateJson, mutateText, textMutationArb } from './jsonMutations';
import { someArticles } from './sampleLibrary';

interface BundleDoc {
  articles: { article: { id: string }; text: string; annotations: { articleId: string }[]; note: { articleId: string } | null }[];
}

/** An edit of one article's text in the bundle, its id recomputed so the bundle still passes the hash check. */
const textEditArb = fc.record({
  article: fc.nat(),
  at: fc.nat(),
  remove: fc.integer({ min: 0, max: 30 }),
  insert: fc.constantFrom('', 'و', 'بوتين ', '😀', '\n', 'ً', '\r\n', ' '.repeat(40)),
});
type TextEdit = typeof textEditArb extends fc.Arbitrary<infer E> ? E : never;

async function editText(doc: BundleDoc, edit: TextEdit): Promise<void> {
  const entry = doc.articles[edit.article % Math.max(1, doc.articles.length)];
  if (!entry) return;
  const at = edit.at % (entry.text.length + 1);
  entry.text = entry.text.slice(0, at) + edit.insert + entry.text.slice(at + edit.remove);
  const id = await sha256Hex(entry.text);
  entry.article.id = id;
  for (const a of entry.annotations) a.articleId = id;
  if (entry.note) entry.note.articleId = id;
}

export const bundleCaseArb = fc.record({
  base: fc.constantFrom('sample', 'fixture'),
  pick: fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 2 }),
  edits: fc.array(textEditArb, { maxLength: 2 }),
  mutations: fc.array(jsonMutationArb, { maxLength: 3 }),
  text: textMutationArb,
});
export type BundleCase = typeof bundleCaseArb extends fc.Arbitrary<infer C> ? C : never;

/** The damaged bundle's JSON text. */
export async function damagedBundle(c: BundleCase, libraries: { sample: InterchangeData; fixture: InterchangeData }): Promise<string> {
  const source = c.base === 'sample' ? someArticles(libraries.sample, c.pick) : libraries.fixture;
  const doc = JSON.parse(bundleJson(source)) as BundleDoc;
  for (const edit of c.edits) await editText(doc, edit);
  return mutateText(mutateJson(doc, c.mutations), c.text);
}
