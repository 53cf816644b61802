/**
 * An independent reader for REFI-QDA projects (.qdpx), written the way another QDA program reads
 * one: its own unzip (fflate), its own XML reading (xmldom), positions counted in code points by
 * iterating the string. It shares no code with src/shared/interchange/qdpx, so a wrong export
 * cannot be read back as right. `xmllintQde` validates project.qde against the REFI schema.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

/** The REFI-QDA schema, kept in tests/fixtures/standards so a clean clone can validate offline. */
export const REFI_SCHEMA = join(__dirname, '../../fixtures/standards/refi-qda/Project.xsd');
const NS = 'urn:QDA-XML:project:1.0';

export interface ReadSelection {
  guid: string;
  start: number;
  end: number;
  /** The source's code points [start, end). */
  text: string;
  /** Names of the codes its codings refer to. */
  codes: string[];
  description: string;
  notes: string[];
}

export interface ReadSource {
  guid: string;
  name: string;
  text: string;
  selections: ReadSelection[];
  notes: string[];
}

export interface ReadProject {
  qde: string;
  entries: string[];
  users: Map<string, string>;
  codes: Map<string, { name: string; color: string | null; description: string }>;
  sources: ReadSource[];
  links: { name: string; origin: string; target: string }[];
}

const childElements = (el: XmlElement, name: string): XmlElement[] => Array.from(el.childNodes).filter((n): n is XmlElement => n.nodeType === 1 && (n as XmlElement).localName === name);
const first = (el: XmlElement, name: string) => childElements(el, name)[0];
const descendants = (el: XmlElement, name: string): XmlElement[] => Array.from(el.getElementsByTagNameNS(NS, name));

export function readQdpx(bytes: Uint8Array): ReadProject {
  const files = unzipSync(bytes);
  const qde = strFromU8(files['project.qde']!);
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`project.qde ${level}: ${message}`);
    },
  }).parseFromString(qde, 'text/xml');
  const root = doc.documentElement!;
  if (root.namespaceURI !== NS || root.localName !== 'Project') throw new Error('not a QDA-XML project');

  const users = new Map(descendants(root, 'User').map((u) => [u.getAttribute('guid')!, u.getAttribute('name') ?? '']));
  const codes = new Map(
    descendants(root, 'Code').map((c) => [c.getAttribute('guid')!, { name: c.getAttribute('name')!, color: c.getAttribute('color'), description: first(c, 'Description')?.textContent ?? '' }]),
  );
  const notes = new Map(descendants(root, 'Note').map((n) => [n.getAttribute('guid')!, first(n, 'PlainTextContent')?.textContent ?? '']));
  const noteTexts = (el: XmlElement) => childElements(el, 'NoteRef').map((r) => notes.get(r.getAttribute('targetGUID')!) ?? '(missing note)');

  const sources = descendants(root, 'TextSource').map((s): ReadSource => {
    const path = s.getAttribute('plainTextPath');
    let text: string;
    if (path) {
      const entry = files[`sources/${path.replace(/^internal:\/\//, '')}`];
      if (!entry) throw new Error(`source file ${path} is missing`);
      text = strFromU8(entry);
    } else text = first(s, 'PlainTextContent')?.textContent ?? '';
    const points = Array.from(text);
    const selections = childElements(s, 'PlainTextSelection').map((sel): ReadSelection => {
      const start = Number(sel.getAttribute('startPosition'));
      const end = Number(sel.getAttribute('endPosition'));
      return {
        guid: sel.getAttribute('guid')!,
        start,
        end,
        text: points.slice(start, end).join(''),
        codes: childElements(sel, 'Coding').map((c) => codes.get(first(c, 'CodeRef')!.getAttribute('targetGUID')!)?.name ?? '(missing code)'),
        description: first(sel, 'Description')?.textContent ?? '',
        notes: noteTexts(sel),
      };
    });
    return { guid: s.getAttribute('guid')!, name: s.getAttribute('name') ?? '', text, selections, notes: noteTexts(s) };
  });
  const links = descendants(root, 'Link').map((l) => ({ name: l.getAttribute('name') ?? '', origin: l.getAttribute('originGUID')!, target: l.getAttribute('targetGUID')! }));
  return { qde, entries: Object.keys(files), users, codes, sources, links };
}

/**
 * Selections whose text at their code-point positions is not the expected quote (`quotes`:
 * selection GUID, i.e. annotation id → quote). Also lists expected quotes with no selection.
 */
export function qdpxQuoteMismatches(project: ReadProject, quotes: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const source of project.sources)
    for (const sel of source.selections) {
      const id = sel.guid.replace(/[{}]/g, '').toLowerCase();
      seen.add(id);
      const quote = quotes.get(id);
      if (quote === undefined) problems.push(`selection ${sel.guid} is not an expected annotation`);
      else if (sel.text !== quote) problems.push(`selection ${sel.guid} [${sel.start}, ${sel.end}) reads ${JSON.stringify(sel.text)}, expected ${JSON.stringify(quote)}`);
    }
  for (const id of quotes.keys()) if (!seen.has(id)) problems.push(`annotation ${id} has no selection`);
  return problems;
}

/** xmllint's verdict on a project.qde against the REFI-QDA schema: '' when valid, else its messages. */
export function xmllintQde(qde: string, schema = REFI_SCHEMA): string {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-qde-'));
  try {
    const file = join(dir, 'project.qde');
    writeFileSync(file, qde);
    execFileSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    return e.stderr || e.message;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
