/** The tag vocabulary. The default set is created on first use; analysts can change it. */
import type { SharedStamp } from '../model';
import { byOrderKey, keysBetween } from '../order/orderKey';

/**
 * A tag of the set. A removed tag is a tombstone (`deletedAt`): its row stays so undo can bring
 * back annotations that use it, and reports can still name it.
 */
export interface TagDefinition extends SharedStamp {
  id: string;
  labelEn: string;
  labelAr: string;
  /** A mid-tone that reads on light and dark paper when painted at reduced opacity. */
  color: string;
  /**
   * Position in the palette, an order key (shared/order/orderKey.ts): moving a tag rewrites its
   * key alone. The first nine are bound to the number keys 1–9.
   */
  order: string;
  /** Claims carry claimant, attribution, status and confidence. */
  kind: 'entity' | 'claim';
}

/** What a tag is, apart from its identity, place and stamps. */
export type TagFields = Pick<TagDefinition, 'labelEn' | 'labelAr' | 'color' | 'kind'>;

/**
 * Colours from Paul Tol's and Okabe & Ito's colour-blind-safe sets, chosen so that every pair stays
 * apart (CIE ΔE ≥ 8, solid and as the reader's 32 % tint) for normal vision and for protanopia,
 * deuteranopia and tritanopia (tests/unit/shared/tagColours.test.ts). The earlier palette had
 * Person and Organisation 0.6 apart under deuteranopia: the same colour.
 */
export const DEFAULT_TAGS: readonly (TagFields & { id: string })[] = [
  { id: 'person', labelEn: 'Person', labelAr: 'شخص', color: '#4477aa', kind: 'entity' },
  { id: 'organisation', labelEn: 'Organisation', labelAr: 'منظمة', color: '#882255', kind: 'entity' },
  { id: 'place', labelEn: 'Place', labelAr: 'مكان', color: '#66ccee', kind: 'entity' },
  { id: 'datetime', labelEn: 'Date/time', labelAr: 'تاريخ/وقت', color: '#ddcc77', kind: 'entity' },
  { id: 'figure', labelEn: 'Figure', labelAr: 'رقم', color: '#cc3311', kind: 'entity' },
  { id: 'event', labelEn: 'Event', labelAr: 'حدث', color: '#ee6677', kind: 'entity' },
  { id: 'quote', labelEn: 'Quote', labelAr: 'اقتباس', color: '#332288', kind: 'entity' },
  { id: 'claim', labelEn: 'Claim', labelAr: 'ادعاء', color: '#e6a800', kind: 'claim' },
];

/**
 * The default set, stamped `now` by `author`. Its order keys have no random tail: every device
 * numbers the default tags alike (a0, a1 …), as it names them alike.
 */
export function defaultTags(now = 0, author = 'isnad'): TagDefinition[] {
  const keys = keysBetween(null, null, DEFAULT_TAGS.length, () => '');
  return DEFAULT_TAGS.map((tag, i) => ({ ...tag, order: keys[i]!, createdAt: now, updatedAt: now, author }));
}

/** Palette order: by order key, then id (two equal keys can only come from two writers at once). */
export const comparePaletteOrder = byOrderKey<TagDefinition>((tag) => tag.order);

/** The tag bound to a number key (1-based), by palette order. */
export function tagForDigit(tags: readonly TagDefinition[], digit: number): TagDefinition | undefined {
  return [...tags].sort(comparePaletteOrder)[digit - 1];
}
