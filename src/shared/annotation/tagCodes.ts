/**
 * A short letter code per tag (P, O, Pl …), printed in the legend and the tables so a report read
 * in black and white still says which tag each row is. Codes come from the labels of the report's
 * language and are unique within the tag set.
 */
import { comparePaletteOrder, type TagDefinition } from './tagSet';

const letters = (label: string): string[] => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(label.replace(/[^\p{L}\p{N}]/gu, ''))].map((s) => s.segment);

export function tagCodes(tags: readonly TagDefinition[], labelOf: (tag: TagDefinition) => string): Map<string, string> {
  const codes = new Map<string, string>();
  const taken = new Set<string>();
  for (const tag of [...tags].sort(comparePaletteOrder)) {
    const chars = letters(labelOf(tag));
    const first = (chars[0] ?? '?').toLocaleUpperCase();
    let code = first;
    // Then the first letter with each later letter, then a number: always unique, always short.
    for (let i = 1; taken.has(code) && i < chars.length; i++) code = first + chars[i]!.toLocaleLowerCase();
    for (let n = 2; taken.has(code); n++) code = `${first}${n}`;
    taken.add(code);
    codes.set(tag.id, code);
  }
  return codes;
}
