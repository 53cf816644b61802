/**
 * Text helpers of the W3C format: how a note's language is told, and how characters that change
 * what a reader sees without being seen themselves are written out.
 */
import { detectDirection, type TextDirection } from '../../arabic/direction';

/**
 * Bidirectional controls and marks (ALM, LRM, RLM, the embeddings and overrides U+202A–U+202E,
 * the isolates U+2066–U+2069). They stay in the data — they are part of what the analyst wrote
 * or the article says — but never as raw characters in the file: an RLO (U+202E) there would
 * reverse how the file itself displays in an editor or a terminal (the "Trojan Source" trick).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** The same, and the two line separators JavaScript source cannot hold inside a string. */
const JSON_INVISIBLES = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

const hex4 = (c: string) => c.charCodeAt(0).toString(16).padStart(4, '0');

/** HTML with every bidi control written as a character reference: the same text once parsed. */
export const escapeBidiInHtml = (html: string) => html.replace(BIDI_CONTROLS, (c) => `&#x${hex4(c)};`);

/**
 * JSON text with the bidi controls and line separators written as `\uXXXX` escapes. They can only
 * occur inside JSON strings, where the escape means the same character, so the file parses to the
 * same values.
 */
export const escapeInvisiblesInJson = (json: string) => json.replace(JSON_INVISIBLES, (c) => `\\u${hex4(c)}`);

/**
 * The language and direction of a piece of the analyst's writing. Isnad's analysts write in
 * Arabic or English (the app's two languages), so a text mostly in Arabic script is Arabic and
 * anything else is taken as English.
 */
export function languageOf(text: string): { language: 'ar' | 'en'; textDirection: TextDirection } {
  return detectDirection(text) === 'rtl' ? { language: 'ar', textDirection: 'rtl' } : { language: 'en', textDirection: 'ltr' };
}
