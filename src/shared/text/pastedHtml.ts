/**
 * Pasted HTML without its event-handler attributes (issue 14). A note takes pasted HTML (copied from
 * a web page, often full of `onclick`); Lexical reads it with DOMParser, whose document is inert —
 * no handler ever runs — but Chromium still checks each `on…` attribute against the page's strict
 * CSP while parsing and reports a violation (a console error) for each one. Removing them from the
 * text first keeps a paste quiet; anything this misses is still inert and still blocked.
 */

// Inside a tag (after `<` and before its `>`): a separator, an `on…` name, `=`, then a quoted or bare value.
const HANDLER = /(<[^<>]*?)[\s/"']on[a-z]+\s*=\s*(?:"[^"]*"?|'[^']*'?|[^\s>]*)/gi;
// The same name without a value (`<svg onload>`).
const BARE_HANDLER = /(<[^<>]*?)[\s/"']on[a-z]+(?=[\s/>])/gi;

export function withoutEventHandlers(html: string): string {
  let previous: string;
  let cleaned = html;
  // Each pass takes out one attribute per tag; a tag with several needs more passes.
  do {
    previous = cleaned;
    cleaned = cleaned.replace(HANDLER, '$1 ').replace(BARE_HANDLER, '$1 ');
  } while (cleaned !== previous);
  return cleaned;
}
