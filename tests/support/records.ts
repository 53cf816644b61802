import type { AnnotationRecord } from '../../src/shared/annotation/annotation';
import type { EntityRecord } from '../../src/shared/entity/entity';

/** A complete annotation row for db tests; only what a test cares about needs to be given. */
export function annotationRow(id: string, articleId: string, fields: Partial<AnnotationRecord> = {}): AnnotationRecord {
  return {
    id,
    articleId,
    tagId: 'person',
    start: 0,
    end: 1,
    exact: 'x',
    prefix: '',
    suffix: '',
    note: null,
    claim: null,
    createdAt: 1,
    updatedAt: 1,
    author: 'test',
    ...fields,
  };
}

/** How many annotations the analyst has: stored rows less tombstones (soft-deleted rows). */
export async function liveAnnotationCount(db: { annotations: { toArray(): Promise<AnnotationRecord[]> } }): Promise<number> {
  return (await db.annotations.toArray()).filter((a) => a.deletedAt === undefined).length;
}

/** A complete registry entity for db tests (Putin unless told otherwise). */
export function entityRow(id: string, fields: Partial<EntityRecord> = {}): EntityRecord {
  return { id, name: 'فلاديمير بوتين', latinName: 'Vladimir Putin', type: 'person', aliases: [], wikidataId: 'Q7747', note: null, createdAt: 1, updatedAt: 1, author: 't', ...fields };
}
