/**
 * When two spellings of an entity's name are one alias: compared folded (shared/arabic/normalize.ts:
 * diacritics, tatweel, alef forms, ى/ي, ة/ه) with runs of spaces as one, so linking فلاديمير بوتين
 * to an entity that knows فلاديمير  بوتين adds nothing. Pure, shared by linking and merging.
 */
import { foldArabic } from '../arabic/normalize';
import type { EntityRecord } from './entity';

/** The form two names are compared in. */
export function aliasKey(name: string): string {
  return foldArabic(name).replace(/\s+/g, ' ').trim();
}

/** The aliases with `text` added, unless it is empty or folds to the name or an alias already there. */
export function withAlias(entity: Pick<EntityRecord, 'name' | 'aliases'>, text: string): string[] {
  const alias = text.replace(/\s+/g, ' ').trim();
  const key = aliasKey(alias);
  if (key === '' || aliasKey(entity.name) === key || entity.aliases.some((a) => aliasKey(a) === key)) return entity.aliases;
  return [...entity.aliases, alias];
}

/** Every spelling in `names` added to the aliases in turn (each at most once, the canonical name never). */
export function withAliases(entity: Pick<EntityRecord, 'name' | 'aliases'>, names: readonly string[]): string[] {
  let aliases = entity.aliases;
  for (const name of names) aliases = withAlias({ name: entity.name, aliases }, name);
  return aliases;
}

/** The aliases without `text` and any spelling that folds to it. */
export function withoutAlias(aliases: readonly string[], text: string): string[] {
  const key = aliasKey(text);
  return aliases.filter((a) => aliasKey(a) !== key);
}
