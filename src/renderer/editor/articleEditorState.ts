import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';

/**
 * Fills the (empty) root with the article: one paragraph per line of the normalised text, so a
 * text offset maps to (line, column) by counting '\n' — the basis of every stored span.
 */
export function $fillWithArticle(text: string): void {
  const root = $getRoot();
  const paragraphs = text.split('\n').map((line) => {
    const paragraph = $createParagraphNode();
    if (line) paragraph.append($createTextNode(line));
    return paragraph;
  });
  root.append(...paragraphs);
}
