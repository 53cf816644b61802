/**
 * Export as W3C Web Annotation JSON-LD (issue 12): one AnnotationCollection (model §5.1) for the
 * data given — one article or the corpus — holding its annotations in AnnotationPages (§5.2) of
 * PAGE_SIZE, the tag set, and the articles with their texts.
 *
 * Where the pages go: the collection file embeds the first page (as the model's own complete
 * example does), and every further page is a file of its own. The model, and the test suite's
 * collection and page schemas with it, let only `first` be an embedded page — `last`, `next` and
 * `prev` must be IRIs (`lastValidIfPresent`, `nextValidIfPresent` accept strings only) — so a second
 * page cannot be embedded anywhere a validator accepts, and a JSON-LD `@graph` of several pages
 * would no longer be a collection document. An article or a corpus of up to PAGE_SIZE annotations
 * is one self-contained file. Each page file carries the same `@context`, so every file expands
 * alone; page IRIs are URNs (the schemas require absolute IRIs) and the importer joins the files
 * by them.
 *
 * The articles' texts are in the collection (an Isnad property, `isnadArticles`): a W3C target
 * names its source by IRI only, and without the text an import could not rebuild the article.
 */
import { compareReadingOrder } from '../../annotation/annotation';
import type { TagDefinition } from '../../annotation/tagSet';
import { effectiveDirection } from '../../model';
import { OffsetMap } from '../codePoints';
import { liveAnnotations, liveEntitiesById, type ExportedFile, type InterchangeArticle, type InterchangeData } from '../interchange';
import { noteToHtml, noteToPlainText } from '../plainTextNote';
import { agent, annotationNode, isoTime, type JsonNode } from './w3cAnnotationNode';
import { articleIri, COLLECTION_IRI, FILE_CONTEXT, tagIri, W3C_FORMAT_VERSION } from './w3cContext';
import { entityBody, entityNode } from './w3cEntities';
import { escapeBidiInHtml, escapeInvisiblesInJson, languageOf } from './w3cText';

/** Annotations per page: small enough for a client to hold a page, large enough that an article is one. */
export const PAGE_SIZE = 1000;
export const W3C_FILE_NAME = 'isnad-annotations.jsonld';
export const w3cPageFileName = (page: number) => `isnad-annotations-page-${String(page).padStart(4, '0')}.jsonld`;

/** A stable name for this export, from what it holds and when: re-exporting the same data at the same time gives the same IRIs. */
function collectionIri(data: InterchangeData): string {
  // FNV-1a (two 32-bit lanes): an identifier, not a security measure; shared code has no synchronous hash.
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const key = `${data.exportedAt}|${data.analystName}|${data.articles.map((x) => x.article.id).join(',')}`;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x811c9dc5) >>> 0;
  }
  return `${COLLECTION_IRI}${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

function articleNode(entry: InterchangeArticle): JsonNode {
  const { article, note } = entry;
  const node: JsonNode = {
    id: articleIri(article.id),
    type: 'Text',
    title: article.title,
    format: 'text/plain',
    textDirection: effectiveDirection(article),
    created: isoTime(article.createdAt),
    modified: isoTime(article.updatedAt),
    creator: agent(article.author),
    isnadFileName: article.fileName,
    isnadSourceKey: article.sourceKey,
  };
  if (article.directionOverride !== null) node.isnadDirectionOverride = article.directionOverride;
  const html = note && note.deletedAt === undefined ? noteToHtml(note.note) : '';
  if (note && html !== '') {
    node.isnadNote = {
      type: 'TextualBody',
      value: escapeBidiInHtml(html),
      format: 'text/html',
      ...languageOf(noteToPlainText(note.note)),
      created: isoTime(note.createdAt),
      modified: isoTime(note.updatedAt),
      creator: agent(note.author),
      isnadLexical: note.note,
    };
  }
  node.isnadText = entry.text;
  return node;
}

function tagNode(tag: TagDefinition): JsonNode {
  const labels: Record<string, string> = {};
  if (tag.labelEn !== '') labels.en = tag.labelEn;
  if (tag.labelAr !== '') labels.ar = tag.labelAr;
  const node: JsonNode = {
    id: tagIri(tag.id),
    type: 'skos:Concept',
    prefLabel: labels,
    isnadColour: tag.color,
    isnadOrder: tag.order,
    isnadKind: tag.kind,
    created: isoTime(tag.createdAt),
    modified: isoTime(tag.updatedAt),
    creator: agent(tag.author),
  };
  if (tag.deletedAt !== undefined) node.isnadDeleted = isoTime(tag.deletedAt);
  if (tag.deletedBy !== undefined) node.isnadDeletedBy = tag.deletedBy;
  return node;
}

/** Every live annotation, article by article in the order given, each article's in reading order. */
function annotationNodes(data: InterchangeData): JsonNode[] {
  const tags = new Map(data.tags.map((t) => [t.id, t]));
  const entities = liveEntitiesById(data);
  const out: JsonNode[] = [];
  for (const entry of data.articles) {
    const offsets = new OffsetMap(entry.text);
    for (const record of liveAnnotations(entry).sort(compareReadingOrder)) {
      const tag = tags.get(record.tagId);
      if (!tag) throw new Error(`Annotation ${record.id} uses tag ${record.tagId}, which is not in the data's tag set`);
      const entity = record.entityId === undefined ? undefined : entities.get(record.entityId);
      out.push(annotationNode(record, entry.text, offsets, tag, entity ? entityBody(entity) : null));
    }
  }
  return out;
}

