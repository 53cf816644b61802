/**
 * Maps a position in the built bundle back to its source file with the bundle's source map, so a
 * profile of the unminified build names src/renderer files. A minimal VLQ decoder (~30 lines)
 * rather than a dependency.
 */
import { readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((c, i) => [c, i]));

function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT[char];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

export function loadSourceMap(path) {
  const map = JSON.parse(readFileSync(path, 'utf8'));
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  for (const line of map.mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const text of line.split(',')) {
      if (!text) continue;
      const [dc, ds, dl] = decodeSegment(text);
      column += dc;
      if (ds !== undefined) {
        source += ds;
        sourceLine += dl;
        segments.push([column, source, sourceLine]);
      }
    }
    lines.push(segments);
  }
  /** The source file (and 1-based line) of a 0-based bundle position, or null. */
  return (line, column) => {
    const segments = lines[line];
    if (!segments || segments.length === 0) return null;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid][0] <= column) lo = mid;
      else hi = mid - 1;
    }
    const [, src, srcLine] = segments[lo];
    return { file: map.sources[src].replace(/^(\.\.\/)+/, ''), line: srcLine + 1 };
  };
}
