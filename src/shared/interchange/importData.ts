/**
 * One data import: which format the chosen files are (by name and first bytes), then that
 * format's reader. The app's import command and `npx isnad import` both call this; neither
 * stores anything until the reader has accepted the whole input.
 */
import { unzipSync } from 'fflate';
import { looksLikeBundle } from './bundle/readBundle';
import { ImportError, type ImportSource, type InterchangeData } from './interchange';

export type ImportFormat = 'bundle' | 'w3c' | 'brat' | 'qdpx';

/** What a reader returns: the data, and sentences about what it left out (a PDF source, a selection without a code …). */
type Importer = (sources: readonly ImportSource[], options: { author: string; now: number }) => Promise<InterchangeData & { notices?: string[] }>;

const IMPORTERS: Partial<Record<ImportFormat, () => Promise<Importer>>> = {
  bundle: async () => (await import('./bundle/readBundle')).importBundle,
  qdpx: async () => (await import('./qdpx/importQdpx')).importQdpx,
};

const head = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(0, 4096));
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** A brat folder that arrived zipped (as the app exports it): its files, or null when the zip holds no .ann. */
function bratZip(source: ImportSource): ImportSource[] | null {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(source.bytes);
  } catch {
    throw new ImportError(source.path, 'the zip file is damaged');
  }
  const files = Object.entries(entries)
    .filter(([path]) => !path.endsWith('/'))
    .map(([path, bytes]) => ({ path, bytes }));
  return files.some((f) => f.path.endsWith('.ann')) ? files : null;
}

/** The format of the chosen files and the sources to give its reader; null when none fits. */
export function detectImportFormat(sources: readonly ImportSource[]): { format: ImportFormat; sources: readonly ImportSource[] } | null {
  if (sources.some((s) => /\.ann$/i.test(s.path))) return { format: 'brat', sources };
  if (sources.length !== 1) return null;
  const [source] = sources as [ImportSource];
  if (/\.qdpx$/i.test(source.path)) return { format: 'qdpx', sources };
  if (isZip(source.bytes)) {
    const brat = bratZip(source);
    if (brat) return { format: 'brat', sources: brat };
    return { format: 'qdpx', sources }; // a zip that is not brat: let the REFI-QDA reader say what it is
  }
  const start = head(source.bytes);
  if (looksLikeBundle(start)) return { format: 'bundle', sources };
  if (/^\s*[[{]/.test(start) && /"@context"|"type"\s*:\s*"Annotation/.test(start)) return { format: 'w3c', sources };
  if (/\.isnad\.json$/i.test(source.path)) return { format: 'bundle', sources }; // let the bundle reader say what is wrong
  return null;
}

export class UnknownImportFormatError extends Error {
  constructor(readonly file: string) {
    super(`${file}: not a format Isnad imports`);
    this.name = 'UnknownImportFormatError';
  }
}

export async function importData(sources: readonly ImportSource[], options: { author: string; now: number }): Promise<{ format: ImportFormat; data: InterchangeData; notices: string[] }> {
  const detected = detectImportFormat(sources);
  if (!detected) throw new UnknownImportFormatError(sources.map((s) => s.path).join(', '));
  const load = IMPORTERS[detected.format];
  if (!load) throw new ImportError(sources[0]!.path, `importing ${detected.format} files is not available yet`);
  const { notices = [], ...data } = await (await load())(detected.sources, options);
  return { format: detected.format, data, notices };
}
