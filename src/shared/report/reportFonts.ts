/**
 * The font faces a report embeds: Noto Naskh Arabic 2.004, cut to Latin and Arabic (about 58 KB
 * each as woff2; resources/fonts/README.md says how they were made and why this build — text
 * extracted from a PDF printed with the newer build has spaces inside Arabic words). The renderer
 * and the command line read the bytes; this list says which files and what each covers.
 */
export interface ReportFontFace {
  /** File in resources/fonts/. */
  file: string;
  weight: 400 | 700;
  unicodeRange: string;
}

const RANGE =
  'U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0600-06FF,U+0750-077F,U+08A0-08FF,U+200C-200F,U+2010-2027,U+2030-205E,U+20AC,U+2122,U+2212,U+FB50-FDFF,U+FE70-FEFC,U+FEFF,U+FFFD';

export const REPORT_FONT_FACES: readonly ReportFontFace[] = [
  { file: 'NotoNaskhArabic-Regular.subset.woff2', weight: 400, unicodeRange: RANGE },
  { file: 'NotoNaskhArabic-Bold.subset.woff2', weight: 700, unicodeRange: RANGE },
];
