/**
 * One person, organisation, place or event that runs through many articles (issue 13): the registry
 * record that annotations (mentions) link to by `AnnotationRecord.entityId`.
 */
import type { SharedStamp } from '../model';

export const ENTITY_TYPES = ['person', 'organisation', 'place', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityRecord extends SharedStamp {
  id: string;
  /** The canonical name as the analyst writes it (usually Arabic). */
  name: string;
  /** An optional Latin spelling ("Vladimir Putin"); '' when none. */
  latinName: string;
  type: EntityType;
  /**
   * Other spellings the name is found under (بوتين, فلاديمير بوتين, الرئيس الروسي), as written; the
   * canonical name is matched too, so it need not be repeated here. Linking a mention adds its text.
   */
  aliases: string[];
  /** A Wikidata item id such as Q7747, shown as a link; null when none. */
  wikidataId: string | null;
  /** Serialized Lexical state of the analyst's note on the entity, or null. */
  note: string | null;
}

/**
 * The entity type a mention's tag stands for, or null when the tag is not one that names an entity
 * (a date, a figure, a quote, a claim, or a tag the analyst added). Default tag ids are stable across
 * renames (shared/annotation/tagSet.ts), so the id is what is compared.
 */
export function entityTypeOfTag(tagId: string): EntityType | null {
  return (ENTITY_TYPES as readonly string[]).includes(tagId) ? (tagId as EntityType) : null;
}

/** Every name the entity is known by: the canonical name first, then the aliases, each once. */
export function entityNames(entity: Pick<EntityRecord, 'name' | 'aliases'>): string[] {
  return [...new Set([entity.name, ...entity.aliases].map((n) => n.trim()).filter((n) => n !== ''))];
}

/** A Wikidata item id ("Q7747"), or null when `text` is not one. */
export function parseWikidataId(text: string): string | null {
  const match = /^\s*(?:https?:\/\/(?:www\.)?wikidata\.org\/(?:wiki|entity)\/)?(Q[1-9]\d*)\s*$/i.exec(text);
  return match ? match[1]!.toUpperCase() : null;
}

/** The link shown for a Wikidata id (only ever built from a parsed id, so never a script URL). */
export function wikidataUrl(wikidataId: string): string {
  return `https://www.wikidata.org/wiki/${encodeURIComponent(wikidataId)}`;
}
