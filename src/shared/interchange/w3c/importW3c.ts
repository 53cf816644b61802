/**
 * Import of W3C Web Annotation JSON-LD (issue 12): Isnad's own export (a collection, its page
 * files), and what other tools write — an Annotation, an AnnotationCollection with its pages
 * embedded or in files of their own, or a JSON array of annotations.
 *
 * Texts: a W3C target names its source by IRI only. Isnad's export carries each article's text
 * (`isnadArticles`); for another tool's file, the analyst gives the article's text file beside it
 * (`article.txt` for a source IRI ending in `/article.txt`, or any text whose SHA-256 is the
 * `urn:isnad:article:` IRI). An annotation whose source has no text among the files cannot be
 * placed, and the import is refused with an ImportError that says so: skipping it would import
 * the file in part without the analyst knowing, and nothing is half-imported (issue 12).
 *
 * Spans: the TextPositionSelector is preferred (code points, converted to UTF-16) and checked
 * against the TextQuoteSelector; when they disagree the offsets are kept as given with the quote in
 * `exact`, for the merge to re-place. A position past the end of its text, a malformed file or a
 * value of the wrong type is refused with an ImportError naming the file and the annotation.
 *
 * Ids: Isnad's annotations keep theirs (`urn:isnad:annotation:<id>`); another tool's get a
 * UUID derived from their IRI (or, without one, from their content), so importing the same file
 * twice gives the same ids.
 */
import type { AnnotationRecord } from '../../annotation/annotation';
import type { EntityRecord } from '../../entity/entity';
import { labelKey } from '../../annotation/tagLabels';
import { DEFAULT_TAGS, type TagDefinition } from '../../annotation/tagSet';
import { detectDirection } from '../../arabic/direction';
import type { ArticleNoteRecord, ArticleRecord } from '../../model';
import { assertOrderKey, compareOrderKeys, keyBetween } from '../../order/orderKey';
import { decodeTextFile } from '../../text/decode';
import { sha256Hex } from '../../text/hash';
import { titleOf } from '../../text/normalizeText';
import { importedArticleRecord, ImportError, type ImportSource, type InterchangeArticle, type InterchangeData } from '../interchange';
import { plainTextToNote } from '../plainTextNote';
import { htmlToPlainText } from './htmlToPlainText';
import { readBodies, lexicalState, type TagReference } from './w3cBodies';
import { ANNOTATION_IRI, ARTICLE_IRI, idFromIri, TAG_IRI } from './w3cContext';
import { sortDocuments, type FoundAnnotation } from './w3cDocuments';
import { entityFromNode, identifiedEntity } from './w3cEntities';
import { describe, FileReader, idOf, isObject, listOf, MAX_JSON_NESTING, nestedDeeperThan } from './w3cJson';
import { placedText, placeSpan, targetOf, type PlacedText } from './w3cPlacement';

export interface W3cImportOptions {
  /** The importing analyst: the author of what the file does not attribute. */
  author: string;
  now: number;
}

interface ImportedArticle {
  placed: PlacedText;
  entry: InterchangeArticle;
}

