/** Writes the project bundle: the interchange data as one versioned JSON file (bundleSchema.ts). */
import { OffsetMap } from '../codePoints';
import type { ExportedFile, InterchangeArticle, InterchangeData } from '../interchange';
import { BUNDLE_EXTENSION, BUNDLE_FORMAT, BUNDLE_VERSION } from './bundleSchema';

/**
 * Offsets leave Isnad in code points, like every other format (a script reading the bundle in
 * Python slices `text[start:end]`); `length` too. readBundle converts them back.
 */
function inCodePoints(a: InterchangeArticle) {
  const map = new OffsetMap(a.text);
  return {
    article: { ...a.article, length: map.codePoints },
    text: a.text,
    annotations: a.annotations.map((x) => ({ ...x, start: map.toCodePoints(x.start), end: map.toCodePoints(x.end) })),
    note: a.note,
  };
}

export function bundleJson(data: InterchangeData): string {
  const bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: data.exportedAt,
    analystName: data.analystName,
    tags: data.tags,
    offsets: 'code-points',
    articles: data.articles.map(inCodePoints),
    entities: [],
  };
  // No indentation: a 2,000-article bundle is tens of megabytes and tools read it either way.
  return JSON.stringify(bundle);
}

export function exportBundle(data: InterchangeData, baseName = 'isnad-project'): ExportedFile[] {
  return [{ path: `${baseName}${BUNDLE_EXTENSION}`, content: bundleJson(data) }];
}
