/**
 * Opening a REFI-QDA project for import: the zip (.qdpx) or a bare project.qde, its XML parsed
 * with xmldom, and its text files read as UTF-8. Every way the file can be broken becomes an
 * ImportError naming the file and what is wrong, so nothing is imported from it.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { unzipBounded } from '../boundedUnzip';
import { ImportError, type ImportSource } from '../interchange';

export interface QdpxArchive {
  /** The file's name, for messages. */
  file: string;
  root: Element;
  /** A text file of the archive by its path inside it (`sources/x.txt`), decoded; null when absent. */
  text(path: string): string | null;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

/**
 * Only the project and plain-text files are inflated: a project's PDFs, pictures and recordings
 * are skipped anyway, and inflating them would cost memory for nothing.
 */
const wanted = (name: string) => /\.(qde|txt)$/i.test(name);

export function openQdpx(source: ImportSource): QdpxArchive {
  const file = source.path;
  const bytes = source.bytes;
  let entries: Record<string, Uint8Array>;
  let qdeName: string;
  if (isZip(bytes)) {
    entries = unzipBounded(file, bytes, wanted, (detail) => `the file is not a readable zip archive (${detail})`);
    // The standard puts project.qde at the top; accept another name if it is the only .qde there.
    const tops = Object.keys(entries).filter((n) => !n.includes('/') && /\.qde$/i.test(n));
    qdeName = tops.find((n) => n.toLowerCase() === 'project.qde') ?? (tops.length === 1 ? tops[0]! : '');
    if (!qdeName) throw new ImportError(file, 'the archive holds no project.qde: it is not a REFI-QDA project (.qdpx)');
  } else {
    // A bare project.qde (its sources must then be in PlainTextContent).
    entries = { 'project.qde': bytes };
    qdeName = 'project.qde';
  }
  const decode = (name: string, data: Uint8Array) => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      throw new ImportError(file, `${name} is not UTF-8 text`);
    }
  };
  const xml = decode(qdeName, entries[qdeName]!);
  if (!isZip(bytes) && !/^\s*</.test(xml)) throw new ImportError(file, 'the file is neither a REFI-QDA project (.qdpx, a zip) nor its project.qde (XML)');
  let root: Element | null;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml');
    root = doc.documentElement;
  } catch (error) {
    throw new ImportError(file, `${qdeName} is not well-formed XML: ${error instanceof Error ? error.message.replace(/^\[xmldom \w+\]\s*/, '') : String(error)}`);
  }
  if (!root || root.localName !== 'Project') throw new ImportError(file, `${qdeName} is not a REFI-QDA project (its root element is ${root?.localName ?? 'missing'}, not Project)`);
  // Names in a zip are matched without case: programs on Windows write them as they please.
  const byLowerName = new Map(Object.keys(entries).map((n) => [n.toLowerCase(), n]));
  return {
    file,
    root,
    text(path) {
      const name = byLowerName.get(path.toLowerCase());
      return name === undefined ? null : decode(name, entries[name]!);
    },
  };
}

/** Child elements by local name (namespaced or not: some programs write the namespace, some do not). */
export const childElements = (el: Element, name: string): Element[] => {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) out.push(n as Element);
  return out;
};

export const firstChild = (el: Element, name: string): Element | undefined => childElements(el, name)[0];

/** Every element of that local name under `el`, at any depth, in document order. */
export function descendantElements(el: Element, name: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Element) => {
    for (let n = node.firstChild; n; n = n.nextSibling)
      if (n.nodeType === 1) {
        if ((n as Element).localName === name) out.push(n as Element);
        walk(n as Element);
      }
  };
  walk(el);
  return out;
}

/** The element's text content, '' when it has none. */
export const textOf = (el: Element | undefined): string => el?.textContent ?? '';
