/**
 * Messages of one feature (issue 13: corpusSearch), kept apart from messages.ts so features landing at once
 * do not all edit one file; messages.ts spreads them into the two catalogues (same rules as there).
 */
export const searchEn = {
  'commands.context.search': 'Corpus search results',
} as const;

export const searchAr: Record<keyof typeof searchEn, string> = {
  'commands.context.search': 'نتائج البحث في المدونة',
};
