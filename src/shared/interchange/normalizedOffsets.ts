/**
 * Text from another tool may not be in Isnad's canonical form (a BOM, CRLF line ends); its
 * offsets count positions in the raw text. This normalises the text as the library does and maps
 * each raw offset to the normalised one, so an importer keeps every span on the same words.
 */
import { normalizeArticleText } from '../text/normalizeText';
import { lowerBound } from './codePoints';

export interface NormalizedText {
  text: string;
  /** The normalised UTF-16 offset of a raw UTF-16 offset. */
  fromRaw(offset: number): number;
}

export function normalizeWithOffsets(raw: string): NormalizedText {
  const text = normalizeArticleText(raw);
  if (text === raw) return { text, fromRaw: (offset) => offset };
  // Raw positions of every removed unit: the leading BOMs, and the \r of each \r\n.
  const removed: number[] = [];
  for (let i = 0; raw.charCodeAt(i) === 0xfeff; i++) removed.push(i);
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 13 && raw.charCodeAt(i + 1) === 10) removed.push(i);
  return {
    text,
    fromRaw: (offset) => offset - lowerBound(removed, offset),
  };
}
