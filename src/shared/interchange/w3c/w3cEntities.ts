/**
 * Registry entities in W3C Web Annotation files (issue 13). An annotation linked to an entity
 * carries an `identifying` SpecificResource body (model §3.3.5: "identifying" assigns an identity
 * to the target) whose `source` is the entity: its IRI (`urn:isnad:entity:<id>`), its schema.org
 * class, its name and, when it has one, its Wikidata item (owl:sameAs). The collection lists each
 * such entity in full — aliases, Latin name, note, stamps — under `isnadEntities`, so an Isnad
 * import restores the registry; another tool reading one annotation alone still learns what it
 * names.
 */
import { ENTITY_TYPES, parseWikidataId, type EntityRecord, type EntityType } from '../../entity/entity';
import { noteToHtml, noteToPlainText } from '../plainTextNote';
import { agent, isoTime, type JsonNode } from './w3cAnnotationNode';
import { lexicalState } from './w3cBodies';
import { ENTITY_CLASSES, ENTITY_IRI, entityIri, idFromIri, WIKIDATA_ENTITY_IRI } from './w3cContext';
import { describe, hasType, idOf, isObject, listOf, typesOf, type FileReader, type JsonObject } from './w3cJson';
import { escapeBidiInHtml, languageOf } from './w3cText';

/** The entity as the identifying body's source: enough to know what the span names. */
function entitySource(entity: EntityRecord): JsonNode {
  const source: JsonNode = { id: entityIri(entity.id), type: ENTITY_CLASSES[entity.type], name: entity.name };
  if (entity.wikidataId !== null) source.sameAs = WIKIDATA_ENTITY_IRI + entity.wikidataId;
  return source;
}

export function entityBody(entity: EntityRecord): JsonNode {
  return { type: 'SpecificResource', purpose: 'identifying', source: entitySource(entity) };
}

/** The entity in full, for the collection's `isnadEntities`. */
export function entityNode(entity: EntityRecord): JsonNode {
  const node = entitySource(entity);
  if (entity.latinName !== '') node.isnadLatinName = entity.latinName;
  if (entity.aliases.length > 0) node.altLabel = entity.aliases;
  const html = entity.note === null ? '' : noteToHtml(entity.note);
  if (entity.note !== null && html !== '') {
    node.isnadEntityNote = { type: 'TextualBody', value: escapeBidiInHtml(html), format: 'text/html', ...languageOf(noteToPlainText(entity.note)), isnadLexical: entity.note };
  }
  node.created = isoTime(entity.createdAt);
  node.modified = isoTime(entity.updatedAt);
  node.creator = agent(entity.author);
  return node;
}

// ——— Reading ———

const CLASS_TYPES = new Map<string, EntityType>(ENTITY_TYPES.flatMap((type) => [[ENTITY_CLASSES[type], type] as const, [`http://schema.org/${ENTITY_CLASSES[type].slice(7)}`, type] as const]));

/** What an identifying body says of the entity it names (the id; name, type and item when given). */
export interface EntityReference {
  id: string;
  name: string | null;
  type: EntityType | null;
  wikidataId: string | null;
}

function typeOf(node: JsonObject): EntityType | null {
  for (const type of typesOf(node)) if (typeof type === 'string' && CLASS_TYPES.has(type)) return CLASS_TYPES.get(type)!;
  return null;
}

function wikidataOf(node: JsonObject): string | null {
  for (const item of listOf(node.sameAs)) {
    const iri = typeof item === 'string' ? item : isObject(item) ? idOf(item) : null;
    const id = typeof iri === 'string' ? parseWikidataId(iri) : null;
    if (id !== null) return id;
  }
  return null;
}

/**
 * The Isnad entity an `identifying` body names, or null when its source is something else (a
 * gazetteer IRI another tool linked: nothing Isnad stores).
 */
function entityReference(reader: FileReader, body: JsonObject, where: string): EntityReference | null {
  const source = body.source;
  const node = isObject(source) ? source : null;
  const iri = node ? idOf(node) : source;
  const id = typeof iri === 'string' ? idFromIri(iri, ENTITY_IRI) : null;
  if (id === null) return null;
  const name = node ? reader.optionalString(node, 'name', where) : undefined;
  return { id, name: name?.trim() ? name : null, type: node ? typeOf(node) : null, wikidataId: node ? wikidataOf(node) : null };
}

/** The Isnad entity an annotation identifies (its first identifying body naming one), or null. */
export function identifiedEntity(reader: FileReader, annotation: JsonObject, where: string): EntityReference | null {
  for (const [i, item] of listOf(annotation.body).entries()) {
    if (!isObject(item) || !hasType(item, 'SpecificResource') || !listOf(item.purpose).includes('identifying')) continue;
    const reference = entityReference(reader, item, `${where}'s body ${i + 1}`);
    if (reference) return reference;
  }
  return null;
}

/** A collection's entity node as a record; refused when it is not an Isnad entity. */
export function entityFromNode(reader: FileReader, value: unknown, index: number, options: { author: string; now: number }, agentName: (value: unknown, fallback: string) => string): EntityRecord {
  const node = reader.object(value, `entity ${index + 1}`);
  const iri = idOf(node);
  const id = typeof iri === 'string' ? idFromIri(iri, ENTITY_IRI) : null;
  if (id === null) reader.refuse(`entity ${index + 1}`, `has no Isnad entity IRI (found ${describe(iri)})`);
  const where = `entity ${id}`;
  const type = typeOf(node);
  if (type === null) reader.refuse(where, `has a type Isnad does not know: ${describe(node.type)} (known: ${Object.values(ENTITY_CLASSES).join(', ')})`);
  const name = reader.string(node, 'name', where);
  if (name.trim() === '') reader.refuse(where, 'has no name');
  const aliases = listOf(node.altLabel).map((alias) => {
    if (typeof alias !== 'string') reader.refuse(where, `has an alias that is not text (found ${describe(alias)})`);
    return alias;
  });
  let note: string | null = null;
  if (node.isnadEntityNote !== undefined) {
    const noteNode = reader.object(node.isnadEntityNote, `${where}'s note`);
    if (noteNode.isnadLexical !== undefined) note = lexicalState(reader, noteNode.isnadLexical, `${where}'s note`);
  }
  const createdAt = reader.optionalTime(node, 'created', where) ?? options.now;
  return {
    id,
    name,
    latinName: reader.optionalString(node, 'isnadLatinName', where) ?? '',
    type,
    aliases,
    wikidataId: wikidataOf(node),
    note,
    createdAt,
    updatedAt: reader.optionalTime(node, 'modified', where) ?? createdAt,
    author: agentName(node.creator, options.author),
  };
}
