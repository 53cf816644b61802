/**
 * The one place where Isnad's offsets meet everyone else's. Isnad stores offsets in UTF-16 code
 * units (what JavaScript strings and the DOM count); every external format — the W3C model
 * (§4.2.4), brat, REFI-QDA, doccano, Python — counts Unicode code points. The two differ after
 * every character outside the Basic Multilingual Plane (an emoji is two units, one code point),
 * so a span exported without converting lands one place off per emoji before it (INCEpTION #1811).
 *
 * An `OffsetMap` is built once per text and converts both ways in O(log n) per offset: it lists
 * where the surrogate pairs are, and an offset moves by the number of pairs before it.
 */
export class OffsetMap {
  /** UTF-16 index of the high surrogate of every well-formed pair, ascending. */
  private readonly pairs: number[] = [];
  /** Length of the text in UTF-16 code units. */
  readonly units: number;
  /** Length of the text in code points (a lone surrogate counts as one, as in Python and JS iteration). */
  readonly codePoints: number;

  constructor(text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.pairs.push(i);
          i++;
        }
      }
    }
    this.units = text.length;
    this.codePoints = text.length - this.pairs.length;
  }

  /**
   * The code-point offset of a UTF-16 offset. An offset between the two halves of a pair (which
   * Isnad never stores: spans snap to graphemes) counts as the pair's start.
   */
  toCodePoints(units: number): number {
    if (!Number.isInteger(units) || units < 0 || units > this.units) throw new RangeError(`UTF-16 offset ${units} is outside the text (0–${this.units})`);
    // Pairs whose high surrogate lies before `units`; one that `units` splits still counts (its start).
    return units - lowerBound(this.pairs, units);
  }

  /** The UTF-16 offset of a code-point offset; RangeError when it is past the text or not a whole number. */
  toUnits(codePoints: number): number {
    if (!Number.isInteger(codePoints) || codePoints < 0 || codePoints > this.codePoints) throw new RangeError(`Code-point offset ${codePoints} is outside the text (0–${this.codePoints})`);
    // The k-th pair (0-based) starts at code point pairs[k] - k; every pair starting before moves us one unit on.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid]! - mid < codePoints) lo = mid + 1;
      else hi = mid;
    }
    return codePoints + lo;
  }

  /** Whether a code-point offset lies in the text (for importers that must refuse, not throw). */
  hasCodePoint(codePoints: number): boolean {
    return Number.isInteger(codePoints) && codePoints >= 0 && codePoints <= this.codePoints;
  }
}

/** How many entries of the ascending `sorted` are below `value` (also used by normalizedOffsets.ts). */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One conversion without keeping a map (tests, single spans). */
export const toCodePointOffset = (text: string, units: number) => new OffsetMap(text).toCodePoints(units);
export const toUtf16Offset = (text: string, codePoints: number) => new OffsetMap(text).toUnits(codePoints);
