/**
 * The body of a DOCX report, written as WordprocessingML text and spliced into the file docx
 * packed. docx builds a tree of objects per element, turns it into a second tree of XML objects,
 * then a string, then zips it; for a corpus report (100 articles with 50 annotations: 8 MB of
 * document.xml) that allocated about 450 MB in the export worker and peaked the renderer above
 * 400 MB. As text, each article is one string, encoded to UTF-8 at once. docx still writes
 * styles, the header and footer, settings, the package and its relationships.
 *
 * Each block goes in as a placeholder paragraph holding a marker no article can contain (a random
 * nonce per report); after packing, the placeholder is replaced by the block's bytes. List
 * instances and external links met while writing the blocks are added to numbering.xml and to the
 * document's relationships then.
 */
import { Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import { FIRST_NUM_ID, withListInstances } from './docxNumbering';
import { xmlAttr } from './docxRuns';

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const RELATIONSHIPS = 'word/_rels/document.xml.rels';
const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** Collects the body's blocks (as UTF-8) while the document is built, then splices them into the packed file. */
export class RawBlocks {
  private readonly nonce = `${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  private readonly encoder = new TextEncoder();
  private readonly blocks: Uint8Array[] = [];
  /** One entry per list instance: whether it is numbered (else bulleted). */
  private readonly lists: boolean[] = [];
  /** External link targets, by relationship. */
  private readonly links: string[] = [];

  /** A new list instance (counting from 1); its `w:numId`. */
  listInstance(ordered: boolean): number {
    this.lists.push(ordered);
    return FIRST_NUM_ID + this.lists.length - 1;
  }

  /** The relationship id of a link to `url` (already checked safe by richNote). */
  externalLink(url: string): string {
    this.links.push(url);
    return `rIdIsnadLink${this.links.length}`;
  }

  /** A paragraph standing where `xml` (whole paragraphs or tables) will go. */
  placeholder(xml: string): Paragraph {
    this.blocks.push(this.encoder.encode(xml));
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
    const add = (name: string) => {
      const entry = new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      return entry;
    };
    // The document first: writing its blocks makes the list instances and links that the
    // numbering and the relationships then get. (Parts may lie in a package in any order.)
    const later = new Set([DOCUMENT, NUMBERING, RELATIONSHIPS]);
    for (const [name, data] of Object.entries(files)) if (!later.has(name)) add(name).push(data, true);
    const document = files[DOCUMENT];
    const numbering = files[NUMBERING];
    const relationships = files[RELATIONSHIPS];
    if (!document || !numbering || !relationships) throw new Error('the report could not be assembled (a part is missing)');
    this.writeDocument(strFromU8(document), add(DOCUMENT));
    add(NUMBERING).push(this.encoder.encode(withListInstances(strFromU8(numbering), this.lists)), true);
    add(RELATIONSHIPS).push(this.encoder.encode(this.withLinks(strFromU8(relationships))), true);
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

  private withLinks(xml: string): string {
    const end = xml.lastIndexOf('</Relationships>');
    if (end < 0) throw new Error('the report could not be assembled (no relationships part)');
    const added = this.links.map((url, i) => `<Relationship Id="rIdIsnadLink${i + 1}" Type="${HYPERLINK}" Target="${xmlAttr(url)}" TargetMode="External"/>`).join('');
    return xml.slice(0, end) + added + xml.slice(end);
  }

  private writeDocument(xml: string, entry: ZipDeflate): void {
    let from = 0;
    this.blocks.forEach((block, i) => {
      const at = xml.indexOf(this.marker(i), from);
      const start = at < 0 ? -1 : xml.lastIndexOf('<w:p>', at);
      const end = at < 0 ? -1 : xml.indexOf('</w:p>', at);
      if (start < from || end < 0) throw new Error('the report could not be assembled (a text block went missing)');
      entry.push(this.encoder.encode(xml.slice(from, start)));
      entry.push(block);
      from = end + '</w:p>'.length;
    });
    entry.push(this.encoder.encode(xml.slice(from)), true);
  }
}
