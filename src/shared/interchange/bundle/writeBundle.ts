/** Writes the project bundle: the interchange data as one versioned JSON file (bundleSchema.ts). */
import type { ExportedFile, InterchangeData } from '../interchange';
import { BUNDLE_EXTENSION, BUNDLE_FORMAT, BUNDLE_VERSION } from './bundleSchema';

export function bundleJson(data: InterchangeData): string {
  const bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: data.exportedAt,
    analystName: data.analystName,
    tags: data.tags,
    articles: data.articles.map((a) => ({ article: a.article, text: a.text, annotations: a.annotations, note: a.note })),
    entities: [],
  };
  // No indentation: a 2,000-article bundle is tens of megabytes and tools read it either way.
  return JSON.stringify(bundle);
}

export function exportBundle(data: InterchangeData, baseName = 'isnad-project'): ExportedFile[] {
  return [{ path: `${baseName}${BUNDLE_EXTENSION}`, content: bundleJson(data) }];
}
