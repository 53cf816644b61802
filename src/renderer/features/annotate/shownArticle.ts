/**
 * The article the reader is showing, as the annotation layer rendered it. Actions on the reader
 * (tag, resize, undo…) act on what the analyst sees, and reading it here instead of from
 * IndexedDB saves two reads of up to a megabyte per tag (bench: they ran inside the frame that
 * paints the new highlight). Set and cleared by the AnnotationLayer.
 */
export interface ShownArticle {
  id: string;
  text: string;
  author: string;
}

let shown: ShownArticle | null = null;

export function setShownArticle(article: ShownArticle | null): void {
  shown = article;
}

export function shownArticle(): ShownArticle | null {
  return shown;
}
