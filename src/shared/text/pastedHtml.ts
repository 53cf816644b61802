/**
 * HTML without its event-handler attributes (issue 14), for pasted HTML and HTML articles. A note
 * takes pasted HTML (copied from a web page, often full of `onclick`), and an HTML file is read for
 * its text; both are parsed with DOMParser, whose document is inert —
 * no handler ever runs — but Chromium still checks each `on…` attribute against the page's strict
 * CSP while parsing and reports a violation (a console error) for each one. Removing them from the
 * text first keeps a paste or an import quiet; anything this misses is still inert and still blocked.
 */

// Inside a tag (after `<` and before its `>`): a separator, an `on…` name, `=`, then a quoted or bare value.
const HANDLER = /(<[^<>]*?)[\s/"']on[a-z]+\s*=\s*(?:"[^"]*"?|'[^']*'?|[^\s>]*)/gi;
// The same name without a value (`<svg onload>`).
const BARE_HANDLER = /(<[^<>]*?)[\s/"']on[a-z]+(?=[\s/>])/gi;

// Elements whose content is text, never tags (RCDATA): a `<b onclick=…>` in a <title> is words of the title.
const TEXT_ONLY = /(<(title|textarea)\b[^>]*>[\s\S]*?<\/\2\s*>)/i;

export function withoutEventHandlers(html: string): string {
  // Split around text-only elements (odd parts, captured), which are kept exactly as written.
  const parts = html.split(TEXT_ONLY);
  if (parts.length > 1) return parts.map((part, i) => (i % 3 === 0 ? withoutHandlersInTags(part) : i % 3 === 1 ? part : '')).join('');
  return withoutHandlersInTags(html);
}

function withoutHandlersInTags(html: string): string {
  let previous: string;
  let cleaned = html;
  // Each pass takes out one attribute per tag; a tag with several needs more passes.
  do {
    previous = cleaned;
    cleaned = cleaned.replace(HANDLER, '$1 ').replace(BARE_HANDLER, '$1 ');
  } while (cleaned !== previous);
  return cleaned;
}
