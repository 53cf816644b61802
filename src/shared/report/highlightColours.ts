/**
 * The colours a segment is painted with in a report. Reports are paper, so a segment's fill is
 * its annotations' tag colours laid over white one after another (outermost first), computed to
 * one solid colour that prints the same everywhere; where annotations overlap, the innermost one
 * is also underlined in its own colour so both stay visible.
 */
const TINT = 0.3;

function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  const n = m ? parseInt(m[1]!, 16) : 0x999999;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toHex = (c: number[]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** A solid colour for the stack of tag colours (outermost first) tinted over white paper. */
export function layeredFill(colours: readonly string[]): string {
  let paper = [255, 255, 255];
  for (const colour of colours) {
    const c = rgb(colour);
    paper = paper.map((p, i) => p * (1 - TINT) + c[i]! * TINT);
  }
  return toHex(paper);
}

/** A tag colour as a valid #rrggbb (tag colours are analyst input: never pasted raw into styles). */
export function safeColour(hex: string): string {
  return toHex(rgb(hex));
}
