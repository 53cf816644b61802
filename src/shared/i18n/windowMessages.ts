/**
 * Messages of two windows on one library (issue 14: another window's newer version closes this
 * one's connection), kept apart from messages.ts as the other features' are; same rules as there.
 */
export const windowEn = {
  'window.closedTitle': 'This window has stopped',
  'window.closedMessage':
    'Isnad was opened in another window with a newer version of its library, so this window let go of it. Everything this window showed as saved is stored; notes being typed are kept and come back when you reload.',
  'window.reload': 'Reload this window',
} as const;

export const windowAr: Record<keyof typeof windowEn, string> = {
  'window.closedTitle': 'توقفت هذه النافذة',
  'window.closedMessage': 'فُتح إسناد في نافذة أخرى بإصدار أحدث من مكتبته، فتخلّت هذه النافذة عنها. كل ما أظهرته هذه النافذة محفوظًا مخزَّن، والملاحظات التي كانت تُكتب محفوظة وتعود عند إعادة التحميل.',
  'window.reload': 'إعادة تحميل هذه النافذة',
};
