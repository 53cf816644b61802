/**
 * Messages of one feature (issue 13: entities), kept apart from messages.ts so features landing at once
 * do not all edit one file; messages.ts spreads them into the two catalogues (same rules as there).
 */
export const entityEn = {
  'commands.context.entities': 'Entities view',
} as const;

export const entityAr: Record<keyof typeof entityEn, string> = {
  'commands.context.entities': 'عرض الكيانات',
};
