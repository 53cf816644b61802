/**
 * Reads a project bundle strictly: the whole file is checked — format, version, every record's
 * fields, each article's text against its id (the SHA-256 of the text), annotation offsets against
 * the text, duplicate ids — before anything is returned, so a malformed bundle is refused whole
 * with a message naming the file and the first problem, and nothing of it is imported.
 */
import * as z from 'zod/mini';
import { sha256Hex } from '../../text/hash';
import { OffsetMap } from '../codePoints';
import { ImportError, type ImportSource, type InterchangeArticle, type InterchangeData } from '../interchange';
import type { ClaimLinkRecord } from '../../claims/claimLink';
import type { EntityRecord } from '../../entity/entity';
import type { AnnotationRecord } from '../../annotation/annotation';
import type { TagDefinition } from '../../annotation/tagSet';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleAnnotation, bundleArticle, bundleBody, bundleClaimLink, bundleEntity, bundleHeader, bundleTag, READABLE_BUNDLE_VERSIONS } from './bundleSchema';

/** The first issue of a failed check, as "articles[3].annotations[0].start: …". */
function describe(error: z.core.$ZodError, prefix: string): string {
  const issue = error.issues[0];
  if (!issue) return 'the data is not valid';
  const path = issue.path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}${out ? '.' : ''}${String(key)}`), prefix);
  return `${path || 'the file'}: ${issue.message}`;
}

/** Whether the bytes look like a bundle (the format name near the start), for telling formats apart. */
export function looksLikeBundle(text: string): boolean {
  return new RegExp(`"format"\\s*:\\s*"${BUNDLE_FORMAT}"`).test(text.slice(0, 200));
}

export function parseBundleText(name: string, json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw new ImportError(name, `this is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

export async function readBundle(name: string, json: string): Promise<InterchangeData> {
  return readParsedBundle(name, parseBundleText(name, json));
}

