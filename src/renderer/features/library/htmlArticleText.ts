/**
 * The text of an HTML article, read with the browser's own parser. DOMParser with 'text/html'
 * builds an inert document: it has no browsing context, so no script runs, no event handler fires
 * and no image, style sheet or frame is fetched. Only text nodes are read out of it, so no markup
 * reaches the library, the reader or the stored text.
 */
import type { HtmlArticle } from '../../../shared/text/intake';
import { withoutEventHandlers } from '../../../shared/text/pastedHtml';

// Never article text: code, styles, embedded documents and pictures, form controls, hidden parts.
const SKIPPED = 'script, style, template, noscript, iframe, frame, frameset, object, embed, svg, math, canvas, select, textarea, button, [hidden]';
// The article's paragraphs. A page that has none is read as a whole instead (see LINE_BREAKING).
const PARAGRAPHS = 'p, h1, h2, h3, h4, h5, h6, li';
// Where a new line begins when the whole body is read.
const LINE_BREAKING = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.toUpperCase().split(' '),
);

/** HTML's white space collapsed, as a browser shows it. */
const collapse = (text: string) => text.replace(/[ \t\n\f\r]+/g, ' ').trim();

/** The lines of text under `root`: a new one at every <br> and, with `atBlocks`, at every block element. */
function linesOf(root: Element, atBlocks: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const text = collapse(line);
    if (text) lines.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) line += child.nodeValue ?? '';
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      if (element.matches(SKIPPED)) continue;
      const breaks = element.tagName === 'BR' || (atBlocks && LINE_BREAKING.has(element.tagName));
      if (breaks) endLine();
      walk(element);
      if (breaks) endLine();
    }
  };
  walk(root);
  endLine();
  return lines;
}

/**
 * Title (the <title>, else the first <h1>) and paragraphs (<p>, headings, list items, in document
 * order, one a line), or null when the page has no text. The title leads the text unless it is
 * already one of its lines, so the reader shows what the library lists.
 */
export function htmlArticleText(html: string): HtmlArticle | null {
  // Event-handler attributes out first: the parse is inert, but Chromium reports each to the strict CSP
  // as a violation while parsing (a console error per attribute of a hostile page; issue 14).
  const doc = new DOMParser().parseFromString(withoutEventHandlers(html), 'text/html');
  const body = doc.body;
  if (!body) return null;
  const shown = (element: Element) => !element.closest(SKIPPED);
  // Outermost paragraphs only: a <p> inside an <li> is read with it, not twice.
  const paragraphs = Array.from(body.querySelectorAll(PARAGRAPHS)).filter((el) => shown(el) && !el.parentElement?.closest(PARAGRAPHS));
  const lines = paragraphs.length > 0 ? paragraphs.flatMap((el) => linesOf(el, false)) : linesOf(body, true);
  if (lines.length === 0) return null;
  const heading = Array.from(body.querySelectorAll('h1')).find(shown);
  const title = collapse(doc.title) || (heading ? linesOf(heading, false).join(' ') : '') || lines[0]!;
  if (!lines.includes(title)) lines.unshift(title);
  return { title, text: lines.join('\n') };
}
