/** The report's embedded fonts as base64, from the lazily loaded module that inlines them. */
import { REPORT_FONT_FACES } from '../../../shared/report/reportFonts';
import type { ReportFont } from '../../../shared/report/reportInput';

export async function reportFonts(): Promise<ReportFont[]> {
  const { FONT_DATA_URLS } = await import('./reportFontBytes');
  return REPORT_FONT_FACES.map((face) => {
    const url = FONT_DATA_URLS[face.file] ?? '';
    const base64 = url.slice(url.indexOf(',') + 1);
    if (!url.startsWith('data:') || base64.length === 0) throw new Error(`the report font ${face.file} is missing from the build`);
    return { family: 'Noto Naskh Arabic', weight: face.weight, unicodeRange: face.unicodeRange, woff2Base64: base64 };
  });
}