/** Checks a parsed bundle (see readBundle); the JSON text is not needed (nor kept) any more. */
async function readParsedBundle(name: string, raw: unknown): Promise<InterchangeData> {
  const header = bundleHeader.safeParse(raw);
  if (!header.success) throw new ImportError(name, `this is not an Isnad project bundle (no "format": "${BUNDLE_FORMAT}")`);
  const { version } = header.data;
  if (!READABLE_BUNDLE_VERSIONS.includes(version)) throw new ImportError(name, `bundle version ${version} is not one this Isnad reads (it reads versions 1 to ${BUNDLE_VERSION}); update Isnad`);
  const body = bundleBody.safeParse(raw);
  if (!body.success) throw new ImportError(name, describe(body.error, ''));

  // Version 1 reserved `entities` and wrote it empty; it had no claim links.
  const entities: EntityRecord[] = [];
  const entityIds = new Set<string>();
  for (const [i, rawEntity] of (version >= 2 ? (body.data.entities ?? []) : []).entries()) {
    const parsed = bundleEntity.safeParse(rawEntity);
    if (!parsed.success) throw new ImportError(name, describe(parsed.error, `entities[${i}]`));
    if (entityIds.has(parsed.data.id)) throw new ImportError(name, `entities[${i}]: the entity id "${parsed.data.id}" appears twice`);
    entityIds.add(parsed.data.id);
    entities.push(parsed.data);
  }

  const articles: InterchangeArticle[] = [];
  const annotationIds = new Set<string>();
  const claimIds = new Set<string>();
  const articleIds = new Set<string>();
  const tagIds = new Set<string>();
  const tags: TagDefinition[] = [];
  for (const [i, rawTag] of body.data.tags.entries()) {
    const parsed = bundleTag.safeParse(rawTag);
    if (!parsed.success) throw new ImportError(name, describe(parsed.error, `tags[${i}]`));
    const tag = parsed.data;
    if (tagIds.has(tag.id)) throw new ImportError(name, `the tag id "${tag.id}" appears twice`);
    tagIds.add(tag.id);
    tags.push(tag);
  }
  // zod's array holds the same elements as the parsed JSON's: both let go of each article once
  // it is checked, so a 2,000-article bundle is not held twice over (raw and checked) while it is read.
  const rawArticles = body.data.articles;
  const jsonArticles = (raw as { articles: unknown[] }).articles;
  for (let i = 0; i < rawArticles.length; i++) {
    const parsed = bundleArticle.safeParse(rawArticles[i]);
    rawArticles[i] = null;
    jsonArticles[i] = null;
    if (!parsed.success) throw new ImportError(name, describe(parsed.error, `articles[${i}]`));
    const { article, text, note } = parsed.data;
    const annotations: AnnotationRecord[] = [];
    for (const [j, rawAnnotation] of parsed.data.annotations.entries()) {
      const checked = bundleAnnotation.safeParse(rawAnnotation);
      if (!checked.success) throw new ImportError(name, describe(checked.error, `articles[${i}].annotations[${j}]`));
      annotations.push(checked.data);
    }
    const where = `articles[${i}] ("${article.title.slice(0, 60)}")`;
    if (articleIds.has(article.id)) throw new ImportError(name, `${where}: the article appears twice`);
    articleIds.add(article.id);
    if ((await sha256Hex(text)) !== article.id) throw new ImportError(name, `${where}: the text does not match the article's id (the file was changed or damaged)`);
    const map = new OffsetMap(text);
    for (const [j, a] of annotations.entries()) {
      const at = `${where}.annotations[${j}]`;
      if (annotationIds.has(a.id)) throw new ImportError(name, `${at}: the annotation id "${a.id}" appears twice`);
      annotationIds.add(a.id);
      if (a.articleId !== article.id) throw new ImportError(name, `${at}: it belongs to another article`);
      if (a.orphaned) {
        // Kept on no span until placed by hand (annotation.ts): no offsets to check or convert.
        if (a.start !== 0 || a.end !== 0) throw new ImportError(name, `${at}: an orphaned annotation has no span, not ${a.start}–${a.end}`);
      } else if (a.end <= a.start || !map.hasCodePoint(a.end)) throw new ImportError(name, `${at}: the span ${a.start}–${a.end} is not inside the text (${map.codePoints} code points)`);
      if (!tagIds.has(a.tagId)) throw new ImportError(name, `${at}: its tag "${a.tagId}" is not in the bundle's tag set`);
      if (a.entityId !== undefined && !entityIds.has(a.entityId)) throw new ImportError(name, `${at}.entityId: the entity "${a.entityId}" is not in the bundle's entities`);
      if (a.claim) claimIds.add(a.id);
      if (a.orphaned) continue;
      // Back to Isnad's UTF-16 offsets.
      a.start = map.toUnits(a.start);
      a.end = map.toUnits(a.end);
    }
    article.length = text.length;
    if (note && note.articleId !== article.id) throw new ImportError(name, `${where}: its note belongs to another article`);
    articles.push({ article, text, annotations, note });
  }

  const claimLinks: ClaimLinkRecord[] = [];
  const linkIds = new Set<string>();
  for (const [i, rawLink] of (version >= 2 ? (body.data.claimLinks ?? []) : []).entries()) {
    const parsed = bundleClaimLink.safeParse(rawLink);
    if (!parsed.success) throw new ImportError(name, describe(parsed.error, `claimLinks[${i}]`));
    const link = parsed.data;
    if (linkIds.has(link.id)) throw new ImportError(name, `claimLinks[${i}]: the link id "${link.id}" appears twice`);
    linkIds.add(link.id);
    for (const end of ['fromId', 'toId'] as const) if (!claimIds.has(link[end])) throw new ImportError(name, `claimLinks[${i}].${end}: "${link[end]}" is not a claim in the bundle`);
    claimLinks.push(link);
  }
  return { exportedAt: body.data.exportedAt, analystName: body.data.analystName, tags, articles, entities, claimLinks };
}

/** The importer's agreed signature: one bundle file. */
export async function importBundle(sources: readonly ImportSource[]): Promise<InterchangeData> {
  if (sources.length !== 1) throw new ImportError(sources[0]?.path ?? 'bundle', 'a project bundle is one file');
  const source = sources[0]!;
  return readParsedBundle(source.path, decodeAndParse(source));
}

/** Text and parse in one step, so the decoded text (twice the file's size in memory) is garbage as soon as it is parsed. */
function decodeAndParse(source: ImportSource): unknown {
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(source.bytes);
  } catch {
    throw new ImportError(source.path, 'the file is not UTF-8 text');
  }
  return parseBundleText(source.path, json);
}
