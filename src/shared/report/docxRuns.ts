/**
 * The smallest pieces of the DOCX report: safe strings, runs and their direction. Every string
 * that goes into the document passes `xmlSafe` here, so one helper keeps Word from refusing a file.
 */
import type { IXmlableObject, ParagraphChild } from 'docx';
import { PlainRun } from './docxPlain';

/** Arabic letters go in the complex-script slot; Latin letters beside them keep a Latin face. */
export const ARABIC_FONT = 'Noto Naskh Arabic';
export const LATIN_FONT = 'Noto Sans';
export const FONTS = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: ARABIC_FONT, eastAsia: LATIN_FONT };

/** Sizes in half-points: body, tables, the article text (the HTML's 12, 10.5 and 14 pt). */
export const SIZE = { body: 23, table: 21, article: 28, small: 18 } as const;

// XML 1.0 forbids these; Word then refuses the whole file. Lone surrogates cannot be encoded either.
// eslint-disable-next-line no-control-regex -- the control characters are what is removed
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The string without the characters XML 1.0 cannot hold (docx escapes the rest). */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML, '');
}

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

/** "#rrggbb" → "RRGGBB", as WordprocessingML writes colours. */
export const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();

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

const val = (key: string, value: string | number) => ({ [key]: { _attr: { 'w:val': value } } });
const on = (key: string) => ({ [key]: {} });

/**
 * A run whose XML is written out once, here, instead of through docx's TextRun. A corpus report
 * has tens of thousands of runs; TextRun builds a tree of a dozen objects per run and docx then
 * walks it again to serialise, which made 100 articles with 50 annotations take 4.6 s and 740 MB
 * of heap. This writes the same elements TextRun would, in the order the schema (CT_RPr)
 * requires, as the plain object docx's serialiser takes.
 */
export function textRun(text: string, style: RunStyle = {}): ParagraphChild {
  const rtl = style.rtl ?? hasArabic(text);
  const props: IXmlableObject[] = [];
  if (style.style) props.push(val('w:rStyle', style.style));
  // Fonts and the article and table sizes come from styles (document defaults, the article text
  // and table text paragraph styles), not from each run: per-run copies doubled the run count's
  // cost in a corpus report.
  if (style.bold) props.push(on('w:b'), on('w:bCs'));
  if (style.italic) props.push(on('w:i'), on('w:iCs'));
  if (style.strike) props.push(on('w:strike'));
  if (style.colour) props.push(val('w:color', hex(style.colour)));
  if (style.size) props.push(val('w:sz', style.size), val('w:szCs', style.size));
  if (style.underlineColour) props.push({ 'w:u': { _attr: { 'w:val': 'thick', 'w:color': hex(style.underlineColour) } } });
  else if (style.underline) props.push(val('w:u', 'single'));
  if (style.border) props.push({ 'w:bdr': { _attr: { 'w:val': 'single', 'w:color': hex(style.border), 'w:sz': 4, 'w:space': 0 } } });
  if (style.fill) props.push({ 'w:shd': { _attr: { 'w:fill': hex(style.fill), 'w:color': 'auto', 'w:val': 'clear' } } });
  if (rtl) props.push(on('w:rtl'));
  const content: IXmlableObject[] = [];
  if (props.length > 0) content.push({ 'w:rPr': props });
  if (style.breakBefore) content.push(on('w:br'));
  content.push({ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, xmlSafe(text)] });
  return new PlainRun({ 'w:r': content }) as unknown as ParagraphChild;
}

/** Runs for text that may hold line breaks: each further line starts with a break, not a "\n". */
export function textRuns(text: string, style: RunStyle = {}): ParagraphChild[] {
  const rtl = style.rtl ?? hasArabic(text);
  return text.split('\n').map((line, i) => textRun(line, { ...style, rtl, breakBefore: i > 0 }));
}
