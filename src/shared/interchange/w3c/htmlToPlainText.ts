/**
 * The words of an HTML note from another tool (a W3C TextualBody in `text/html`), as plain text
 * lines. Shared code has no DOM parser, and Isnad keeps a foreign note as plain text anyway (it
 * becomes a Lexical state of paragraphs), so this only needs the text: block ends and `<br>`
 * become line breaks, every tag is dropped, character references are decoded. Nothing of the
 * markup survives, so nothing of it can run.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decodeReference(whole: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // Not a Unicode scalar value (a surrogate, past U+10FFFF, NUL): the replacement character, as HTML does.
    if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  }
  return NAMED[body.toLowerCase()] ?? whole;
}

/**
 * `html` without every `<!-- … -->`, found with indexOf: the lazy pattern `<!--[\s\S]*?-->`
 * rescans the rest of the text from each `<!--` that never closes (quadratic: fuzz case).
 */
function withoutComments(html: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    const close = open < 0 ? -1 : html.indexOf('-->', open + 4);
    if (close < 0) return out + html.slice(from);
    out += html.slice(from, open);
    from = close + 3;
  }
}

/**
 * `html` without its script and style elements, contents included, as
 * `replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')` would make it, in one pass: that
 * pattern rescanned the rest of the text from every `<script` with no closing tag after it
 * (quadratic: fuzz case). Here an opening tag ends at the next `>` (found once for all the
 * openings before it); once a kind has no closing tag after an opening one, it has none after any
 * later one either, and is not looked for again.
 */
function withoutScripts(html: string): string {
  const opening = /<(script|style)\b/gi;
  const unclosed = new Set<string>();
  let out = '';
  let from = 0;
  let gt = -1;
  for (let open = opening.exec(html); open; open = opening.exec(html)) {
    const kind = open[1]!.toLowerCase();
    if (unclosed.has(kind)) continue;
    if (gt < open.index) gt = html.indexOf('>', open.index);
    if (gt < 0) break; // no `>` after this opening: no element can start here or later
    const closing = kind === 'script' ? /<\/script\s*>/gi : /<\/style\s*>/gi;
    closing.lastIndex = gt + 1;
    const close = closing.exec(html);
    if (!close) {
      unclosed.add(kind);
      continue;
    }
    out += html.slice(from, open.index);
    from = closing.lastIndex;
    opening.lastIndex = from;
  }
  return out + html.slice(from);
}

/**
 * `html` without its tags, as `replace(/<[^>]*>/g, '')` would make it, in one pass: that
 * pattern took seconds on a few hundred thousand `<` (fuzz case). A `<` with no `>` after it is
 * text, and so is everything after it.
 */
function withoutTags(html: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = html.indexOf('<', from);
    const close = open < 0 ? -1 : html.indexOf('>', open + 1);
    if (close < 0) return out + html.slice(from);
    out += html.slice(from, open);
    from = close + 1;
  }
}

export function htmlToPlainText(html: string): string {
  const blocks = withoutComments(withoutScripts(html))
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|li|h[1-6]|blockquote|tr|pre)\s*>/gi, '\n');
  return withoutTags(blocks)
    .replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);/g, decodeReference)
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
