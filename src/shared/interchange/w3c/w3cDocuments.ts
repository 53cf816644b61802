/**
 * The documents of a W3C import, sorted out: which files are collections, which are pages, which
 * are annotations (alone or as a JSON array), and every annotation they hold, found by walking
 * each collection from `first` along `next`. A collection whose pages are not all among the files
 * is refused: importing part of it would silently lose annotations.
 */
import { W3C_FORMAT_VERSION } from './w3cContext';
import { describe, FileReader, hasType, idOf, isObject, listOf, typesOf, type JsonObject } from './w3cJson';

export interface FoundAnnotation {
  reader: FileReader;
  node: JsonObject;
  /** How the annotation is named in messages: its id, else its place in the file. */
  where: string;
}

export interface FoundCollection {
  reader: FileReader;
  node: JsonObject;
}

interface Page {
  reader: FileReader;
  node: JsonObject;
}

export interface W3cDocuments {
  collections: FoundCollection[];
  annotations: FoundAnnotation[];
}

const annotationName = (node: JsonObject, fallback: string) => {
  const id = idOf(node);
  return typeof id === 'string' ? `annotation ${id}` : fallback;
};

function checkVersion(reader: FileReader, node: JsonObject) {
  const version = node.isnadFormat;
  if (version === undefined) return;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) reader.refuse('', `has an Isnad format number that is not a whole number (found ${describe(version)})`);
  if (version > W3C_FORMAT_VERSION) reader.refuse('', `was written by a newer Isnad (format ${version}; this one reads up to ${W3C_FORMAT_VERSION}): update Isnad to import it`);
}

/** The annotations a page lists; an item given by IRI alone cannot be imported (Isnad needs its target). */
function pageItems(page: Page, where: string, out: FoundAnnotation[]) {
  const items = page.node.items;
  if (!Array.isArray(items)) page.reader.refuse(where, `has no list of "items" (found ${describe(items)})`);
  items.forEach((item, i) => {
    const place = `${where}, item ${i + 1},`;
    if (typeof item === 'string') page.reader.refuse(place, `names annotation ${item} without giving it: Isnad needs the annotations themselves in the file`);
    const node = page.reader.object(item, place);
    if (!hasType(node, 'Annotation')) page.reader.refuse(place, 'is not of type Annotation');
    out.push({ reader: page.reader, node, where: annotationName(node, place.slice(0, -1)) });
  });
}

/** The page a `first` or `next` value gives: embedded, or by IRI among the files. */
function pageAt(reader: FileReader, link: unknown, pages: ReadonlyMap<string, Page>): Page {
  if (isObject(link)) return { reader, node: link };
  if (typeof link !== 'string') return reader.refuse('', `has a page link that is neither a page nor an IRI (found ${describe(link)})`);
  return pages.get(link) ?? reader.refuse('', `continues in page ${link}, which is not among the files given: import the collection's page files with it`);
}

export function sortDocuments(documents: readonly { file: string; json: unknown }[]): W3cDocuments {
  const collections: FoundCollection[] = [];
  const pages = new Map<string, Page>();
  const annotations: FoundAnnotation[] = [];

  for (const { file, json } of documents) {
    const reader = new FileReader(file);
    if (Array.isArray(json)) {
      json.forEach((item, i) => {
        const node = reader.object(item, `item ${i + 1}`);
        if (!hasType(node, 'Annotation')) reader.refuse(`item ${i + 1}`, 'is not of type Annotation');
        annotations.push({ reader, node, where: annotationName(node, `item ${i + 1}`) });
      });
      continue;
    }
    const node = reader.object(json, '');
    checkVersion(reader, node);
    if (hasType(node, 'AnnotationCollection')) collections.push({ reader, node });
    else if (hasType(node, 'AnnotationPage')) {
      const id = idOf(node);
      pages.set(typeof id === 'string' ? id : `${file}#page`, { reader, node });
    } else if (hasType(node, 'Annotation')) annotations.push({ reader, node, where: annotationName(node, 'the annotation') });
    else reader.refuse('', `is not a W3C Web Annotation, AnnotationCollection or AnnotationPage (its type: ${typesOf(node).map(String).join(', ') || 'none'})`);
  }

  const reached = new Set<Page>();
  for (const collection of collections) {
    const { reader, node } = collection;
    const before = annotations.length;
    let next: unknown = node.first;
    let n = 1;
    while (next !== undefined) {
      const page = pageAt(reader, next, pages);
      if (reached.has(page)) reader.refuse('', `has pages that link back in a loop (at page ${n})`);
      reached.add(page);
      pageItems(page, page.reader === reader ? `page ${n}` : `page ${n} of collection ${String(idOf(node))}`, annotations);
      next = listOf(page.node.next)[0];
      n++;
    }
    const total = node.total;
    if (total !== undefined && total !== annotations.length - before) reader.refuse('', `says it holds ${describe(total)} annotations but its pages hold ${annotations.length - before}`);
  }
  // A page imported without its collection still gives its annotations.
  for (const page of pages.values()) if (!reached.has(page)) pageItems(page, 'the page', annotations);
  return { collections, annotations };
}
