/**
 * Live queries of the entity registry (issue 13), beside live.ts: they re-render when entities or
 * annotations change (a link made in the reader shows at once in the entities view).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityRecord } from '../../shared/entity/entity';
import { appDatabase } from './database';
import { entityById } from './entities';
import { entityPage, listEntities, type EntityPage, type EntitySummary } from './entityReads';

/** Every live entity with its counts; undefined while loading. */
export function useEntitySummaries(): EntitySummary[] | undefined {
  return useLiveQuery(() => listEntities(appDatabase()), []);
}

/** One live entity: undefined while loading, null when there is none (never made, merged away, deleted). */
export function useEntity(id: string | null | undefined): EntityRecord | null | undefined {
  const result = useLiveQuery(async () => ({ id, entity: id ? ((await entityById(appDatabase(), id)) ?? null) : null }), [id]);
  return result && result.id === id ? result.entity : undefined;
}

/** An entity's page (mentions, claims): undefined while loading, null when the entity is gone. */
export function useEntityPage(id: string): EntityPage | null | undefined {
  const result = useLiveQuery(async () => ({ id, page: (await entityPage(appDatabase(), id)) ?? null }), [id]);
  return result && result.id === id ? result.page : undefined;
}
