/**
 * Hostile content in every export (issue 14): the hostile corpus (tests/support/hostileCorpus.ts)
 * written by each exporter and read back by an independent reader — parse5 for HTML, xmldom for
 * XML, csv-parse, JSON.parse — which must find every payload as text (or a string value), never as
 * an element, an attribute, a script URL, a style rule, a formula or an extra record.
 */
import { DOMParser, type Document as XmlDocument, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseHtml } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportData } from '../../../src/shared/interchange/exportData';
import type { ExportedFile, InterchangeData } from '../../../src/shared/interchange/interchange';
import { buildReportDocx } from '../../../src/shared/report/reportDocx';
import { buildReportHtml } from '../../../src/shared/report/reportHtml';
import { htmlElements, textOf, type Node } from '../../support/htmlReading';
import { readCsv } from '../../support/interchange/csvReading';
import { readQdpx } from '../../support/interchange/qdpxReading';
import {
  DISGUISED_SHOWN,
  FORMULAS,
  HOSTILE_ENTITY_NAME,
  HOSTILE_FILE_NAME,
  HOSTILE_LINE,
  HOSTILE_TAG,
  HOSTILE_TEXT,
  HOSTILE_TITLE,
  hostileCorpus,
  hostileReportInput,
  PAYLOAD_STRINGS,
  PAYLOADS,
} from '../../support/hostileCorpus';

let data: InterchangeData;
beforeAll(async () => {
  data = await hostileCorpus();
});

const ELEMENTS_NEVER_IN_AN_EXPORT = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'base', 'form', 'meta-refresh', 'img', 'circle', 'link-import']);
const SCRIPT_URL = /^\s*(javascript|vbscript|data):/i;

