/** The plain text of a serialized Lexical note, for hover cards and lists (no editor needed). */
export function notePlainText(serialized: string | null, max = 200): string {
  if (!serialized) return '';
  try {
    const parts: string[] = [];
    const walk = (node: { text?: unknown; children?: unknown[]; type?: string }) => {
      if (typeof node.text === 'string') parts.push(node.text);
      for (const child of node.children ?? []) walk(child as typeof node);
      if (node.type === 'paragraph' || node.type === 'listitem') parts.push(' ');
    };
    walk((JSON.parse(serialized) as { root: object }).root);
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  } catch {
    return '';
  }
}