const serialise = (doc: JsonNode) => `${escapeInvisiblesInJson(JSON.stringify(doc, null, 1))}\n`;

export function exportW3c(data: InterchangeData): ExportedFile[] {
  const id = collectionIri(data);
  const annotations = annotationNodes(data);
  const pageCount = Math.ceil(annotations.length / PAGE_SIZE);
  const pageIri = (n: number) => `${id}:page:${n}`;
  const page = (n: number): JsonNode => {
    const node: JsonNode = { id: pageIri(n), type: 'AnnotationPage', partOf: { id, total: annotations.length }, startIndex: (n - 1) * PAGE_SIZE };
    if (n > 1) node.prev = pageIri(n - 1);
    if (n < pageCount) node.next = pageIri(n + 1);
    node.items = annotations.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE);
    return node;
  };

  const single = data.articles.length === 1 ? data.articles[0]!.article.title : null;
  const collection: JsonNode = {
    '@context': FILE_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: single ?? `Isnad: ${data.articles.length} articles`,
    creator: agent(data.analystName),
    generator: { type: 'Software', name: 'Isnad' },
    generated: isoTime(data.exportedAt),
    isnadFormat: W3C_FORMAT_VERSION,
    total: annotations.length,
  };
  // An empty collection has no pages: `first` is required only when `total` is above zero (§5.1).
  if (pageCount > 0) {
    // Embedded, the first page names the collection it is in by IRI alone (a page SHOULD have partOf, §5.2).
    collection.first = { ...page(1), partOf: id };
    collection.last = pageIri(pageCount);
  }
  collection.isnadTags = data.tags.map(tagNode);
  // The live entities the exported annotations identify (a deleted one leaves only in a bundle).
  const entities = liveEntitiesById(data);
  const named = new Set(data.articles.flatMap((a) => liveAnnotations(a).flatMap((x) => (x.entityId !== undefined && entities.has(x.entityId) ? [x.entityId] : []))));
  if (named.size > 0) collection.isnadEntities = [...named].map((id) => entityNode(entities.get(id)!));
  collection.isnadArticles = data.articles.map(articleNode);

  const files: ExportedFile[] = [{ path: W3C_FILE_NAME, content: serialise(collection) }];
  for (let n = 2; n <= pageCount; n++) files.push({ path: w3cPageFileName(n), content: serialise({ '@context': FILE_CONTEXT, isnadFormat: W3C_FORMAT_VERSION, ...page(n) }) });
  return files;
}
