/** Escaping for every place a report puts data: everything an analyst or a file supplied is data, never markup. */

/** Text and attribute values in HTML (the five characters that can end text or an attribute). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A CSS string literal. Everything but letters, digits, spaces and a few safe marks becomes a
 * hex escape, so neither a quote, a backslash, a newline nor `</style>` can end the string or
 * the style element it sits in.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{M}\p{N} .,:;_()\-–—،؛]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}
