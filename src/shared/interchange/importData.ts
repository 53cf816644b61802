/**
 * One data import: which format the chosen files are (by name and first bytes), then that
 * format's reader. The app's import command and `npx isnad import` both call this; neither
 * stores anything until the reader has accepted the whole input.
 */
import { unzipBounded } from './boundedUnzip';
import { looksLikeBundle } from './bundle/readBundle';
import { UnknownImportFormatError, type ImportSource, type InterchangeData } from './interchange';

export { UnknownImportFormatError } from './interchange';

export type ImportFormat = 'bundle' | 'w3c' | 'brat' | 'qdpx';

/** What a reader returns: the data, and sentences about what it left out (a PDF source, a selection without a code …). */
type Importer = (sources: readonly ImportSource[], options: { author: string; now: number }) => Promise<InterchangeData & { notices?: string[] }>;

const IMPORTERS: Record<ImportFormat, () => Promise<Importer>> = {
  bundle: async () => (await import('./bundle/readBundle')).importBundle,
  w3c: async () => (await import('./w3c/importW3c')).importW3c,
  brat: async () => (await import('./brat/importBrat')).importBrat,
  qdpx: async () => (await import('./qdpx/importQdpx')).importQdpx,
};

const head = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(0, 4096));
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** The files of a zip that is not a .qdpx: a brat folder, or W3C pages, as the app exports them. */
function zipEntries(source: ImportSource): ImportSource[] {
  const entries = unzipBounded(
    source.path,
    source.bytes,
    () => true,
    () => 'the zip file is damaged',
  );
  return Object.entries(entries)
    .filter(([path]) => !path.endsWith('/'))
    .map(([path, bytes]) => ({ path, bytes }));
}

/** The format of the chosen files and the sources to give its reader; null when none fits. */
export function detectImportFormat(sources: readonly ImportSource[]): { format: ImportFormat; sources: readonly ImportSource[] } | null {
  if (sources.some((s) => /\.ann$/i.test(s.path))) return { format: 'brat', sources };
  // W3C pages, perhaps with the articles' .txt beside them (annotations from a tool that keeps texts apart).
  if (sources.length > 1 && sources.some((s) => /\.jsonld$/i.test(s.path))) return { format: 'w3c', sources };
  if (sources.length !== 1) return null;
  const [source] = sources as [ImportSource];
  if (/\.qdpx$/i.test(source.path)) return { format: 'qdpx', sources };
  if (isZip(source.bytes)) {
    const files = zipEntries(source);
    if (files.some((f) => /\.ann$/i.test(f.path))) return { format: 'brat', sources: files };
    if (files.some((f) => /\.jsonld$/i.test(f.path))) return { format: 'w3c', sources: files };
    return { format: 'qdpx', sources }; // any other zip: the REFI-QDA reader says what is wrong with it
  }
  const start = head(source.bytes);
  if (looksLikeBundle(start)) return { format: 'bundle', sources };
  if (/^\s*[[{]/.test(start) && /"@context"|"type"\s*:\s*"Annotation/.test(start)) return { format: 'w3c', sources };
  if (/\.isnad\.json$/i.test(source.path)) return { format: 'bundle', sources }; // let the bundle reader say what is wrong
  return null;
}

export async function importData(sources: readonly ImportSource[], options: { author: string; now: number }): Promise<{ format: ImportFormat; data: InterchangeData; notices: string[] }> {
  const detected = detectImportFormat(sources);
  if (!detected) throw new UnknownImportFormatError(sources.map((s) => s.path).join(', '));
  const { notices = [], ...data } = await (await IMPORTERS[detected.format]())(detected.sources, options);
  return { format: detected.format, data, notices };
}
