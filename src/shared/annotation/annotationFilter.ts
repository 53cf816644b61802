/** The annotation filters the panel and the reports share: tags (none = every tag) and claim status. */
import type { AnnotationRecord, ClaimStatus } from './annotation';

export interface AnnotationFilters {
  tagIds: readonly string[];
  claimStatus: ClaimStatus | 'all';
}

/**
 * The filters as a predicate. Tag ids not in `knownTags` (removed since they were chosen) are
 * ignored: a filter naming only removed tags would hide everything, with no chip left to clear it.
 */
export function annotationFilter(filters: AnnotationFilters, knownTags: ReadonlySet<string>): (annotation: AnnotationRecord) => boolean {
  const tagIds = filters.tagIds.filter((id) => knownTags.has(id));
  return (annotation) => (tagIds.length === 0 || tagIds.includes(annotation.tagId)) && (filters.claimStatus === 'all' || annotation.claim?.status === filters.claimStatus);
}
