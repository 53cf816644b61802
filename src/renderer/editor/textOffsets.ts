/**
 * Maps between DOM positions in the article view and offsets in the article's normalised text.
 * The view is one <p> per line, each holding at most one Lexical text <span>, so an offset is
 * (line start + column) and the mapping needs no walk over the whole document.
 */
export class TextOffsets {
  /** lineStarts[i] is the offset of line i's first character. */
  readonly lineStarts: number[];

  constructor(
    private readonly root: HTMLElement,
    readonly text: string,
  ) {
    this.lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private paragraph(line: number): Element | null {
    return this.root.children[line] ?? null;
  }

  private textNode(line: number): Text | null {
    const node = this.paragraph(line)?.querySelector('[data-lexical-text]')?.firstChild;
    return node instanceof Text ? node : null;
  }

  /** The DOM point for a text offset (a line's empty paragraph maps to the paragraph itself). */
  pointAt(offset: number): { node: Node; offset: number } | null {
    const line = this.lineOf(offset);
    const column = offset - this.lineStarts[line]!;
    const node = this.textNode(line);
    if (node) return { node, offset: Math.min(column, node.length) };
    const paragraph = this.paragraph(line);
    return paragraph ? { node: paragraph, offset: 0 } : null;
  }

  rangeFor(start: number, end: number): Range | null {
    const a = this.pointAt(start);
    const b = this.pointAt(end);
    if (!a || !b) return null;
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  /** The text offset of a DOM point inside the article, or null when it lies outside. */
  offsetOf(node: Node, offset: number): number | null {
    if (!this.root.contains(node)) return null;
    if (node === this.root) {
      const line = Math.min(offset, this.lineStarts.length);
      return line >= this.lineStarts.length ? this.text.length : this.lineStarts[line]!;
    }
    let paragraph: Node | null = node;
    while (paragraph && paragraph.parentNode !== this.root) paragraph = paragraph.parentNode;
    if (!paragraph) return null;
    const line = Array.prototype.indexOf.call(this.root.children, paragraph);
    if (line < 0) return null;
    const lineStart = this.lineStarts[line]!;
    const lineLength = (this.lineStarts[line + 1] ?? this.text.length + 1) - 1 - lineStart;
    if (node instanceof Text) return lineStart + Math.min(offset, node.length);
    // An element boundary: before its first child is the line start, after the last is the line end.
    return lineStart + (offset === 0 ? 0 : lineLength);
  }

  /**
   * Where the current DOM selection starts (`anchor`) and ends (`focus`) in the text, if it starts
   * in the article and is not collapsed. A mouse selection can end outside the text (in the
   * margin, on a resize handle, on another part of the window): then `pointer`, where the mouse
   * was let go, says where it ends, and `focusFromPointer` is set.
   */
  selectionEnds(selection: Selection | null, pointer?: { x: number; y: number }): { anchor: number; focus: number; focusFromPointer: boolean } | null {
    if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return null;
    const anchor = this.offsetOf(selection.anchorNode, selection.anchorOffset);
    const focus = this.offsetOf(selection.focusNode, selection.focusOffset);
    const nearPointer = focus === null && pointer ? this.offsetNearPoint(pointer.x, pointer.y) : null;
    const end = focus ?? nearPointer;
    if (anchor === null || end === null || anchor === end) return null;
    return { anchor, focus: end, focusFromPointer: focus === null };
  }

  /** The on-screen box of the reader's scroll view, where the visible part of the article is. */
  viewRect(): DOMRect | null {
    return this.root.closest('.reader-scroll')?.getBoundingClientRect() ?? null;
  }

  /** The text offset under a screen point (for clicks on highlights). */
  offsetAtPoint(x: number, y: number): number | null {
    const doc = this.root.ownerDocument as Document & {
      caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    };
    const position = doc.caretPositionFromPoint?.(x, y);
    if (position) return this.offsetOf(position.offsetNode, position.offset);
    const range = doc.caretRangeFromPoint?.(x, y);
    return range ? this.offsetOf(range.startContainer, range.startOffset) : null;
  }

  /**
   * The text offset nearest a screen point that may lie outside the text: the point is first
   * brought inside the article's column and the part of it on screen, so a point in the margin
   * beside a line finds that line's end (or start), and one below the reader the last line shown.
   */
  offsetNearPoint(x: number, y: number): number | null {
    const column = this.root.getBoundingClientRect();
    const view = this.viewRect();
    const top = Math.max(column.top, view?.top ?? -Infinity);
    const bottom = Math.min(column.bottom, view?.bottom ?? Infinity);
    const inside = (value: number, low: number, high: number) => Math.min(Math.max(value, low + 1), high - 1);
    return this.offsetAtPoint(inside(x, column.left, column.right), inside(y, top, bottom));
  }
}
