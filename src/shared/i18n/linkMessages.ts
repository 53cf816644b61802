/**
 * Messages of external links (issue 14: a link opens outside Isnad only once the analyst confirms
 * its host), kept apart from messages.ts as the other features' are; same rules as there.
 */
export const linkEn = {
  'link.confirmTitle': 'Open a link outside Isnad',
  'link.confirmMessage': 'Open this address in your web browser? It goes to {host}.',
  'link.confirmHost': 'Site',
  'link.confirmAddress': 'Full address',
  'link.open': 'Open in browser',
  'link.cancel': 'Cancel',
  'link.openWikidata': 'Open the Wikidata item {id} in your browser (asks first)',
  'link.refused': 'Isnad opens only web addresses (http or https) without a user name or password.',
  'link.failed': 'The link could not be opened: {reason}',
} as const;

export const linkAr: Record<keyof typeof linkEn, string> = {
  'link.confirmTitle': 'فتح رابط خارج إسناد',
  'link.confirmMessage': 'أتريد فتح هذا العنوان في متصفحك؟ إنه يؤدي إلى {host}.',
  'link.confirmHost': 'الموقع',
  'link.confirmAddress': 'العنوان الكامل',
  'link.open': 'فتح في المتصفح',
  'link.cancel': 'إلغاء',
  'link.openWikidata': 'فتح عنصر ويكي بيانات {id} في متصفحك (بعد السؤال)',
  'link.refused': 'لا يفتح إسناد إلا عناوين الويب (http أو https) الخالية من اسم مستخدم أو كلمة مرور.',
  'link.failed': 'تعذّر فتح الرابط: {reason}',
};
