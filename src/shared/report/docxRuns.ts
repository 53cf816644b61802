/**
 * The smallest pieces of the DOCX report: safe strings, runs and their direction. Every string
 * that goes into the document passes `xmlText` or `xmlAttr` here, which drop what XML 1.0 cannot
 * hold (Word then refuses the whole file) and escape the rest.
 */
import { escapeHtml } from './escape';

/** Arabic letters go in the complex-script slot; Latin letters beside them keep a Latin face. */
export const ARABIC_FONT = 'Noto Naskh Arabic';
export const LATIN_FONT = 'Noto Sans';
export const FONTS = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: ARABIC_FONT, eastAsia: LATIN_FONT };

/** Sizes in half-points: body, tables, the article text (the HTML's 12, 10.5 and 14 pt). */
export const SIZE = { body: 23, table: 21, article: 28, small: 18 } as const;

// XML 1.0 forbids these; Word then refuses the whole file. Lone surrogates cannot be encoded either.
// eslint-disable-next-line no-control-regex -- the control characters are what is removed
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The string without the characters XML 1.0 cannot hold. */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML, '');
}

/** Text content in XML (quotes need no escaping there, which keeps the article text short). */
export const xmlText = (text: string) => xmlSafe(text).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
/** An attribute value in XML: the HTML report's escaping (its character references are XML's too). */
export const xmlAttr = (text: string | number) => escapeHtml(xmlSafe(String(text)));

/** Arabic script anywhere in the text: such paragraphs and runs are laid out right-to-left. */
export function hasArabic(text: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text);
}

/**
 * Whether a paragraph of content (a title, a note, a cell) is right-to-left: yes when it has Arabic
 * letters, no when it has other letters, and as the report's language when it has none (numbers).
 */
export function directionOf(text: string, fallback: boolean): boolean {
  return hasArabic(text) || (!/\p{L}/u.test(text) && fallback);
}

/**
 * Words of their own direction set in a paragraph of the other (a Latin file name in an Arabic
 * line), bracketed by a direction mark so the punctuation at their edges stays with them, as
 * the HTML's <bdi> does. Word has no isolating element; the marks are invisible.
 */
export function isolated(text: string, rtlParagraph: boolean): string {
  const first = /[\p{L}]/u.exec(text)?.[0];
  if (first === undefined) return text;
  const rtl = hasArabic(first);
  if (rtl === rtlParagraph) return text;
  const mark = rtl ? '\u200F' : '\u200E';
  return `${mark}${text}${mark}`;
}

/**
 * A Word bookmark name for a report ref ("a2-7" → "a2_7"): Word's names start with a letter and
 * hold only letters, digits and underscores, at most 40 of them.
 */
export function bookmarkName(ref: string): string {
  const name = xmlSafe(ref).replace(/[^A-Za-z0-9_]/g, '_');
  return (/^[A-Za-z]/.test(name) ? name : `r${name}`).slice(0, 40);
}

/**
 * "#rrggbb" → "RRGGBB", as WordprocessingML writes colours. Tag colours are user data: anything
 * else becomes a neutral grey rather than reaching an attribute.
 */
export const hex = (colour: string) => (/^#?[0-9a-fA-F]{6}$/.test(colour) ? colour.replace(/^#/, '').toUpperCase() : '888888');

export interface RunStyle {
  /** Right-to-left; by default when the text has Arabic letters. */
  rtl?: boolean;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  size?: number;
  colour?: string;
  /** Solid background colour (#rrggbb): how highlights and chips are painted. */
  fill?: string;
  /** Thick underline in this colour (#rrggbb): marks overlapping annotations. */
  underlineColour?: string;
  /** A thin box in this colour (#rrggbb) around a chip. */
  border?: string;
  /** A character style, e.g. "Hyperlink". */
  style?: string;
  /** A line break before the text. */
  breakBefore?: boolean;
}

/**
 * A run as WordprocessingML text. A corpus report has tens of thousands of runs; written as docx
 * components (a tree of a dozen objects per run, walked again to serialise, then zipped) 100
 * articles with 50 annotations took 4.6 s and 740 MB of heap, and as docx's plain XML objects still
 * peaked above 400 MB in the export worker. The elements are the ones docx's TextRun writes, in
 * the order the schema (CT_RPr) requires. Fonts and the article and table sizes come from styles
 * (document defaults, the article text and table text paragraph styles), not from each run.
 */
export function textRun(text: string, style: RunStyle = {}): string {
  const rtl = style.rtl ?? hasArabic(text);
  let props = '';
  if (style.style) props += `<w:rStyle w:val="${xmlAttr(style.style)}"/>`;
  if (style.bold) props += '<w:b/><w:bCs/>';
  if (style.italic) props += '<w:i/><w:iCs/>';
  if (style.strike) props += '<w:strike/>';
  if (style.colour) props += `<w:color w:val="${hex(style.colour)}"/>`;
  if (style.size) props += `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`;
  if (style.underlineColour) props += `<w:u w:val="thick" w:color="${hex(style.underlineColour)}"/>`;
  else if (style.underline) props += '<w:u w:val="single"/>';
  if (style.border) props += `<w:bdr w:val="single" w:color="${hex(style.border)}" w:sz="4" w:space="0"/>`;
  if (style.fill) props += `<w:shd w:fill="${hex(style.fill)}" w:color="auto" w:val="clear"/>`;
  if (rtl) props += '<w:rtl/>';
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${style.breakBefore ? '<w:br/>' : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

/** Runs for text that may hold line breaks: each further line starts with a break, not a "\n". */
export function textRuns(text: string, style: RunStyle = {}): string {
  const rtl = style.rtl ?? hasArabic(text);
  return text
    .split('\n')
    .map((line, i) => textRun(line, { ...style, rtl, breakBefore: i > 0 }))
    .join('');
}
