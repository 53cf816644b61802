/**
 * One data export, format by name: the app's export dialog and the command line both call this.
 * Each format's writer is loaded only when it is used (the app's first paint carries none).
 */
import { isOrphaned } from '../annotation/annotation';
import { annotationFilter, type AnnotationFilters } from '../annotation/annotationFilter';
import type { DataFormat } from './dataFormats';
import { takesFilters } from './dataFormats';
import type { ExportedFile, InterchangeData } from './interchange';

type Exporter = (data: InterchangeData, baseName: string) => ExportedFile[] | Promise<ExportedFile[]>;

const EXPORTERS: Record<DataFormat, () => Promise<Exporter>> = {
  bundle: async () => (await import('./bundle/writeBundle')).exportBundle,
  brat: async () => (await import('./brat/exportBrat')).exportBrat,
  w3c: async () => (await import('./w3c/exportW3c')).exportW3c,
  qdpx: async () => (await import('./qdpx/exportQdpx')).exportQdpx,
  csv: async () => (await import('./csv/exportCsv')).exportCsv,
  jsonl: async () => (await import('./jsonl/exportJsonl')).exportJsonl,
};

/** The data with only the annotations the filters keep (the bundle keeps everything). */
export function filteredData(data: InterchangeData, format: DataFormat, filters: AnnotationFilters | null): InterchangeData {
  if (!filters || !takesFilters(format)) return data;
  const keep = annotationFilter(filters, new Set(data.tags.map((t) => t.id)));
  return { ...data, articles: data.articles.map((a) => ({ ...a, annotations: a.annotations.filter(keep) })) };
}

export async function exportData(format: DataFormat, data: InterchangeData, baseName: string): Promise<ExportedFile[]> {
  const exporter = await EXPORTERS[format]();
  return exporter(format === 'bundle' ? data : placedOnly(data), baseName);
}

/**
 * The data without orphans (re-anchoring kept them on no span until placed by hand): other tools
 * would read them as a span at the start of the text. The bundle carries them, marked, so a
 * colleague's copy or a backup loses nothing.
 */
function placedOnly(data: InterchangeData): InterchangeData {
  if (!data.articles.some((a) => a.annotations.some(isOrphaned))) return data;
  return { ...data, articles: data.articles.map((a) => ({ ...a, annotations: a.annotations.filter((x) => !isOrphaned(x)) })) };
}
