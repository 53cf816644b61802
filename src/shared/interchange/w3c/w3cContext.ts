/**
 * The vocabulary of Isnad's W3C Web Annotation files: the IRIs it mints and the JSON-LD context
 * that defines every property the W3C context (`http://www.w3.org/ns/anno.jsonld`) does not.
 *
 * The context is written inline in each file's `@context`, after the W3C one, instead of being
 * referenced by a URL: Isnad has no web address to serve it from, and a strict JSON-LD processor
 * working offline drops every term whose definition it cannot load (the claim status, the article
 * text…). Inline, each file stands alone. Terms map to full IRIs (no prefixes) so that no JSON-LD
 * 1.1 prefix rule can change how they expand, and the context uses only JSON-LD 1.0 features, as
 * the W3C context does.
 *
 * Isnad has no domain of its own, so its IRIs are URNs under `urn:isnad:` — the same scheme the
 * articles (`urn:isnad:article:<sha256>`) and annotations (`urn:isnad:annotation:<id>`) use.
 */

export const ANNO_CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';

/** Bumped when an Isnad property changes meaning; an importer refuses files from a newer version. */
export const W3C_FORMAT_VERSION = 1;

export const ISNAD_VOCAB = 'urn:isnad:vocab:';

const XSD_DATE_TIME = 'http://www.w3.org/2001/XMLSchema#dateTime';
const term = (name: string) => `${ISNAD_VOCAB}${name}`;

/**
 * The Isnad context, as it appears in every exported file. Keys are the JSON property names the
 * exporter writes; `tests/unit/interchange/w3cExport.test.ts` expands the files with the `jsonld`
 * package and checks that every one of them survives as a full IRI.
 */
export const ISNAD_CONTEXT = {
  // A motivation of the W3C model (§3.3.5) that its published context happens not to define: without
  // this, `"purpose": "assessing"` would expand to a relative IRI and be lost.
  assessing: 'http://www.w3.org/ns/oa#assessing',
  // Standard vocabularies where one fits: an article's title, a tag's two labels.
  title: 'http://purl.org/dc/terms/title',
  prefLabel: { '@id': 'http://www.w3.org/2004/02/skos/core#prefLabel', '@container': '@language' },

  /** The file's W3C_FORMAT_VERSION (collection and page). */
  isnadFormat: term('formatVersion'),
  /** The collection's articles: their texts, so an import can rebuild them. */
  isnadArticles: { '@id': term('hasArticle'), '@container': '@set' },
  /** The collection's tag set (skos:Concept nodes). */
  isnadTags: { '@id': term('hasTagDefinition'), '@container': '@set' },

  // An article (a dctypes:Text node, its id the target's `source`).
  isnadFileName: term('fileName'),
  isnadSourceKey: term('sourceKey'),
  isnadText: term('text'),
  /** The direction the analyst chose for the article, when it overrides the detected one. */
  isnadDirectionOverride: term('directionOverride'),
  /** The note on the whole article: a TextualBody-like node with its HTML and Lexical state. */
  isnadNote: term('articleNote'),

  // A tag definition.
  isnadColour: term('colour'),
  isnadOrder: term('order'),
  isnadKind: term('kind'),
  isnadDeleted: { '@id': term('deleted'), '@type': XSD_DATE_TIME },
  isnadDeletedBy: term('deletedBy'),

  // Bodies.
  /** On the tagging body: the tag definition (its IRI, `urn:isnad:tag:<id>`). */
  isnadTag: { '@id': term('tag'), '@type': '@id' },
  /** On note bodies: the note as Isnad stores it (a serialized Lexical editor state), so Isnad → Isnad loses nothing. */
  isnadLexical: term('lexicalState'),
  /** Which part of a claim a body carries: 'claimant' (the others are known by their own property). */
  isnadRole: term('role'),
  isnadClaimStatus: term('claimStatus'),
  isnadAttribution: term('attribution'),
  /** The analyst's confidence in the claim, 0–100. */
  isnadConfidence: term('confidence'),
  /**
   * Reserved in issue 12 for the entity a span names, and not written: issue 13 names it where the
   * model puts an identified resource, as the `source` of an `identifying` SpecificResource body
   * (see `isnadEntities`). Kept so that files of either issue share one context.
   */
  isnadEntity: { '@id': term('entity'), '@type': '@id' },

  // Registry entities (issue 13): the collection lists each one the annotations identify, as a
  // node whose id is the entity's IRI (`urn:isnad:entity:<id>`); the identifying body repeats its
  // type, name and Wikidata item, so a tool that reads one annotation alone knows what it names.
  isnadEntities: { '@id': term('hasEntity'), '@container': '@set' },
  /** An entity's other spellings (بوتين, الرئيس الروسي). */
  altLabel: { '@id': 'http://www.w3.org/2004/02/skos/core#altLabel', '@container': '@set' },
  /** The entity's Wikidata item (`http://www.wikidata.org/entity/Q7747`). */
  sameAs: { '@id': 'http://www.w3.org/2002/07/owl#sameAs', '@type': '@id' },
  isnadLatinName: term('latinName'),
  /** The analyst's note on an entity: a TextualBody-like node with its HTML and Lexical state. */
  isnadEntityNote: term('entityNote'),
} as const;

/** Every file's `@context`: the W3C context first (the model requires it as a value), then Isnad's. */
export const FILE_CONTEXT = [ANNO_CONTEXT_URL, ISNAD_CONTEXT] as const;

/** The IRIs Isnad mints. Ids are percent-encoded so that any stored id gives a valid IRI. */
export const ARTICLE_IRI = 'urn:isnad:article:';
export const ANNOTATION_IRI = 'urn:isnad:annotation:';
export const TAG_IRI = 'urn:isnad:tag:';
export const COLLECTION_IRI = 'urn:isnad:collection:';
export const ENTITY_IRI = 'urn:isnad:entity:';
/** Wikidata's IRIs for its items (the concept, not its web page). */
export const WIKIDATA_ENTITY_IRI = 'http://www.wikidata.org/entity/';

export const articleIri = (articleId: string) => ARTICLE_IRI + encodeURIComponent(articleId);
export const annotationIri = (annotationId: string) => ANNOTATION_IRI + encodeURIComponent(annotationId);
export const tagIri = (tagId: string) => TAG_IRI + encodeURIComponent(tagId);
export const entityIri = (entityId: string) => ENTITY_IRI + encodeURIComponent(entityId);

/** The schema.org class of each entity type (the W3C context defines the `schema:` prefix). */
export const ENTITY_CLASSES = { person: 'schema:Person', organisation: 'schema:Organization', place: 'schema:Place', event: 'schema:Event' } as const;

/** The id inside one of our IRIs, or null when `iri` is not one of `prefix` (or is badly encoded). */
export function idFromIri(iri: string, prefix: string): string | null {
  if (!iri.startsWith(prefix) || iri.length === prefix.length) return null;
  try {
    return decodeURIComponent(iri.slice(prefix.length));
  } catch {
    return null;
  }
}
