import { decodeTextFile, MAX_FILE_BYTES, type RefusalReason, type TextEncodingName } from './decode';
import { normalizeArticleText, titleOf } from './normalizeText';
import { sha256Hex } from './hash';
import { detectDirection, type TextDirection } from '../arabic/direction';

/** A file as it arrives from any host: where it came from and (lazily) its bytes. */
export interface IncomingFile {
  /** File name without folders, shown to the analyst. */
  name: string;
  /** Path relative to what the analyst picked (or the absolute path in the desktop app); links versions. */
  sourceKey: string;
  size: number;
}

export interface IntakeAccepted {
  ok: true;
  id: string;
  text: string;
  title: string;
  encoding: TextEncodingName;
  direction: TextDirection;
}
export interface IntakeRefused {
  ok: false;
  /** `no-text`: an HTML file with no article text; `html-unsupported`: HTML where no reader for it was given. */
  reason: RefusalReason | 'unreadable' | 'no-text' | 'html-unsupported';
}

/** An HTML article's title and text (one paragraph a line), or null when it holds no text. */
export interface HtmlArticle {
  title: string;
  text: string;
}

/**
 * Reads an HTML document's article text. Injected by the caller because reading HTML safely needs
 * a browser's parser, and this module has no DOM (the renderer passes one built on DOMParser).
 */
export type HtmlToText = (html: string) => HtmlArticle | null;

export interface IntakeOptions {
  htmlToText?: HtmlToText;
}

const HTML_NAME = /\.(?:html?|xhtml)$/i;
const HTML_TAG = /^<(?:!doctype\s+html|html)[\s>]/i;
const SPACE = /\s/u;

/**
 * Whether a text begins as HTML does: a doctype or <html> first, after a BOM, spaces and comments
 * (a text article never starts so). Scanned, not one regular expression: the pattern
 * `(?:<!--[\s\S]*?-->\s*)*<html` backtracks exponentially on a text starting with many `<!---->`
 * and no <html> (40 of them froze the import for hours: fuzz case).
 */
function startsAsHtml(text: string): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const skipSpace = () => {
    while (i < text.length && SPACE.test(text[i]!)) i++;
  };
  skipSpace();
  while (text.startsWith('<!--', i)) {
    const end = text.indexOf('-->', i + 4);
    if (end < 0) return false;
    i = end + 3;
    skipSpace();
  }
  return HTML_TAG.test(text.slice(i, i + 32));
}

/** Whether a file is HTML: by its name (.html, .htm, .xhtml) or, whatever its name, by how its text begins. */
export function looksLikeHtml(name: string, text: string): boolean {
  return HTML_NAME.test(name) || startsAsHtml(text.slice(0, 4096));
}
export type IntakeResult = IntakeAccepted | IntakeRefused;

/** Whether a file can be refused on its size alone, before reading a byte of it. */
export function refuseBySize(size: number): IntakeRefused | null {
  if (size === 0) return { ok: false, reason: 'empty' };
  if (size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  return null;
}

/**
 * Decodes a file and makes it an article, or refuses it. HTML is never stored as markup: its text
 * is read out by `htmlToText`, and what is stored (and hashed for the article's identity) is that
 * text, exactly as the reader shows it.
 */
export async function intakeBytes(name: string, bytes: Uint8Array, options: IntakeOptions = {}): Promise<IntakeResult> {
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return decoded;
  let text = normalizeArticleText(decoded.text);
  let title: string | null = null;
  if (looksLikeHtml(name, text)) {
    if (!options.htmlToText) return { ok: false, reason: 'html-unsupported' };
    const article = options.htmlToText(text);
    if (!article) return { ok: false, reason: 'no-text' };
    text = normalizeArticleText(article.text);
    if (!/\S/u.test(text)) return { ok: false, reason: 'no-text' };
    title = article.title;
  }
  return {
    ok: true,
    id: await sha256Hex(text),
    text,
    title: titleOf(title ?? text, name),
    encoding: decoded.encoding,
    direction: detectDirection(text),
  };
}
