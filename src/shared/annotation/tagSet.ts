/** The tag vocabulary. The default set is created on first use; analysts can change it. */
export interface TagDefinition {
  id: string;
  labelEn: string;
  labelAr: string;
  /** A mid-tone that reads on light and dark paper when painted at reduced opacity. */
  color: string;
  /** Position in the palette; the first nine are bound to the number keys 1–9. */
  order: number;
  /** Claims carry claimant, attribution, status and confidence. */
  kind: 'entity' | 'claim';
  /** Removed from the set; the row stays so undo can bring back annotations that use it. */
  removed?: boolean;
}

export const DEFAULT_TAGS: readonly Omit<TagDefinition, 'order'>[] = [
  { id: 'person', labelEn: 'Person', labelAr: 'شخص', color: '#3b82f6', kind: 'entity' },
  { id: 'organisation', labelEn: 'Organisation', labelAr: 'منظمة', color: '#8b5cf6', kind: 'entity' },
  { id: 'place', labelEn: 'Place', labelAr: 'مكان', color: '#10b981', kind: 'entity' },
  { id: 'datetime', labelEn: 'Date/time', labelAr: 'تاريخ/وقت', color: '#f59e0b', kind: 'entity' },
  { id: 'figure', labelEn: 'Figure', labelAr: 'رقم', color: '#ef4444', kind: 'entity' },
  { id: 'event', labelEn: 'Event', labelAr: 'حدث', color: '#ec4899', kind: 'entity' },
  { id: 'quote', labelEn: 'Quote', labelAr: 'اقتباس', color: '#14b8a6', kind: 'entity' },
  { id: 'claim', labelEn: 'Claim', labelAr: 'ادعاء', color: '#a16207', kind: 'claim' },
];

export function defaultTags(): TagDefinition[] {
  return DEFAULT_TAGS.map((tag, order) => ({ ...tag, order }));
}

/** The tag bound to a number key (1-based), by palette order. */
export function tagForDigit(tags: readonly TagDefinition[], digit: number): TagDefinition | undefined {
  return [...tags].sort((a, b) => a.order - b.order)[digit - 1];
}
