/**
 * The canonical form of an article's text. Identity (SHA-256) and every stored offset are
 * computed on this form, so it must never change for text that is already normalised.
 */
export function normalizeArticleText(decoded: string): string {
  const withoutBom = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
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
