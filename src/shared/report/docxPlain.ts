/**
 * The bulk of a corpus report — article text, bookmarks, links and table rows — written as the
 * plain objects docx's serialiser takes, instead of through docx's Paragraph, TableRow, TableCell
 * and InternalHyperlink classes. Those build a tree of a dozen objects per element and then walk
 * it again; on 100 articles with 50 annotations that cost 4.6 s and 740 MB of heap in Node, well
 * over the 3 s budget. The elements and their order are the ones those classes write (checked
 * against their output); docx still assembles, serialises and packs the document.
 */
import { BaseXmlComponent, Table, type IContext, type IXmlableObject, type ITableOptions, type ParagraphChild } from 'docx';

type Part = IXmlableObject | BaseXmlComponent;

/** A run (or any element) whose XML object is complete when made. */
export class PlainRun extends BaseXmlComponent {
  constructor(private readonly xml: IXmlableObject) {
    super('w:r');
  }
  override prepForXml(): IXmlableObject {
    return this.xml;
  }
  plainXml(): IXmlableObject {
    return this.xml;
  }
}

/** An element given as a plain object, whose children may still be docx components (notes). */
class PlainElement extends BaseXmlComponent {
  constructor(
    key: string,
    private readonly head: IXmlableObject[],
    private readonly parts: readonly Part[],
  ) {
    super(key);
  }
  override prepForXml(context: IContext): IXmlableObject {
    const children: IXmlableObject[] = [...this.head];
    for (const part of this.parts) {
      const xml = part instanceof BaseXmlComponent ? part.prepForXml(context) : part;
      if (xml !== undefined) children.push(xml);
    }
    return { [this.rootKey]: children };
  }
  /** The XML object without docx's help, or null when a docx component (a note) is inside. */
  plainXml(): IXmlableObject | null {
    const children: IXmlableObject[] = [...this.head];
    for (const part of this.parts) {
      const xml = part instanceof PlainElement || part instanceof PlainRun ? part.plainXml() : part instanceof BaseXmlComponent ? null : part;
      if (xml === null) return null;
      children.push(xml);
    }
    return { [this.rootKey]: children };
  }
}

export const plainXmlOf = (component: BaseXmlComponent): IXmlableObject | null =>
  component instanceof PlainElement || component instanceof PlainRun ? component.plainXml() : null;

const escapeXml = (value: unknown) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * docx's XML objects as text, without docx's serialiser: `{ name: {} }` is an empty element,
 * `{ name: { _attr } }` one with attributes, `{ name: [ {_attr}?, children or text… ] }` one with
 * content. Used for whole tables that hold no docx component (see docxTables.ts).
 */
export function xmlString(node: IXmlableObject, out: string[] = []): string[] {
  const name = Object.keys(node)[0]!;
  const value = (node as Record<string, unknown>)[name];
  const attrs = (a: Record<string, unknown>) => Object.entries(a).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  if (Array.isArray(value)) {
    let open = `<${name}`;
    const body: (IXmlableObject | string)[] = [];
    for (const item of value as unknown[]) {
      if (typeof item === 'object' && item !== null && '_attr' in item) open += attrs((item as { _attr: Record<string, unknown> })._attr);
      else body.push(item as IXmlableObject | string);
    }
    if (body.length === 0) {
      out.push(`${open}/>`);
      return out;
    }
    out.push(`${open}>`);
    for (const item of body) {
      if (typeof item === 'object') xmlString(item, out);
      else out.push(escapeXml(item));
    }
    out.push(`</${name}>`);
  } else if (typeof value === 'object' && value !== null) {
    const attr = (value as { _attr?: Record<string, unknown> })._attr;
    out.push(`<${name}${attr ? attrs(attr) : ''}/>`);
  } else out.push(`<${name}>${escapeXml(value)}</${name}>`);
  return out;
}

const as = <T>(element: PlainElement) => element as unknown as T;
const val = (key: string, value: string | number) => ({ [key]: { _attr: { 'w:val': value } } });

export function plainParagraph(style: string, bidi: boolean, children: readonly ParagraphChild[]): BaseXmlComponent {
  const props = [val('w:pStyle', style), ...(bidi ? [{ 'w:bidi': {} }] : [])];
  return new PlainElement('w:p', [{ 'w:pPr': props }], children);
}

export const plainBookmarkStart = (name: string, id: number): ParagraphChild => as({ 'w:bookmarkStart': { _attr: { 'w:name': name, 'w:id': id } } } as never);
export const plainBookmarkEnd = (id: number): ParagraphChild => as({ 'w:bookmarkEnd': { _attr: { 'w:id': id } } } as never);

/** A link to a bookmark in this document (what InternalHyperlink writes). */
export function plainInternalLink(anchor: string, runs: readonly ParagraphChild[]): ParagraphChild {
  return as(new PlainElement('w:hyperlink', [{ _attr: { 'w:history': 1, 'w:anchor': anchor } }], runs as unknown as Part[]));
}

export function plainCell(width: number, fill: string | null, paragraphs: readonly Part[]): BaseXmlComponent {
  const props: IXmlableObject[] = [{ 'w:tcW': { _attr: { 'w:type': 'dxa', 'w:w': width } } }];
  if (fill) props.push({ 'w:shd': { _attr: { 'w:fill': fill, 'w:color': 'auto', 'w:val': 'clear' } } });
  // A cell must hold a paragraph, even an empty one.
  return new PlainElement('w:tc', [{ 'w:tcPr': props }], paragraphs.length > 0 ? paragraphs : [{ 'w:p': {} }]);
}

export function plainRow(cells: readonly BaseXmlComponent[], header: boolean): BaseXmlComponent {
  const props: IXmlableObject[] = [{ 'w:cantSplit': {} }];
  if (header) props.push({ 'w:tblHeader': {} });
  return new PlainElement('w:tr', [{ 'w:trPr': props }], cells);
}

/** docx's Table for its properties and grid (explicit column widths), holding plain rows. */
export class PlainRowsTable extends Table {
  constructor(options: Omit<ITableOptions, 'rows'>, rows: readonly BaseXmlComponent[]) {
    super({ ...options, rows: [] });
    (this as unknown as { root: BaseXmlComponent[] }).root.push(...rows);
  }
}
