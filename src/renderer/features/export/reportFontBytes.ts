/**
 * The report fonts, inlined into this module by the build (`?inline`: a data: URL string). Loaded
 * only when an export runs (a dynamic import), so the app's start does not carry them; and no
 * fetch is needed, which a file:// page in the desktop app could not make.
 */
import regular from '../../../../resources/fonts/NotoNaskhArabic-Regular.subset.woff2?inline';
import bold from '../../../../resources/fonts/NotoNaskhArabic-Bold.subset.woff2?inline';

export const FONT_DATA_URLS: Record<string, string> = {
  'NotoNaskhArabic-Regular.subset.woff2': regular,
  'NotoNaskhArabic-Bold.subset.woff2': bold,
};