/** A UUID (version 8, "custom": derived, not random) from the SHA-256 of `key`. */
async function derivedUuid(key: string): Promise<string> {
  const hex = await sha256Hex(key);
  const variant = (8 | (parseInt(hex[16]!, 16) & 3)).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;
/** Colours for tags another tool's file brings: the default set's, which are told apart in every colour vision. */
const PALETTE = DEFAULT_TAGS.map((t) => t.color);

function parseJson(source: ImportSource): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(source.bytes);
  } catch {
    throw new ImportError(source.path, 'is not UTF-8 text: a W3C Web Annotation file is UTF-8 JSON');
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    throw new ImportError(source.path, `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  // Web annotations nest a dozen levels at most; a Lexical note inside, a few more.
  if (nestedDeeperThan(json, MAX_JSON_NESTING)) throw new ImportError(source.path, `nests its JSON more than ${MAX_JSON_NESTING} levels deep: no Web Annotation does`);
  return json;
}

/** Who a W3C `creator` names: a name, a nickname, an IRI, else `fallback`. */
function agentName(value: unknown, fallback: string): string {
  const first = listOf(value)[0];
  if (typeof first === 'string' && first.trim()) return first;
  if (isObject(first))
    for (const key of ['name', 'nickname', 'id', '@id']) {
      const value = first[key];
      if (typeof value === 'string' && value.trim()) return value;
    }
  return fallback;
}

const baseName = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** The last path segment of an IRI, without query or fragment, decoded: what a text file beside it would be called. */
function iriFileName(iri: string): string {
  const path = iri.replace(/[?#].*$/, '');
  const segment = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

class TagTable {
  readonly tags = new Map<string, TagDefinition>();
  private readonly byName = new Map<string, TagDefinition>();

  constructor(private readonly options: W3cImportOptions) {}

  /** The greatest order key so far, kept as tags are added: sorting every key for each new tag made a file with 8,000 tag labels take minutes (fuzz case). */
  private lastOrder: string | null = null;

  add(tag: TagDefinition) {
    this.tags.set(tag.id, tag);
    if (this.lastOrder === null || compareOrderKeys(tag.order, this.lastOrder) > 0) this.lastOrder = tag.order;
    for (const label of [tag.labelEn, tag.labelAr]) if (labelKey(label) && !this.byName.has(labelKey(label))) this.byName.set(labelKey(label), tag);
  }

  private nextOrder(): string {
    // No random tail: importing the same file gives the same keys (the merge places tags it adds).
    return keyBetween(this.lastOrder, null, '');
  }

  /** The tag a body names: by Isnad id, else by label (as Isnad compares labels), else a new one. */
  async resolve(reference: TagReference): Promise<TagDefinition> {
    if (reference.tagId !== null && this.tags.has(reference.tagId)) return this.tags.get(reference.tagId)!;
    const key = labelKey(reference.label);
    const named = key ? this.byName.get(key) : undefined;
    if (named && reference.tagId === null) return named;
    const arabic = reference.language?.toLowerCase().startsWith('ar') ?? detectDirection(reference.label) === 'rtl';
    const hash = await sha256Hex(`w3c-tag:${key}`);
    const tag: TagDefinition = {
      id: reference.tagId ?? `w3c-${hash.slice(0, 16)}`,
      labelEn: arabic ? '' : reference.label,
      labelAr: arabic ? reference.label : '',
      color: reference.colour !== undefined && HEX_COLOUR.test(reference.colour) ? reference.colour : PALETTE[parseInt(hash.slice(0, 8), 16) % PALETTE.length]!,
      order: this.nextOrder(),
      kind: 'entity',
      createdAt: this.options.now,
      updatedAt: this.options.now,
      author: this.options.author,
    };
    this.add(tag);
    return tag;
  }
}

function tagDefinition(reader: FileReader, value: unknown, index: number, options: W3cImportOptions): TagDefinition {
  const where = `tag ${index + 1}`;
  const node = reader.object(value, where);
  const iri = idOf(node);
  const id = typeof iri === 'string' ? idFromIri(iri, TAG_IRI) : null;
  if (id === null) reader.refuse(where, `has no Isnad tag IRI (found ${describe(iri)})`);
  const labels = node.prefLabel === undefined ? {} : reader.object(node.prefLabel, `tag ${id}'s labels`);
  const label = (language: string) => reader.optionalString(labels, language, `tag ${id}'s labels`) ?? '';
  const color = reader.string(node, 'isnadColour', `tag ${id}`);
  // A colour goes into the app's highlight stylesheet: only #rrggbb.
  if (!HEX_COLOUR.test(color)) reader.refuse(`tag ${id}`, `has a colour that is not #rrggbb: ${describe(color)}`);
  const order = reader.string(node, 'isnadOrder', `tag ${id}`);
  try {
    assertOrderKey(order);
  } catch {
    reader.refuse(`tag ${id}`, `has an order that is not an Isnad order key: ${describe(order)}`);
  }
  const kind = node.isnadKind;
  if (kind !== 'entity' && kind !== 'claim') reader.refuse(`tag ${id}`, `has a kind Isnad does not know: ${describe(kind)}`);
  const tag: TagDefinition = {
    id,
    labelEn: label('en'),
    labelAr: label('ar'),
    color,
    order,
    kind,
    createdAt: reader.optionalTime(node, 'created', `tag ${id}`) ?? options.now,
    updatedAt: reader.optionalTime(node, 'modified', `tag ${id}`) ?? options.now,
    author: agentName(node.creator, options.author),
  };
  const deletedAt = reader.optionalTime(node, 'isnadDeleted', `tag ${id}`);
  if (deletedAt !== undefined) {
    tag.deletedAt = deletedAt;
    tag.deletedBy = reader.optionalString(node, 'isnadDeletedBy', `tag ${id}`) ?? tag.author;
  }
  return tag;
}

async function articleFromNode(reader: FileReader, value: unknown, index: number, options: W3cImportOptions): Promise<{ iri: string; article: ImportedArticle }> {
  const node = reader.object(value, `article ${index + 1}`);
  const iri = idOf(node);
  if (typeof iri !== 'string') reader.refuse(`article ${index + 1}`, `has no IRI (found ${describe(iri)})`);
  const where = `article ${iri}`;
  const raw = reader.string(node, 'isnadText', where);
  const placed = placedText(raw);
  if (placed.text.trim() === '') reader.refuse(where, 'has no text');
  const id = await sha256Hex(placed.text);
  const fileName = reader.optionalString(node, 'isnadFileName', where) ?? `${id.slice(0, 12)}.txt`;
  const record: ArticleRecord = importedArticleRecord(
    {
      id,
      text: placed.text,
      title: reader.optionalString(node, 'title', where) ?? titleOf(placed.text, fileName),
      fileName,
      sourceKey: reader.optionalString(node, 'isnadSourceKey', where),
      author: agentName(node.creator, options.author),
      now: options.now,
    },
    detectDirection(placed.text),
  );
  record.createdAt = reader.optionalTime(node, 'created', where) ?? options.now;
  record.updatedAt = reader.optionalTime(node, 'modified', where) ?? record.createdAt;
  const override = node.isnadDirectionOverride;
  if (override !== undefined) {
    if (override !== 'rtl' && override !== 'ltr') reader.refuse(where, `has a direction that is neither rtl nor ltr: ${describe(override)}`);
    record.directionOverride = override;
  }
  let note: ArticleNoteRecord | null = null;
  if (node.isnadNote !== undefined) {
    const noteNode = reader.object(node.isnadNote, `${where}'s note`);
    const state =
      noteNode.isnadLexical !== undefined ? lexicalState(reader, noteNode.isnadLexical, `${where}'s note`) : plainTextToNote(htmlToPlainText(reader.string(noteNode, 'value', `${where}'s note`)));
    if (state !== null) {
      const createdAt = reader.optionalTime(noteNode, 'created', `${where}'s note`) ?? options.now;
      note = { articleId: id, note: state, createdAt, updatedAt: reader.optionalTime(noteNode, 'modified', `${where}'s note`) ?? createdAt, author: agentName(noteNode.creator, options.author) };
    }
  }
  return { iri, article: { placed, entry: { article: record, text: placed.text, annotations: [], note } } };
}

/** Text files given beside another tool's annotations, by file name and by SHA-256. */
async function companionTexts(sources: readonly ImportSource[], options: W3cImportOptions) {
  const byName = new Map<string, ImportedArticle>();
  const byId = new Map<string, ImportedArticle>();
  for (const source of sources) {
    const decoded = decodeTextFile(source.bytes);
    if (!decoded.ok) throw new ImportError(source.path, `cannot be read as an article's text (${decoded.reason})`);
    const placed = placedText(decoded.text);
    const id = await sha256Hex(placed.text);
    const name = baseName(source.path);
    const record = importedArticleRecord(
      { id, text: placed.text, title: titleOf(placed.text, name), fileName: name, sourceKey: `import:${source.path}`, author: options.author, now: options.now },
      detectDirection(placed.text),
    );
    record.encoding = decoded.encoding;
    const article = byId.get(id) ?? { placed, entry: { article: record, text: placed.text, annotations: [], note: null } };
    byName.set(name, article);
    byId.set(id, article);
  }
  return { byName, byId };
}

export async function importW3c(sources: readonly ImportSource[], options: W3cImportOptions): Promise<InterchangeData> {
  const isText = (s: ImportSource) => /\.txt$/i.test(s.path);
  const documents = sortDocuments(sources.filter((s) => !isText(s)).map((s) => ({ file: s.path, json: parseJson(s) })));
  const companions = await companionTexts(sources.filter(isText), options);

  const articles = new Map<string, ImportedArticle>();
  const tags = new TagTable(options);
  const entities = new Map<string, EntityRecord>();
  for (const { reader, node } of documents.collections) {
    for (const [i, value] of listOf(node.isnadTags).entries()) tags.add(tagDefinition(reader, value, i, options));
    for (const [i, value] of listOf(node.isnadEntities).entries()) {
      const entity = entityFromNode(reader, value, i, options, agentName);
      const known = entities.get(entity.id);
      if (!known || known.updatedAt < entity.updatedAt) entities.set(entity.id, entity);
    }
    for (const [i, value] of listOf(node.isnadArticles).entries()) {
      const { iri, article } = await articleFromNode(reader, value, i, options);
      const known = articles.get(iri);
      if (known && known.entry.text !== article.entry.text) reader.refuse(`article ${iri}`, 'is given twice with different texts');
      if (!known) articles.set(iri, article);
    }
  }

  const articleOf = (found: FoundAnnotation, source: string): ImportedArticle => {
    const hashed = idFromIri(source, ARTICLE_IRI);
    const article = articles.get(source) ?? (hashed !== null ? companions.byId.get(hashed) : undefined) ?? companions.byName.get(iriFileName(source));
    if (article) return article;
    return found.reader.refuse(
      found.where,
      `is on ${source}, whose text is not in the file: Isnad can place an annotation only on text it has. Import an Isnad export (it holds the texts), or give the article's text file${iriFileName(source) ? ` (${iriFileName(source)})` : ''} with it.`,
    );
  };

  const annotations = new Map<string, AnnotationRecord>();
  const seenKeys = new Map<string, number>();
  // Articles annotations were placed on, by id: companion texts join the result only when used.
  const used = new Map<string, ImportedArticle>();
  for (const found of documents.annotations) {
    const { reader, node, where } = found;
    const { source, selectors } = targetOf(reader, node, where);
    const article = articleOf(found, source);
    if (!used.has(article.entry.article.id)) used.set(article.entry.article.id, article);
    const span = placeSpan(reader, selectors, article.placed, where);
    const bodies = readBodies(reader, node, where);

    const iri = idOf(node);
    const ownId = typeof iri === 'string' ? idFromIri(iri, ANNOTATION_IRI) : null;
    let baseId = ownId;
    if (baseId === null) {
      // Another tool's annotation: an id derived from its IRI, or from its content (the n-th of identical ones counted apart).
      const key = typeof iri === 'string' ? `w3c-annotation:${iri}` : `w3c-annotation:${JSON.stringify([node.target, node.body, node.bodyValue])}`;
      const n = seenKeys.get(key) ?? 0;
      seenKeys.set(key, n + 1);
      baseId = await derivedUuid(`${key}#${n}`);
    }
    const createdAt = reader.optionalTime(node, 'created', where) ?? options.now;
    const updatedAt = reader.optionalTime(node, 'modified', where) ?? createdAt;
    const author = agentName(node.creator, options.author);
    // The entity the span names: from the collection's list, else as the body itself describes it
    // (a page file read without its collection); a bare IRI names nothing Isnad can store.
    const identified = identifiedEntity(reader, node, where);
    if (identified && !entities.has(identified.id) && identified.name !== null && identified.type !== null) {
      const { id, name, type, wikidataId } = identified;
      entities.set(id, { id, name, latinName: '', type, aliases: [], wikidataId, note: null, createdAt, updatedAt: createdAt, author });
    }
    const entityId = identified && entities.has(identified.id) ? identified.id : undefined;
    // Isnad gives a span one tag; an annotation with several tags becomes one Isnad annotation per tag.
    const references = bodies.tags.length > 0 ? bodies.tags : [{ tagId: null, label: 'Imported', language: 'en', colour: undefined }];
    for (const [k, reference] of references.entries()) {
      const tag = await tags.resolve(reference);
      const id = k === 0 ? baseId : await derivedUuid(`${baseId}#tag:${tag.id}`);
      const record: AnnotationRecord = {
        id,
        articleId: article.entry.article.id,
        tagId: tag.id,
        ...span,
        note: bodies.note,
        claim: bodies.claim && { ...bodies.claim },
        ...(entityId !== undefined && { entityId }),
        createdAt,
        updatedAt,
        author,
      };
      const earlier = annotations.get(id);
      if (!earlier || earlier.updatedAt < record.updatedAt) annotations.set(id, record);
    }
  }
  for (const record of annotations.values()) used.get(record.articleId)!.entry.annotations.push(record);

  const collection = documents.collections.length === 1 ? documents.collections[0]!.node : null;
  const generated = collection && typeof collection.generated === 'string' ? Date.parse(collection.generated) : NaN;
  const entries = [...new Set([...articles.values(), ...used.values()])].map((a) => a.entry);
  return {
    exportedAt: Number.isNaN(generated) ? options.now : generated,
    analystName: collection ? agentName(collection.creator, options.author) : options.author,
    tags: [...tags.tags.values()],
    articles: dedupeById(entries),
    entities: [...entities.values()],
  };
}

/** One entry per article id (two IRIs can carry the same text). */
function dedupeById(entries: InterchangeArticle[]): InterchangeArticle[] {
  const byId = new Map<string, InterchangeArticle>();
  for (const entry of entries) {
    const known = byId.get(entry.article.id);
    if (!known) byId.set(entry.article.id, entry);
    else if (known !== entry) known.annotations.push(...entry.annotations.filter((a) => !known.annotations.some((b) => b.id === a.id)));
  }
  return [...byId.values()];
}
