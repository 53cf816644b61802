/** A backup's date and time as the interface language writes it (in Arabic its month names and order, with the Latin digits the whole interface uses). */
export function formatWhen(at: number, language: 'en' | 'ar'): string {
  return new Intl.DateTimeFormat(language === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
