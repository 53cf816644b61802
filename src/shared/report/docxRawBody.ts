/**
 * The article text of a DOCX report, written as WordprocessingML text and spliced into the file
 * docx packed. A corpus report's text is most of its runs; held as docx components (even plain
 * ones) it kept the whole text as object trees three times over while packing (component, xml
 * object, string), and a 100-article report peaked above 500 MB in the export worker. As text it
 * is one string per article. docx still writes everything else: styles, numbering, header and
 * footer, tables, notes, relationships and the package.
 *
 * Each article's text goes in as a placeholder paragraph holding a marker no article can contain
 * (a random nonce per report); after packing, the placeholder is replaced by the real paragraphs.
 */
import { Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import { hex, xmlSafe } from './docxRuns';

/** Text content in XML (what docx's serialiser escapes: & < >). */
export const xmlText = (text: string) => xmlSafe(text).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
/** An attribute value in XML. */
export const xmlAttr = (text: string) => xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export interface RawRunStyle {
  fill?: string;
  underlineColour?: string;
}

/** A right-to-left run, as the plain runs write it: shading, thick underline for overlaps, rtl. */
export function rawRun(text: string, style: RawRunStyle): string {
  let props = '';
  if (style.underlineColour) props += `<w:u w:val="thick" w:color="${hex(style.underlineColour)}"/>`;
  if (style.fill) props += `<w:shd w:fill="${hex(style.fill)}" w:color="auto" w:val="clear"/>`;
  props += '<w:rtl/>';
  return `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

export const rawBookmarkStart = (name: string, id: number) => `<w:bookmarkStart w:name="${xmlAttr(name)}" w:id="${id}"/>`;
export const rawBookmarkEnd = (id: number) => `<w:bookmarkEnd w:id="${id}"/>`;
export const rawParagraph = (style: string, bidi: boolean, content: string) => `<w:p><w:pPr><w:pStyle w:val="${xmlAttr(style)}"/>${bidi ? '<w:bidi/>' : ''}</w:pPr>${content}</w:p>`;

const DOCUMENT = 'word/document.xml';

/**
 * Collects raw blocks while the document is built — as functions, so each is written only when
 * the file is, straight into the compressed stream — then splices them into the packed file.
 */
export class RawBlocks {
  private readonly nonce = `${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  private readonly encoder = new TextEncoder();
  private readonly blocks: (() => string)[] = [];

  /** A paragraph standing where the XML `render` gives (whole paragraphs or tables) will go. */
  placeholder(render: () => string): Paragraph {
    this.blocks.push(render);
    return new Paragraph({ children: [new TextRun(this.marker(this.blocks.length - 1))] });
  }

  private marker(index: number): string {
    return `isnad-raw-${this.nonce}-${index}`;
  }

  /** The packed file again, its placeholder paragraphs replaced by their blocks, compressed as they are written. */
  splice(packed: Uint8Array): Uint8Array {
    if (this.blocks.length === 0) return packed;
    const files = unzipSync(packed);
    const out: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      out.push(chunk);
    });
    for (const [name, data] of Object.entries(files)) {
      const entry = new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      if (name === DOCUMENT) this.writeDocument(strFromU8(data), entry);
      else entry.push(data, true);
    }
    zip.end();
    this.blocks.length = 0;
    const result = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const chunk of out) {
      result.set(chunk, offset);
      offset += chunk.length;
    }
    return result;
  }

  private writeDocument(xml: string, entry: ZipDeflate): void {
    let from = 0;
    this.blocks.forEach((render, i) => {
      const at = xml.indexOf(this.marker(i), from);
      const start = at < 0 ? -1 : xml.lastIndexOf('<w:p>', at);
      const end = at < 0 ? -1 : xml.indexOf('</w:p>', at);
      if (start < from || end < 0) throw new Error('the report could not be assembled (a text block went missing)');
      entry.push(this.encoder.encode(xml.slice(from, start)));
      entry.push(this.encoder.encode(render()));
      from = end + '</w:p>'.length;
    });
    entry.push(this.encoder.encode(xml.slice(from)), true);
  }
}
