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

export function htmlToPlainText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|li|h[1-6]|blockquote|tr|pre)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);/g, decodeReference)
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
