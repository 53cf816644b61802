/**
 * Messages of one feature (issue 13: findMentions), kept apart from messages.ts so features landing at once
 * do not all edit one file; messages.ts spreads them into the two catalogues (same rules as there).
 */
export const mentionEn = {
  'commands.context.suggestions': 'Suggested mentions',
} as const;

export const mentionAr: Record<keyof typeof mentionEn, string> = {
  'commands.context.suggestions': 'الإشارات المقترحة',
};
