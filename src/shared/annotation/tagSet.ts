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

/**
 * Colours from Paul Tol's and Okabe & Ito's colour-blind-safe sets, chosen so that every pair stays
 * apart (CIE ΔE ≥ 8, solid and as the reader's 32 % tint) for normal vision and for protanopia,
 * deuteranopia and tritanopia (tests/unit/shared/tagColours.test.ts). The earlier palette had
 * Person and Organisation 0.6 apart under deuteranopia: the same colour.
 */
export const DEFAULT_TAGS: readonly Omit<TagDefinition, 'order'>[] = [
  { id: 'person', labelEn: 'Person', labelAr: 'شخص', color: '#4477aa', kind: 'entity' },
  { id: 'organisation', labelEn: 'Organisation', labelAr: 'منظمة', color: '#882255', kind: 'entity' },
  { id: 'place', labelEn: 'Place', labelAr: 'مكان', color: '#66ccee', kind: 'entity' },
  { id: 'datetime', labelEn: 'Date/time', labelAr: 'تاريخ/وقت', color: '#ddcc77', kind: 'entity' },
  { id: 'figure', labelEn: 'Figure', labelAr: 'رقم', color: '#cc3311', kind: 'entity' },
  { id: 'event', labelEn: 'Event', labelAr: 'حدث', color: '#ee6677', kind: 'entity' },
  { id: 'quote', labelEn: 'Quote', labelAr: 'اقتباس', color: '#332288', kind: 'entity' },
  { id: 'claim', labelEn: 'Claim', labelAr: 'ادعاء', color: '#e6a800', kind: 'claim' },
];

export function defaultTags(): TagDefinition[] {
  return DEFAULT_TAGS.map((tag, order) => ({ ...tag, order }));
}

/** The tag bound to a number key (1-based), by palette order. */
export function tagForDigit(tags: readonly TagDefinition[], digit: number): TagDefinition | undefined {
  return [...tags].sort((a, b) => a.order - b.order)[digit - 1];
}
