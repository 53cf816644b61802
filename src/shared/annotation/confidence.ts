/**
 * Reads the confidence an analyst typed for a claim. Arabic keyboards type Arabic-Indic (٠–٩) or
 * Extended Arabic-Indic (۰–۹) digits, so both count as digits (٧٥ is 75); a value outside 0–100
 * or that is not a number is refused with its reason instead of being clamped or dropped.
 */
export type ConfidenceInput = { ok: true; value: number | null } | { ok: false; reason: 'not-a-number' | 'out-of-range' };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

function toAsciiNumber(input: string): string {
  return input
    .replace(/\p{Cf}/gu, '') // direction marks carried along by a paste
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, '.') // Arabic decimal separator
    .replace(/\u2212/g, '-') // minus sign
    .replace(/\s*[%\u066A]$/, '') // "75%", "٧٥٪": the scale is already percent
    .trim();
}

/** Parses the field's text: empty clears the confidence (null). */
export function parseConfidence(input: string): ConfidenceInput {
  const text = toAsciiNumber(input.trim());
  if (text === '') return { ok: true, value: null };
  if (!NUMBER.test(text)) return { ok: false, reason: 'not-a-number' };
  const value = Number(text);
  if (value < 0 || value > 100) return { ok: false, reason: 'out-of-range' };
  return { ok: true, value: value === 0 ? 0 : value }; // no -0
}

/** The text the field shows for a stored confidence. */
export function formatConfidence(value: number | null): string {
  return value === null ? '' : String(value);
}
