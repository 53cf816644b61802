/** Reading exported HTML back with parse5, an independent, spec-compliant parser. */
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

const childNodes = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []).concat(node.nodeName === 'template' ? [] : []);

/** Every element under `node`, in document order. */
export function htmlElements(node: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    for (const child of childNodes(n)) {
      if ('tagName' in child) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return childNodes(node).map(textOf).join('');
}

const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

/**
 * Each annotation's highlighted text, by its report ref: the text of every highlight segment that
 * names it, in document order, with a line break between segments in different paragraphs.
 */
export function highlightTexts(root: Node): Map<string, string> {
  const texts = new Map<string, string>();
  const lastParagraph = new Map<string, Element>();
  const walk = (n: Node, paragraph: Element | null) => {
    for (const child of childNodes(n)) {
      if (!('tagName' in child)) continue;
      const p = child.tagName === 'p' ? child : paragraph;
      const refs = attr(child, 'data-refs');
      if (refs) {
        for (const ref of refs.split(' ')) {
          const before = texts.get(ref);
          const joiner = before !== undefined && lastParagraph.get(ref) !== p ? '\n' : '';
          texts.set(ref, (before ?? '') + joiner + textOf(child));
          if (p) lastParagraph.set(ref, p);
        }
      } else walk(child, p);
    }
  };
  walk(root, null);
  return texts;
}
