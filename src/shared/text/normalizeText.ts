/**
 * The canonical form of an article's text. Identity (SHA-256) and every stored offset are
 * computed on this form, so it must never change for text that is already normalised.
 */
export function normalizeArticleText(decoded: string): string {
  // Every leading U+FEFF, not only the first: a file with two BOMs kept one, and normalising that
  // text again (an export read back by another format's importer) removed it — another id, the
  // same article twice (fuzz case).
  let start = 0;
  while (decoded.charCodeAt(start) === 0xfeff) start++;
  const withoutBom = decoded.slice(start);
  return withoutBom.replace(/\r\n?/g, '\n');
}

/** The first non-empty line, trimmed and capped: what the library shows as the title. */
export function titleOf(text: string, fallback: string): string {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) return trimmed.length > 200 ? `${trimmed.slice(0, 199)}…` : trimmed;
  }
  return fallback;
}
