/**
 * The independent reader for brat exports: brat itself. `loadWithBrat` runs brat's own server
 * code (nlplab/brat, server/src: annotation.py, projectconfig.py, document.py,
 * verify_annotations.py) under python3 on a folder, as brat's web server does when an annotator
 * opens the collection and each document (brief shims in ./brat/, none in brat's files). It
 * shares no code with the exporter: brat parses the `.ann` lines, checks each text-bound
 * annotation's text against the `.txt` at its offsets, and its verifier checks every type,
 * relation and attribute against annotation.conf.
 *
 * brat's source is found in $BRAT_SOURCE (a checkout of github.com/nlplab/brat), else extracted
 * once from the git snapshot in $BRAT_GIT_DIR (default: this machine's mirror of nlplab/brat).
 * Tests that need it are skipped where neither exists.
 *
 * `bratExampleSources` gives the collections brat ships (example-data/), which brat itself
 * loads: an importer must read them.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BratStep {
  step: string;
  /** [message, kind]: brat's kinds are comment (information), warning, error and debug. */
  messages: [string, string][];
  exception: string | null;
}

export interface BratDocument {
  name: string;
  /** The text as brat read it from the .txt. */
  text: string;
  /** [id, type, [[start, end], …]] in code points, as brat sends them to its client. */
  entities: [string, string, [number, number][]][];
  /** The text of each T line as brat parsed it (fragments joined by a space). */
  spanTexts: Record<string, string>;
  /** [id, type, target, value] */
  attributes: [string, string, string, string | boolean][];
  /** [id, type, [[role, target], [role, target]]] */
  relations: [string, string, [[string, string], [string, string]]][];
  /** [target, type, text] for every `#` line (and any issue when validation is on). */
  comments: [string, string, string][];
  /** brat's verifier on this document against the collection's annotation.conf. */
  issues: [string, string, string][];
  failedLines: number[];
  /** [message, kind] that brat's annotation.py gave while parsing the document (kept apart from brat's Messager, see loadWithBrat.py). */
  parseMessages: [string, string][];
}

export interface BratLoad {
  steps: BratStep[];
  documents: BratDocument[];
  collection?: {
    entity_types: string[];
    relation_types: string[];
    entity_attribute_types: string[];
    text_direction: string;
    items: unknown[][];
    header: string[];
    labels: Record<string, string[]>;
    drawing: Record<string, Record<string, string | string[]>>;
  };
  /** Files brat took a write lock for: it rewrites an .ann it reads differently from how it would write it. */
  locksTaken: string[];
  /** .ann files brat created or changed while loading (it writes without a lock, see loadWithBrat.py). */
  annsWritten: string[];
}

const DRIVER = fileURLToPath(new URL('./brat/loadWithBrat.py', import.meta.url));
const DEFAULT_GIT_DIR = '/work/.mirror/nlplab+brat/repo';

/** A directory holding brat's server/src (and its example-data), or null when neither a checkout nor the snapshot is here. */
export function findBratSource(): string | null {
  const given = process.env.BRAT_SOURCE;
  if (given) return existsSync(join(given, 'server', 'src', 'annotation.py')) ? given : null;
  const gitDir = process.env.BRAT_GIT_DIR ?? DEFAULT_GIT_DIR;
  if (!existsSync(gitDir)) return null;
  try {
    execFileSync('python3', ['--version']);
    const commit = execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const target = join(tmpdir(), `isnad-brat-${commit}`);
    if (existsSync(join(target, 'server', 'src', 'annotation.py'))) return target;
    // Extracted beside the target and renamed into place, so a parallel test never sees half of it.
    const partial = mkdtempSync(join(tmpdir(), 'isnad-brat-partial-'));
    execSync(`git --git-dir '${gitDir}' archive HEAD server example-data | tar -x -C '${partial}'`);
    if (!existsSync(target)) renameSync(partial, target);
    return target;
  } catch {
    return null;
  }
}

export function loadWithBrat(folder: string, bratSource: string): BratLoad {
  const out = execFileSync('python3', [DRIVER, bratSource, folder], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(out) as BratLoad;
}

/** Everything brat said or refused: any message at all, exceptions, unparsed lines, verifier issues, rewrites. */
export function bratComplaints(load: BratLoad): string[] {
  const complaints: string[] = [];
  for (const step of load.steps) {
    for (const [message, kind] of step.messages) complaints.push(`${step.step}: ${kind}: ${message}`);
    if (step.exception) complaints.push(`${step.step}: ${step.exception}`);
  }
  for (const doc of load.documents) {
    for (const line of doc.failedLines) complaints.push(`${doc.name}.ann line ${line + 1} not parsed`);
    for (const [message, kind] of doc.parseMessages) complaints.push(`${doc.name}.ann: ${kind}: ${message}`);
    for (const [id, kind, text] of doc.issues) complaints.push(`${doc.name} ${id}: ${kind}: ${text}`);
    for (const [target, kind, text] of doc.comments) if (/^Annotation(Error|Warning|Incomplete)$/.test(kind)) complaints.push(`${doc.name} ${target}: ${kind}: ${text}`);
  }
  for (const lock of load.locksTaken) complaints.push(`brat would rewrite ${lock}`);
  for (const ann of load.annsWritten) complaints.push(`brat wrote ${ann} while opening it`);
  if (!load.collection) complaints.push('the collection did not open');
  // The collection listing counts each document's annotations; brat writes -1 when it could not read one.
  for (const item of load.collection?.items ?? []) if (item[0] === 'd' && item.slice(4).includes(-1)) complaints.push(`the listing could not count ${String(item[2])}`);
  return complaints;
}

/** A code-point slice: what Python's str[start:end] gives, and what brat's offsets count. */
export function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/**
 * For every text-bound annotation brat loaded: the text of the .txt at its code-point offsets
 * (fragments joined by a space, brat's convention) against the text on its T line. Returns the
 * mismatches; also a document whose text is not the .txt file's.
 */
export function spanTextMismatches(load: BratLoad, folder: string): string[] {
  const mismatches: string[] = [];
  for (const doc of load.documents) {
    const onDisk = readFileSync(join(folder, `${doc.name}.txt`), 'utf8');
    if (doc.text !== onDisk) mismatches.push(`${doc.name}: brat's text is not the .txt file's`);
    for (const [id, , spans] of doc.entities) {
      const atOffsets = spans.map(([start, end]) => codePointSlice(doc.text, start, end)).join(' ');
      if (atOffsets !== doc.spanTexts[id]) mismatches.push(`${doc.name} ${id}: ${JSON.stringify(atOffsets)} ≠ ${JSON.stringify(doc.spanTexts[id])}`);
    }
  }
  return mismatches;
}

/** Writes exported files into a new folder (named `collection`, inside a fresh temporary directory) and returns it. */
export function writeExport(files: readonly { path: string; content: string | Uint8Array }[]): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'isnad-brat-')), 'collection');
  for (const file of files) {
    const path = join(folder, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  return folder;
}

/** Removes a folder made by `writeExport`, with the temporary directory around it (brat leaves its .stats_cache there too). */
export function removeExport(folder: string): void {
  rmSync(dirname(folder), { recursive: true, force: true });
}

/** Every file of brat's example-data, as an importer is given them: path (relative, `/`-separated) and bytes. */
export function bratExampleSources(bratSource: string): { path: string; bytes: Uint8Array }[] {
  const root = join(bratSource, 'example-data');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(root, path).split('\\').join('/'), bytes: new Uint8Array(readFileSync(path)) };
    });
}
