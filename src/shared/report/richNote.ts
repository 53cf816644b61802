/**
 * An analyst's note (serialized Lexical editor state) read into a small, safe rich-text tree that
 * every report format renders: paragraphs, headings, quotes, lists, bold/italic/underline/strike
 * runs, line breaks and links. Unknown node types keep their text; links keep only http(s) and
 * mailto targets, so a `javascript:` URL can never reach an export.
 */
export interface RichRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
}
export interface RichLink {
  kind: 'link';
  /** null when the stored URL was not http(s) or mailto: the text stays, the link goes. */
  url: string | null;
  children: RichInline[];
}
export interface RichBreak {
  kind: 'break';
}
export type RichInline = RichRun | RichLink | RichBreak;

export interface RichParagraph {
  kind: 'paragraph' | 'heading' | 'quote';
  children: RichInline[];
}
export interface RichList {
  kind: 'list';
  ordered: boolean;
  items: RichListItem[];
}
export interface RichListItem {
  children: RichInline[];
  /** Lists nested inside this item. */
  lists: RichList[];
}
export type RichBlock = RichParagraph | RichList;

/** Only http(s) and mailto links survive into an export. */
export function safeLinkUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
}

// Lexical's text format bits (lexical/LexicalConstants: IS_BOLD … IS_UNDERLINE).
const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const UNDERLINE = 8;

interface LexicalNode {
  type?: unknown;
  text?: unknown;
  format?: unknown;
  url?: unknown;
  listType?: unknown;
  tag?: unknown;
  children?: unknown;
}

const childrenOf = (node: LexicalNode): LexicalNode[] => (Array.isArray(node.children) ? node.children.filter((c): c is LexicalNode => typeof c === 'object' && c !== null) : []);

function inlines(nodes: LexicalNode[]): RichInline[] {
  const out: RichInline[] = [];
  for (const node of nodes) {
    if (typeof node.text === 'string') {
      const format = typeof node.format === 'number' ? node.format : 0;
      out.push({ kind: 'text', text: node.text, bold: (format & BOLD) !== 0, italic: (format & ITALIC) !== 0, underline: (format & UNDERLINE) !== 0, strikethrough: (format & STRIKETHROUGH) !== 0 });
    } else if (node.type === 'linebreak') out.push({ kind: 'break' });
    else if (node.type === 'link' || node.type === 'autolink') out.push({ kind: 'link', url: safeLinkUrl(node.url), children: inlines(childrenOf(node)) });
    else out.push(...inlines(childrenOf(node)));
  }
  return out;
}

function list(node: LexicalNode): RichList {
  const items: RichListItem[] = [];
  for (const item of childrenOf(node)) {
    const kids = childrenOf(item);
    const nested = kids.filter((k) => k.type === 'list').map(list);
    const own = inlines(kids.filter((k) => k.type !== 'list'));
    // Lexical keeps a nested list in an item of its own; fold it into the item before it.
    const previous = items[items.length - 1];
    if (own.length === 0 && nested.length > 0 && previous) previous.lists.push(...nested);
    else items.push({ children: own, lists: nested });
  }
  return { kind: 'list', ordered: node.listType === 'number', items };
}

function blocks(nodes: LexicalNode[]): RichBlock[] {
  const out: RichBlock[] = [];
  for (const node of nodes) {
    if (node.type === 'list') out.push(list(node));
    else if (node.type === 'heading') out.push({ kind: 'heading', children: inlines(childrenOf(node)) });
    else if (node.type === 'quote') out.push({ kind: 'quote', children: inlines(childrenOf(node)) });
    else out.push({ kind: 'paragraph', children: inlines(childrenOf(node)) });
  }
  return out;
}

const isBlank = (block: RichBlock): boolean => (block.kind === 'list' ? block.items.length === 0 : block.children.every((c) => c.kind === 'text' && c.text.trim() === ''));

/** The note's blocks, or null when there is no note, it is empty, or it cannot be read. */
export function parseRichNote(serialized: string | null | undefined): RichBlock[] | null {
  if (!serialized) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(serialized);
  } catch {
    // Not Lexical JSON (an older or imported plain-text note): keep it as plain paragraphs.
    return serialized.trim()
      ? serialized.split(/\n+/).map((line) => ({ kind: 'paragraph', children: [{ kind: 'text', text: line, bold: false, italic: false, underline: false, strikethrough: false }] }))
      : null;
  }
  const root = (parsed as { root?: LexicalNode } | null)?.root;
  if (!root || typeof root !== 'object') return null;
  const result = blocks(childrenOf(root)).filter((b) => !isBlank(b));
  return result.length > 0 ? result : null;
}

/** The plain text of inline content (for alt text, titles and plain formats). */
export function inlineText(children: readonly RichInline[]): string {
  return children.map((c) => (c.kind === 'text' ? c.text : c.kind === 'break' ? '\n' : inlineText(c.children))).join('');
}
