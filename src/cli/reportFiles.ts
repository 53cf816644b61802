/**
 * HTML and DOCX reports from a bundle, built by the same pure functions as the app's export (the
 * whole corpus, every annotation). PDF needs a browser to print and stays in the app.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isOrphaned } from '../shared/annotation/annotation';
import { buildReportDocx } from '../shared/report/reportDocx';
import { REPORT_FONT_FACES } from '../shared/report/reportFonts';
import { buildReportHtml } from '../shared/report/reportHtml';
import type { ReportFont, ReportInput } from '../shared/report/reportInput';
import type { ExportedFile, InterchangeData } from '../shared/interchange/interchange';

/** resources/fonts, found from the built file (out/cli/) or the source (src/cli/) alike. */
async function reportFonts(): Promise<ReportFont[]> {
  const fonts: ReportFont[] = [];
  for (const face of REPORT_FONT_FACES) {
    const url = new URL(`../../resources/fonts/${face.file}`, import.meta.url);
    const bytes = await readFile(fileURLToPath(url));
    fonts.push({ family: 'Noto Naskh Arabic', weight: face.weight, unicodeRange: face.unicodeRange, woff2Base64: bytes.toString('base64') });
  }
  return fonts;
}

function reportInput(data: InterchangeData, fonts: ReportFont[]): ReportInput {
  return {
    title: '',
    generatedAt: data.exportedAt,
    analystName: data.analystName,
    language: 'en',
    scope: 'corpus',
    filters: { tagIds: [], claimStatus: 'all' },
    tags: data.tags,
    articles: data.articles.map((a) => ({
      article: a.article,
      text: a.text,
      // Live and placed: an orphan (a bundle carries them) has no place in the text to show it at.
      annotations: a.annotations.filter((x) => x.deletedAt === undefined && !isOrphaned(x)),
      articleNote: a.note && a.note.deletedAt === undefined ? a.note.note : null,
    })),
    fonts,
  };
}

export async function reportFiles(format: 'html' | 'docx', data: InterchangeData, baseName: string): Promise<ExportedFile[]> {
  const input = reportInput(data, format === 'html' ? await reportFonts() : []);
  if (format === 'html') return [{ path: `${baseName}.html`, content: await buildReportHtml(input) }];
  return [{ path: `${baseName}.docx`, content: await buildReportDocx(input) }];
}
