/**
 * Valid libraries for the fuzzers to damage: the five sample articles (resources/corpus) with the
 * 260 mentions of the hand-made gold list (tests/fixtures/gold/mentions.json) as person and place
 * annotations linked to registry entities, some of them claims with claimants and claim links
 * between them, an article note and a tombstone; and the interchange fixture (emoji before spans,
 * hostile notes and names, a deleted entity). Exported by Isnad's own writers, they are what an
 * importer really meets, so a mutation of them reaches far deeper than random noise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultClaimFields, type AnnotationRecord } from '../../../src/shared/annotation/annotation';
import { quoteOf } from '../../../src/shared/annotation/snapSpan';
import { defaultTags } from '../../../src/shared/annotation/tagSet';
import type { ClaimLinkRecord } from '../../../src/shared/claims/claimLink';
import type { EntityRecord } from '../../../src/shared/entity/entity';
import { importedArticleRecord, type InterchangeArticle, type InterchangeData } from '../../../src/shared/interchange/interchange';
import { sha256Hex } from '../../../src/shared/text/hash';
import { normalizeArticleText } from '../../../src/shared/text/normalizeText';
import { interchangeFixture, lexicalNote } from '../../support/interchange/interchangeFixture';

interface GoldMention {
  entity: string;
  start: number;
  end: number;
  text: string;
}
interface Gold {
  entities: { name: string; type: 'person' | 'state' | 'city'; aliases: string[] }[];
  articles: Record<string, GoldMention[]>;
}

const ROOT = join(__dirname, '../../..');
const STAMP = { createdAt: 1_720_000_000_000, updatedAt: 1_720_000_000_000, author: 'ليلى' };

/**
 * The sample corpus as a library: every gold mention annotated, one in seven a claim. With
 * `maxChars`, each article is cut to its first characters and keeps the mentions in them: the
 * fuzz cases stay small (and fast) and their mutations land on annotations more often.
 */
export async function sampleLibrary(maxChars = Infinity): Promise<InterchangeData> {
  const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold/mentions.json'), 'utf8')) as Gold;
  const entityIds = new Map(gold.entities.map((e, i) => [e.name, `entity-${String(i).padStart(3, '0')}`]));
  const entities: EntityRecord[] = gold.entities.map((e) => ({
    id: entityIds.get(e.name)!,
    name: e.name,
    latinName: '',
    type: e.type === 'person' ? 'person' : 'place',
    aliases: e.aliases,
    wikidataId: null,
    note: null,
    ...STAMP,
  }));
  const articles: InterchangeArticle[] = [];
  const claimIds: string[] = [];
  let n = 0;
  for (const [file, mentions] of Object.entries(gold.articles).sort(([a], [b]) => a.localeCompare(b))) {
    const text = normalizeArticleText(readFileSync(join(ROOT, 'resources/corpus', file), 'utf8')).slice(0, maxChars);
    const id = await sha256Hex(text);
    const article = importedArticleRecord({ id, text, title: text.split('\n')[0]!.slice(0, 80), fileName: file, sourceKey: `sample/${file}`, author: STAMP.author, now: STAMP.createdAt }, 'rtl');
    const annotations: AnnotationRecord[] = [];
    let lastPerson: string | null = null;
    for (const m of mentions.filter((x) => x.end <= text.length)) {
      if (text.slice(m.start, m.end) !== m.text) throw new Error(`gold mention ${m.text} is not at ${m.start} in ${file}`);
      const type = gold.entities.find((e) => e.name === m.entity)!.type;
      const annotationId = `a-${String(n++).padStart(4, '0')}`;
      const isClaim = n % 7 === 0;
      annotations.push({
        id: annotationId,
        articleId: id,
        tagId: isClaim ? 'claim' : type === 'person' ? 'person' : 'place',
        start: m.start,
        end: m.end,
        ...quoteOf(text, m),
        // Notes are Lexical editor states, as the app stores them.
        note: n % 11 === 0 ? lexicalNote([['ملاحظة <b>قصيرة</b>']]) : null,
        claim: isClaim ? { ...defaultClaimFields(), claimantAnnotationId: lastPerson, attribution: 'said', confidence: n % 100 } : null,
        ...(isClaim ? {} : { entityId: entityIds.get(m.entity)! }),
        ...STAMP,
        ...(n % 50 === 0 ? { deletedAt: STAMP.updatedAt + 1, deletedBy: 'Sam' } : {}),
      });
      if (isClaim) claimIds.push(annotationId);
      if (type === 'person') lastPerson = annotationId;
    }
    const note = articles.length === 0 ? { articleId: id, note: lexicalNote([['مقال مهم'], [{ link: 'https://example.org', text: 'المصدر' }]]), ...STAMP } : null;
    articles.push({ article, text, annotations, note });
  }
  const claimLinks: ClaimLinkRecord[] = claimIds.slice(1).map((to, i) => ({ id: `link-${i}`, fromId: claimIds[i]!, toId: to, kind: i % 2 ? 'supports' : 'same', ...STAMP }));
  return { exportedAt: STAMP.createdAt + 5, analystName: 'ليلى', tags: defaultTags(1_600_000_000_000, 'isnad'), articles, entities, claimLinks };
}

/** The library with only some of its articles (and the links between claims still in it). */
export function someArticles(data: InterchangeData, pick: readonly number[]): InterchangeData {
  const articles = pick.map((i) => data.articles[i % data.articles.length]!).filter((a, i, all) => all.indexOf(a) === i);
  const claims = new Set(articles.flatMap((a) => a.annotations.map((x) => x.id)));
  return { ...data, articles, claimLinks: (data.claimLinks ?? []).filter((l) => claims.has(l.fromId) && claims.has(l.toId)) };
}

/** Both valid libraries: the sample corpus (its articles' first 1,200 characters, ~120 mentions), and the interchange fixture (emoji, hostile notes, a deleted entity). */
export async function validLibraries(): Promise<{ sample: InterchangeData; fixture: InterchangeData }> {
  return { sample: await sampleLibrary(1200), fixture: await interchangeFixture() };
}
