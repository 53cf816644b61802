/**
 * The entities view's list: filtered by what is typed (any name or alias, folded, a clitic aside:
 * the completion's matching, or the text anywhere in a name) and by type, then sorted by a column.
 * Pure, so the order is unit-tested.
 */
import { foldedIncludes } from '../arabic/normalize';
import { entityNames, type EntityRecord, type EntityType } from './entity';
import { completeEntities } from './entityCompletion';

export interface EntityListRow {
  entity: Pick<EntityRecord, 'id' | 'name' | 'aliases' | 'type'>;
  mentions: number;
  articles: number;
}

export type EntitySortKey = 'name' | 'type' | 'mentions' | 'articles';

export interface EntityListQuery {
  filter: string;
  type: EntityType | 'all';
  sort: EntitySortKey;
  descending: boolean;
}

/** `typeLabel` names a type in the interface's language (the type column sorts by what it shows). */
export function entityListRows<T extends EntityListRow>(rows: readonly T[], query: EntityListQuery, typeLabel: (type: EntityType) => string): T[] {
  const ofType = query.type === 'all' ? rows : rows.filter((r) => r.entity.type === query.type);
  let shown: T[] = [...ofType];
  if (query.filter.trim() !== '') {
    const completed = new Set(
      completeEntities(
        ofType.map((r) => r.entity),
        query.filter,
      ).map((m) => m.entity.id),
    );
    shown = ofType.filter((r) => completed.has(r.entity.id) || entityNames(r.entity).some((name) => foldedIncludes(name, query.filter)));
  }
  const byName = (a: T, b: T) => a.entity.name.localeCompare(b.entity.name, 'ar') || a.entity.id.localeCompare(b.entity.id);
  const compare: Record<EntitySortKey, (a: T, b: T) => number> = {
    name: byName,
    type: (a, b) => typeLabel(a.entity.type).localeCompare(typeLabel(b.entity.type)),
    mentions: (a, b) => a.mentions - b.mentions,
    articles: (a, b) => a.articles - b.articles || a.mentions - b.mentions,
  };
  const sign = query.descending ? -1 : 1;
  // Ties always by name, A to Z: reversing a column reverses that column only.
  return shown.sort((a, b) => sign * compare[query.sort](a, b) || byName(a, b));
}
