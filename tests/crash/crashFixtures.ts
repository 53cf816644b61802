/**
 * What the crash tests bring in: folders of many small article files and project bundles, made
 * fresh for each kill point (new texts, so nothing is "already in the library"). Every article holds
 * COMMON_WORD once and a word of its own once, so the corpus search can be asked about both.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnnotationRecord } from '../../src/shared/annotation/annotation';
import { defaultTags } from '../../src/shared/annotation/tagSet';
import type { EntityRecord } from '../../src/shared/entity/entity';
import { bundleBytes } from '../../src/shared/interchange/bundle/writeBundle';
import type { InterchangeArticle } from '../../src/shared/interchange/interchange';

/** In every article the crash tests bring in (Latin letters only: nothing the search folds). */
export const COMMON_WORD = 'crashcommon';

/** A word of this article alone: `crashid` and the number in letters (whole words, none inside another). */
export const uniqueWord = (run: string, i: number) => `crashid${run}${[...String(i).padStart(4, '0')].map((d) => 'abcdefghij'[Number(d)]).join('')}`;

const SENTENCES = [
  'وصل الرئيس الروسي إلى الصين في زيارة دولة تستغرق يومين',
  'أعلنت وزارة الخارجية أن المحادثات تناولت التعاون الاقتصادي',
  'قال المتحدث باسم الحكومة إن الاتفاق سيوقع الأسبوع المقبل',
  'ذكرت وكالة الأنباء أن الوفد التقى رئيس الوزراء في العاصمة',
];

/** An article's text: a title line, then paragraphs of sample sentences with the two words. */
export function articleText(run: string, i: number, paragraphs = 3): string {
  const lines = [`مقال ${run} رقم ${i}`];
  for (let p = 0; p < paragraphs; p++) lines.push(`${SENTENCES[(i + p) % SENTENCES.length]} ${p === 0 ? `${COMMON_WORD} ${uniqueWord(run, i)}` : ''}.`.replace(' .', '.'));
  return lines.join('\n');
}

/** A folder of `count` UTF-8 article files, named so the import reads them in order. */
export function articleFolder(run: string, count: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'isnad-crash-folder-')), `folder-${run}`);
  mkdirSync(dir);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), `${articleText(run, i)}\n`);
  return dir;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface BundleFixture {
  path: string;
  articleIds: string[];
  annotationIds: string[];
  /** Per entity pair (see `entityPairs`): the two entities and the ids of each one's mentions. */
  pairs: { a: EntityRecord; b: EntityRecord; aMentions: string[]; bMentions: string[] }[];
}

/**
 * A project bundle of `articles` new articles with `perArticle` person annotations each on their
 * sample words, and `entityPairs` pairs of entities (A and B) whose mentions are those annotations,
 * split between the pair's two entities and spread over every article.
 */
export function makeBundle(run: string, articles: number, perArticle: number, entityPairs = 0): BundleFixture {
  const now = Date.now();
  const stamp = { createdAt: now, updatedAt: now, author: 'crash test' };
  const pairs = Array.from({ length: entityPairs }, (_, p) => {
    const entity = (side: string): EntityRecord => ({ id: randomUUID(), name: `كيان ${side} ${run} ${p}`, latinName: '', type: 'person', aliases: [], wikidataId: null, note: null, ...stamp });
    return { a: entity('ألف'), b: entity('باء'), aMentions: [] as string[], bMentions: [] as string[] };
  });
  const data: InterchangeArticle[] = [];
  const annotationIds: string[] = [];
  let mention = 0;
  for (let i = 0; i < articles; i++) {
    const text = articleText(run, i, Math.ceil(perArticle / 8) + 1);
    const id = sha256(text);
    // Each word of the text after the title, in order, until there are enough.
    const words = [...text.matchAll(/[\u0600-\u06ff]+/g)].slice(4, 4 + perArticle);
    const annotations: AnnotationRecord[] = words.map((w) => {
      const start = w.index;
      const end = start + w[0].length;
      const row: AnnotationRecord = {
        id: randomUUID(),
        articleId: id,
        tagId: 'person',
        start,
        end,
        exact: w[0],
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(end, end + 32),
        note: null,
        claim: null,
        ...stamp,
      };
      if (pairs.length > 0) {
        const pair = pairs[mention % pairs.length]!;
        const side = Math.floor(mention / pairs.length) % 2 === 0 ? 'a' : 'b';
        row.entityId = pair[side].id;
        (side === 'a' ? pair.aMentions : pair.bMentions).push(row.id);
        mention++;
      }
      annotationIds.push(row.id);
      return row;
    });
    data.push({
      article: {
        id,
        title: text.split('\n')[0]!,
        fileName: `${run}-${i}.txt`,
        sourceKey: `bundle/${run}/${i}.txt`,
        encoding: 'utf-8',
        length: text.length,
        detectedDirection: 'rtl',
        directionOverride: null,
        previousVersionId: null,
        importedAt: now + i,
        ...stamp,
      },
      text,
      annotations,
      note: null,
    });
  }
  const bytes = bundleBytes({
    exportedAt: now,
    analystName: 'crash test',
    tags: defaultTags(0),
    articles: data,
    entities: pairs.flatMap((p) => [p.a, p.b]),
    claimLinks: [],
  });
  const path = join(mkdtempSync(join(tmpdir(), 'isnad-crash-bundle-')), `crash-${run}.isnad.json`);
  writeFileSync(path, bytes);
  return { path, articleIds: data.map((a) => a.article.id), annotationIds, pairs };
}