/** What in an HTML document could run or fetch: an element that should not be there, an `on…` attribute, a script URL, a style that loads or runs. */
function htmlDangers(root: Node): string[] {
  const found: string[] = [];
  for (const e of htmlElements(root)) {
    if (ELEMENTS_NEVER_IN_AN_EXPORT.has(e.tagName)) found.push(`<${e.tagName}>`);
    if (e.tagName === 'meta' && e.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'refresh')) found.push('<meta http-equiv=refresh>');
    for (const a of e.attrs) {
      if (a.name.startsWith('on')) found.push(`${e.tagName}[${a.name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(a.name) && (SCRIPT_URL.test(a.value) || a.name === 'srcdoc')) found.push(`${e.tagName}[${a.name}=${a.value}]`);
      if (a.name === 'style' && /javascript|expression\(|url\(/i.test(a.value)) found.push(`${e.tagName}[style=${a.value}]`);
    }
  }
  return found;
}

/** Every text node's value and every attribute's value of an XML document (what a reader of it sees as data). */
function xmlStrings(doc: XmlDocument): { texts: string; elements: string[] } {
  const elements: string[] = [];
  let texts = '';
  const walk = (node: XmlNode) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) {
        elements.push((child as XmlElement).localName!);
        walk(child);
      } else if (child.nodeType === 3 || child.nodeType === 4) texts += child.nodeValue ?? '';
    }
  };
  walk(doc);
  return { texts, elements };
}

const strictXml = (xml: string, name: string) =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${name} ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');

const utf8 = (content: string | Uint8Array) => (typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: true }).decode(content));

/** Every string value anywhere in a JSON value. */
function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) jsonStrings(v, out);
  return out;
}

describe.each(['en', 'ar'] as const)('the HTML report (and the print HTML the PDF is made from), %s', (language) => {
  it('holds every payload as text and nothing that could run', async () => {
    const html = await buildReportHtml(hostileReportInput(data, language));
    const doc = parseHtml(html);
    expect(htmlDangers(doc)).toEqual([]);
    // Its own policy forbids any script, should one ever get in.
    const csp = htmlElements(doc).find((e) => e.tagName === 'meta' && e.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy'));
    expect(csp?.attrs.find((a) => a.name === 'content')?.value).toMatch(/default-src 'none'/);
    expect(csp?.attrs.find((a) => a.name === 'content')?.value).not.toMatch(/script-src/);
    const text = textOf(doc);
    for (const payload of PAYLOAD_STRINGS) expect(text).toContain(payload);
    for (const name of [HOSTILE_ENTITY_NAME, PAYLOADS.breakout]) expect(text).toContain(name);
  });

  it('shows the bidi controls of the title and file name as tokens; the article text keeps its own', async () => {
    const doc = parseHtml(await buildReportHtml(hostileReportInput(data, language)));
    const elements = htmlElements(doc);
    const title = elements.find((e) => e.tagName === 'title')!;
    expect(textOf(title)).toContain(DISGUISED_SHOWN);
    expect(textOf(title)).not.toContain('\u202E');
    const h2 = elements.find((e) => e.tagName === 'h2' && textOf(e).includes('invoice'))!;
    expect(textOf(h2)).toBe(HOSTILE_TITLE.replace('\u202E', '⟨RLO⟩'));
    const source = elements.find((e) => e.attrs.some((a) => a.name === 'class' && a.value === 'source'))!;
    expect(textOf(source)).toContain(HOSTILE_FILE_NAME.replace('\u202E', '⟨RLO⟩'));
    expect(textOf(doc)).toContain(PAYLOADS.bidi);
  });
});

describe('the DOCX report', () => {
  it('holds every payload as run text, no element or link made of one', async () => {
    const files = unzipSync(await buildReportDocx(hostileReportInput(data, 'ar')));
    const document = xmlStrings(strictXml(strFromU8(files['word/document.xml']!), 'document.xml'));
    for (const payload of PAYLOAD_STRINGS) expect(document.texts).toContain(payload);
    expect(document.texts).toContain(HOSTILE_TITLE.replace('\u202E', '⟨RLO⟩'));
    expect(document.elements.filter((n) => ELEMENTS_NEVER_IN_AN_EXPORT.has(n))).toEqual([]);
    // Every relationship target (hyperlinks from the notes among them) is a part of the package or a web address.
    for (const [name, bytes] of Object.entries(files).filter(([n]) => n.endsWith('.rels'))) {
      const rels = strictXml(strFromU8(bytes), name);
      for (const rel of Array.from(rels.getElementsByTagName('Relationship'))) expect(rel.getAttribute('Target')).not.toMatch(SCRIPT_URL);
    }
    const core = xmlStrings(strictXml(strFromU8(files['docProps/core.xml']!), 'core.xml'));
    expect(core.texts).toContain(PAYLOADS.breakout); // the analyst's name, as text
  });
});

describe('the data formats', () => {
  const exported = (format: Parameters<typeof exportData>[0]) => exportData(format, data, 'hostile');

  it('bundle: JSON.parse gives back every hostile string exactly, as data', async () => {
    const [file] = await exported('bundle');
    const bundle = JSON.parse(utf8(file!.content)) as { articles: { article: { title: string; fileName: string }; text: string }[]; tags: { labelEn: string }[]; entities: { name: string }[] };
    expect(bundle.articles[0]!.article).toMatchObject({ title: HOSTILE_TITLE, fileName: HOSTILE_FILE_NAME });
    expect(bundle.articles[0]!.text).toBe(HOSTILE_TEXT);
    expect(bundle.tags.map((t) => t.labelEn)).toContain(HOSTILE_TAG.labelEn);
    expect(bundle.entities.map((e) => e.name)).toContain(HOSTILE_ENTITY_NAME);
  });

  it('W3C JSON-LD: strings stay strings; a note carried as HTML has no live markup', async () => {
    const files = await exported('w3c');
    const strings = files.flatMap((f) => jsonStrings(JSON.parse(utf8(f.content))));
    expect(strings).toContain(HOSTILE_TEXT);
    expect(strings).toContain(HOSTILE_TITLE);
    const htmlBodies = files.flatMap((f) => htmlValues(JSON.parse(utf8(f.content))));
    for (const html of htmlBodies) expect(htmlDangers(parseHtml(html))).toEqual([]);
    // A note body arrives with the payload as text whether it is sent as HTML or plain text.
    expect(strings.some((s) => s.includes(PAYLOADS.script)) || htmlBodies.some((h) => textOf(parseHtml(h)).includes(PAYLOADS.script))).toBe(true);
  });

  it('brat: the text is the text; a note cannot add a record; the configuration names no markup', async () => {
    const files = await exported('brat');
    const txt = files.find((f) => f.path.endsWith('.txt'))!;
    expect(utf8(txt.content)).toBe(HOSTILE_TEXT);
    const ann = utf8(files.find((f) => f.path.endsWith('.ann'))!.content);
    const points = [...HOSTILE_TEXT];
    for (const line of ann.split('\n').filter(Boolean)) {
      expect(line).toMatch(/^(T\d+\t\S+ \d+ \d+(;\d+ \d+)*\t|#\d+\t\w+ T\d+\t|A\d+\t|N\d+\t|R\d+\t|\*\t)/);
      const t = /^T\d+\t\S+ (\d+) (\d+)\t(.*)$/.exec(line);
      if (t) expect(points.slice(Number(t[1]), Number(t[2])).join('')).toBe(t[3]);
    }
    expect(ann).not.toMatch(/^T99\t/m); // the note's second line, written to look like a record
    // brat shows labels in its web page: no markup may reach them (brat's own <OVERLAP>-style keywords aside).
    for (const conf of files.filter((f) => f.path.endsWith('.conf'))) expect(utf8(conf.content).replace(/<(OVERLAP|ENTITY|OVL-TYPE|ANY)>/g, '')).not.toMatch(/[<>]|javascript:/);
  });

  it('REFI-QDA: an XML reader finds the payloads in text and attribute values only', async () => {
    const [file] = await exported('qdpx');
    const project = readQdpx(file!.content as Uint8Array);
    const doc = xmlStrings(strictXml(project.qde, 'project.qde'));
    expect(doc.elements.filter((n) => ELEMENTS_NEVER_IN_AN_EXPORT.has(n))).toEqual([]);
    expect([...project.codes.values()].map((c) => c.name)).toContain(HOSTILE_TAG.labelEn);
    expect(project.sources[0]!.text).toBe(HOSTILE_TEXT);
    expect(project.sources[0]!.name).toBe(HOSTILE_TITLE);
    const hostileCode = [...project.codes.values()].find((c) => c.name === HOSTILE_TAG.labelEn)!;
    expect(hostileCode.color ?? '#000000').toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('CSV: every cell that starts like a formula is neutralised; the records stay whole', async () => {
    const [file] = await exported('csv');
    const rows = readCsv(file!.content);
    expect(rows.length).toBe(data.articles[0]!.annotations.length);
    const cells = rows.flatMap((r) => Object.values(r));
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    for (const formula of FORMULAS.slice(0, 2)) expect(cells).toContain(`'${formula}`);
    expect(cells.some((c) => c.includes(HOSTILE_LINE))).toBe(true);
  });

  it('JSONL: one JSON record per line, the hostile strings as string values', async () => {
    const [file] = await exported('jsonl');
    const lines = utf8(file!.content).split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    const strings = lines.flatMap((l) => jsonStrings(JSON.parse(l)));
    expect(strings).toContain(HOSTILE_TEXT);
    expect(strings.some((s) => s.includes(HOSTILE_LINE))).toBe(true);
  });

  it('every file name an export writes is free of markup, bidi controls and path tricks', async () => {
    const all: ExportedFile[] = [];
    for (const format of ['bundle', 'w3c', 'brat', 'qdpx', 'csv', 'jsonl'] as const) all.push(...(await exported(format)));
    for (const f of all) expect(f.path).not.toMatch(/[<>"\u202A-\u202E\u2066-\u2069]|\.\.|^\//);
  });
});

/** The value of every W3C body sent as HTML (`format: text/html`). */
function htmlValues(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) htmlValues(v, out);
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    const formats = ([] as unknown[]).concat(node.format ?? []);
    if (formats.includes('text/html') && typeof node.value === 'string') out.push(node.value);
    for (const v of Object.values(node)) htmlValues(v, out);
  }
  return out;
}
