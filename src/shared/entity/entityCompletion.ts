/**
 * Which entities the analyst means while typing a name (issue 13): every entity whose canonical name
 * or an alias matches what is typed, best first. Names and query are compared folded (diacritics,
 * tatweel, alef forms, ى/ي, ة/ه: shared/arabic/normalize.ts), each typed word may carry proclitics
 * (لبوتين, والصين: shared/arabic/clitics.ts), and each typed word need only begin a word of the name
 * (بوت finds بوتين; صين finds الصين, the article aside). Pure.
 */
import { stemsOf } from '../arabic/clitics';
import { foldArabic } from '../arabic/normalize';
import { entityNames, type EntityRecord, type EntityType } from './entity';

export type CompletionCandidate = Pick<EntityRecord, 'id' | 'name' | 'aliases' | 'type'>;

export interface EntityMatch<T extends CompletionCandidate> {
  entity: T;
  /** The name or alias that matched best, as written. */
  matched: string;
  /** How it matched: 0 the whole name, 1 the name's beginning, 2 a word's beginning for every word typed. */
  quality: 0 | 1 | 2;
}

export interface CompletionOptions {
  /** Entities of this type come first (the mention's own type). */
  type?: EntityType | null;
  /** How often each entity is mentioned, by id: among equals, the more mentioned first. */
  mentions?: ReadonlyMap<string, number>;
  /** At most this many (default: all). */
  limit?: number;
}

/** A name's words, folded, with punctuation as spaces. */
const words = (text: string) =>
  foldArabic(text)
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');

/**
 * What a word of a name may be matched as: itself, and without its article (صين finds الصين). Names
 * are not split into proclitics: بوتين would read as ب + وتين, and وت would find it.
 */
function nameWordForms(word: string): string[] {
  return word.startsWith('ال') && word.length > 3 ? [word, word.slice(2)] : [word];
}

/** What a typed word may stand for: itself, and itself without proclitics (لبوتين → بوتين). */
const queryWordForms = (word: string) => stemsOf(word);

/**
 * How well the typed words match a name, or null when they do not. `last` is the word being typed:
 * it need only begin a word; the words before it must be whole.
 */
function matchQuality(query: readonly string[][], name: readonly string[][]): 0 | 1 | 2 | null {
  const begins = (typed: readonly string[], word: readonly string[]) => typed.some((t) => word.some((w) => w.startsWith(t)));
  const equals = (typed: readonly string[], word: readonly string[]) => typed.some((t) => word.includes(t));
  const last = query.length - 1;
  // In order from the name's first word: the whole name, or its beginning.
  if (query.length <= name.length && query.every((typed, i) => (i < last ? equals(typed, name[i]!) : begins(typed, name[i]!)))) {
    return query.length === name.length && equals(query[last]!, name[last]!) ? 0 : 1;
  }
  // Any order: each typed word begins a different word of the name.
  const used = new Set<number>();
  for (const typed of query) {
    const at = name.findIndex((word, i) => !used.has(i) && begins(typed, word));
    if (at === -1) return null;
    used.add(at);
  }
  return 2;
}

/**
 * The entities matching `query`, best first: the better match (whole name, beginning, words), the
 * canonical name before an alias, the mention's type first, the more mentioned, then by name. An
 * empty query lists every entity in that order.
 */
export function completeEntities<T extends CompletionCandidate>(entities: readonly T[], query: string, options: CompletionOptions = {}): EntityMatch<T>[] {
  const typed = words(query).map(queryWordForms);
  const found: (EntityMatch<T> & { alias: boolean })[] = [];
  for (const entity of entities) {
    let best: (EntityMatch<T> & { alias: boolean }) | null = null;
    for (const [i, name] of entityNames(entity).entries()) {
      const quality = typed.length === 0 ? 0 : matchQuality(typed, words(name).map(nameWordForms));
      if (quality === null) continue;
      if (!best || quality < best.quality) best = { entity, matched: name, quality, alias: i > 0 };
    }
    if (best) found.push(best);
  }
  const mentions = (e: T) => options.mentions?.get(e.id) ?? 0;
  const otherType = (e: T) => (options.type && e.type !== options.type ? 1 : 0);
  found.sort(
    (a, b) =>
      a.quality - b.quality ||
      otherType(a.entity) - otherType(b.entity) ||
      Number(a.alias) - Number(b.alias) ||
      mentions(b.entity) - mentions(a.entity) ||
      a.entity.name.localeCompare(b.entity.name, 'ar') ||
      a.entity.id.localeCompare(b.entity.id),
  );
  return found.slice(0, options.limit ?? found.length).map(({ alias: _alias, ...match }) => match);
}
