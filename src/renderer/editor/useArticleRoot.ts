/**
 * The article's root element once Lexical has rendered its paragraphs into it (null until then), for
 * the layers that paint on the text: the annotation layer and the search hits. Lexical mounts the
 * root before the text is in it, so the root is taken only when it has children.
 */
import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';

export function useArticleRoot(editor: LexicalEditor): HTMLElement | null {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const found = () => {
      const element = editor.getRootElement();
      if (element && element.childElementCount > 0) setRoot(element);
    };
    found();
    return editor.registerUpdateListener(found);
  }, [editor]);
  return root;
}
