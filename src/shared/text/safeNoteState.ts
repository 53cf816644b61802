/**
 * A note's stored Lexical state made safe to load (issue 14). Notes arrive from other people's
 * files (a bundle, W3C), so the JSON can hold anything Lexical would render: a text node's `style`
 * becomes an inline style (a hostile one can cover or hide the app, or try to load a `url(...)`,
 * which the CSP then blocks), and a link node can carry a `javascript:` or `data:` URL or a
 * `target`. The editor only ever gives notes bold, italic, lists and http(s)/mailto links, so
 * everything else is dropped here before the editor sees it: styles are cleared, a link whose URL
 * is not http(s) or mailto is replaced by its text, and a link's target is removed.
 */

/** Only http(s) and mailto links: a note must never carry a javascript: URL into the app or an export. */
export const safeUrl = (url: string): string | null => (/^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : null);

type LexicalNode = Record<string, unknown> & { children?: unknown };

function cleanChildren(children: unknown[]): unknown[] {
  return children.flatMap((child): unknown[] => {
    if (!child || typeof child !== 'object') return [];
    const node = { ...(child as LexicalNode) };
    if (Array.isArray(node.children)) node.children = cleanChildren(node.children as unknown[]);
    if (typeof node.style === 'string') node.style = '';
    if (typeof node.textStyle === 'string') node.textStyle = '';
    if (node.type === 'link' || node.type === 'autolink') {
      const url = typeof node.url === 'string' ? safeUrl(node.url) : null;
      // Not a link the editor could have made: keep its words, drop the link.
      if (url === null) return Array.isArray(node.children) ? (node.children as unknown[]) : [];
      node.url = url;
      node.target = null;
    }
    return [node];
  });
}

/**
 * The note's JSON with styles cleared and unsafe links unwrapped; the same string when there is
 * nothing to change, and unchanged (for the editor to refuse as before) when it is not a Lexical state.
 */
export function safeNoteState(json: string): string {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return json;
  }
  const root = (state as { root?: LexicalNode } | null)?.root;
  if (!root || typeof root !== 'object' || !Array.isArray(root.children)) return json;
  const cleaned = JSON.stringify({ ...(state as object), root: { ...root, children: cleanChildren(root.children as unknown[]) } });
  return cleaned === JSON.stringify(state) ? json : cleaned;
}
