/**
 * Messages of one feature (issue 13: claimLinks), kept apart from messages.ts so features landing at once
 * do not all edit one file; messages.ts spreads them into the two catalogues (same rules as there).
 */
export const claimLinkEn = {
  'commands.context.claims': 'Claims view',
} as const;

export const claimLinkAr: Record<keyof typeof claimLinkEn, string> = {
  'commands.context.claims': 'عرض الادعاءات',
};
