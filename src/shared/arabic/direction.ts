export type TextDirection = 'rtl' | 'ltr';

// Strong right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Arabic presentation forms.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;

/**
 * The base direction of a whole text, from the scripts of its letters (not from the first
 * strong character, which is often a Latin agency name at the top of an Arabic article).
 */
export function detectDirection(text: string, sample = 4000): TextDirection {
  let rtl = 0;
  let ltr = 0;
  const head = text.length > sample ? text.slice(0, sample) : text;
  for (const ch of head) {
    if (RTL.test(ch)) rtl++;
    else if (LTR.test(ch)) ltr++;
  }
  return rtl > ltr ? 'rtl' : 'ltr';
}
