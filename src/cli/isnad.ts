/**
 * `npx isnad`: Isnad's data work for pipelines, in plain Node (issue 12). The same pure functions
 * as the app (src/shared/interchange, src/shared/report); no Electron, no browser, no database —
 * a project bundle stands in for the library.
 *
 *   isnad export <bundle> --format html|docx|bundle|w3c|brat|qdpx|csv|jsonl --out <dir>
 *   isnad import <file or folder>... --into <bundle>
 *   isnad mentions <bundle or folder of .txt>... --alias <name>... [--json]
 *
 * Exit status: 0 done, 1 the input was refused (the message names the file and the problem;
 * nothing was written), 2 the command itself was wrong (usage).
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultTags } from '../shared/annotation/tagSet';
import { importBundle } from '../shared/interchange/bundle/readBundle';
import { bundleJson } from '../shared/interchange/bundle/writeBundle';
import { DATA_FORMATS, isDataFormat } from '../shared/interchange/dataFormats';
import { exportData } from '../shared/interchange/exportData';
import { detectImportFormat, importData, UnknownImportFormatError } from '../shared/interchange/importData';
import { importPlainArticles } from '../shared/interchange/plainArticles';
import { ImportError, type InterchangeData } from '../shared/interchange/interchange';
import { mergeInto } from '../shared/interchange/merge/applyMerge';
import { mergeSummary } from '../shared/interchange/merge/mergeReport';
import { readSources, writeAtomically, writeExport } from './files';
import { runMentions } from './mentions';
import { reportFiles } from './reportFiles';
import { UsageError } from './usageError';

const FORMATS = ['html', 'docx', ...DATA_FORMATS] as const;

export const HELP = `isnad — Isnad's data exports and imports from the command line

Usage:
  isnad export <bundle.isnad.json> --format <format> --out <folder>
      Writes the bundle's articles and annotations in <format> into <folder> (created if needed).
      Formats: ${FORMATS.join(', ')}
        html, docx  the report (every annotation); PDF is printed from the app
        bundle      an Isnad project bundle
        w3c         W3C Web Annotation JSON-LD
        brat        brat standoff: .txt and .ann per article, annotation.conf, visual.conf
        qdpx        REFI-QDA project (MAXQDA, ATLAS.ti, NVivo)
        csv         one row per annotation
        jsonl       one line per article, doccano's form, for NLP training
  isnad import <file or folder>... --into <bundle.isnad.json>
      Merges a bundle, W3C JSON-LD, a brat folder (or zip) or a .qdpx into the bundle (created if
      missing): the same article is never doubled, the newer version of an annotation stays.
      Plain .txt articles (any encoding the app reads) are added as articles without annotations.
  isnad mentions <bundle or folder of .txt>... --alias <name> [--alias <name>]... [--json]
      Prints every mention of the names, one line per match, tab-separated: the article (its path in
      the folder; in a bundle its file name or title), start and end, the name as written, and the
      clitic attached before it (و، ب، ل، ال، وال، لل …; empty when none). --json prints one JSON
      object a line instead, with the alias that matched. Also reads W3C JSON-LD, brat and .qdpx.
      Insensitive to diacritics, tatweel, alef forms, ى/ي and ة/ه; never inside a longer word.
      Give every spelling as an --alias: --alias "شي جين بينغ" --alias "شي جين بينج".

Options:
  --help, -h     this help
  --version      Isnad's version

Offsets in every format count Unicode code points. Exit status: 0 done, 1 input refused, 2 usage.`;

export interface Io {
  out(line: string): void;
  err(line: string): void;
  now(): number;
}

function emptyLibrary(now: number): InterchangeData {
  return { exportedAt: now, analystName: 'isnad', tags: defaultTags(now, 'isnad'), articles: [] };
}

async function readBundleFile(path: string): Promise<InterchangeData> {
  const [source] = await readSources([path]);
  return importBundle([source!]);
}

async function runExport(positionals: string[], values: { format?: string; out?: string }, io: Io): Promise<void> {
  const [bundlePath, ...extra] = positionals;
  if (!bundlePath || extra.length) throw new UsageError('export takes one bundle: isnad export <bundle.isnad.json> --format <format> --out <folder>');
  const format = values.format;
  if (!format || !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (!values.out) throw new UsageError('--out <folder> is required');
  const data = await readBundleFile(bundlePath);
  const baseName = basename(bundlePath).replace(/(\.isnad)?\.json$/i, '') || 'isnad';
  const files = isDataFormat(format) ? await exportData(format, data, baseName) : await reportFiles(format as 'html' | 'docx', data, baseName);
  const written = await writeExport(values.out, files);
  const annotations = data.articles.reduce((n, a) => n + a.annotations.filter((x) => x.deletedAt === undefined).length, 0);
  io.out(`exported ${data.articles.length} articles, ${annotations} annotations as ${format}:`);
  for (const path of written) io.out(`  ${path}`);
}

async function runImport(positionals: string[], values: { into?: string }, io: Io): Promise<void> {
  if (positionals.length === 0) throw new UsageError('import needs a file or folder: isnad import <file or folder>... --into <bundle.isnad.json>');
  if (!values.into) throw new UsageError('--into <bundle.isnad.json> is required');
  const now = io.now();
  const exists = existsSync(values.into);
  const target = exists ? await readBundleFile(values.into) : emptyLibrary(now);
  const sources = await readSources(positionals);
  const options = { author: target.analystName, now };
  // Files that are no data format are read as articles (a folder of .txt starts a bundle).
  let format: string;
  let data: InterchangeData;
  let notices: string[] = [];
  if (detectImportFormat(sources)) ({ format, data, notices } = await importData(sources, options));
  else {
    // Only .txt files are taken as articles: a CSV or a stray file is not an article by accident.
    const texts = sources.filter((f) => /\.txt$/i.test(f.path));
    if (texts.length === 0) throw new UnknownImportFormatError(positionals.join(', '));
    for (const f of sources.filter((x) => !texts.includes(x))) io.err(`  not an article (only .txt files are): ${f.path}`);
    const plain = await importPlainArticles(texts, options);
    ({ data } = plain);
    format = 'articles';
    for (const r of plain.refused) io.err(`  not an article: ${r.path} (${r.reason})`);
  }
  const merged = mergeInto(target, data, { source: positionals.join(', '), now });
  merged.report.notices.push(...notices);
  await writeAtomically(values.into, bundleJson({ ...merged.data, exportedAt: now }));
  io.out(`imported ${format} from ${positionals.join(', ')} into ${values.into}${exists ? '' : ' (new bundle)'}`);
  for (const line of mergeSummary(merged.report)) io.out(line);
}

/** Runs one command line; resolves to the exit status (the bin script exits with it). */
export async function main(argv: readonly string[], io: Io, version: string): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        into: { type: 'string' },
        alias: { type: 'string', multiple: true },
        json: { type: 'boolean' },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || (!command && !values.version)) {
      io.out(HELP);
      return values.help ? 0 : 2;
    }
    if (values.version) {
      io.out(version);
      return 0;
    }
    if (command === 'export') await runExport(rest, values, io);
    else if (command === 'import') await runImport(rest, values, io);
    else if (command === 'mentions') await runMentions(rest, values, io);
    else throw new UsageError(`unknown command "${command}" (export, import or mentions; --help says more)`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`isnad: ${error.message}`);
      return 2;
    }
    if (error instanceof ImportError) io.err(`isnad: nothing was written — ${error.file}: ${error.problem}`);
    else if (error instanceof UnknownImportFormatError) io.err(`isnad: nothing was written — ${error.file} is not a bundle, W3C JSON-LD, brat folder or .qdpx`);
    else if (error instanceof Error && 'code' in error && error.code === 'ENOENT') io.err(`isnad: no such file or folder: ${(error as NodeJS.ErrnoException).path}`);
    else io.err(`isnad: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
