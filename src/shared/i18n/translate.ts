/**
 * Fills a catalogue message. Messages are ICU MessageFormat (`{count, plural, one {…} other {…}}`,
 * `{n, number}`), read by intl-messageformat: plain JavaScript over `Intl`, no DOM and no React, so the
 * same `translate` serves the renderer, the report Web Worker, Electron main and Node.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { UiLanguage } from '../model';
import { catalogues, en, type MessageKey } from './messages';

/**
 * The locale of every number, date and plural the interface shows, one per interface language.
 * Arabic keeps Latin digits (`nu-latn`): most Arabic news read online (Al Jazeera, Al Arabiya, the Maghreb
 * press) prints them, and so does everything on screen that cannot follow the language — file names, the
 * 1–9 tag keys as printed on the keyboard, "UTF-8", "20 MB" — so one digit system is shown throughout
 * (search folds ٠–٩ to 0–9 anyway). It is spelled out because CLDR's default digits for plain `ar` have
 * changed between ICU versions. English dates are day-month-year, as in Arabic.
 */
export const UI_LOCALE = { en: 'en-GB', ar: 'ar-u-nu-latn' } as const satisfies Record<UiLanguage, string>;

export type MessageParams = Record<string, string | number>;

const formatters = new Map<string, IntlMessageFormat>();

/** The parsed message, parsed once per language and key (a library of 2,000 rows asks thousands of times). */
export function messageFormat(language: UiLanguage, key: MessageKey): IntlMessageFormat {
  const id = `${language}\u0000${key}`;
  let format = formatters.get(id);
  if (!format) {
    // ignoreTag: a message is text, so "< >" in it is shown, never read as markup.
    format = new IntlMessageFormat(catalogues[language][key] ?? en[key], UI_LOCALE[language], undefined, { ignoreTag: true });
    formatters.set(id, format);
  }
  return format;
}

/** The message for `key` in `language`, with its `{name}` arguments filled; counts pick their plural form. */
export function translate(language: UiLanguage, key: MessageKey, params: MessageParams = {}): string {
  try {
    return String(messageFormat(language, key).format(params));
  } catch {
    // A missing argument shows the message's source instead of taking the window down (a unit test
    // formats every message with its arguments, so this is a slip at a call site).
    return catalogues[language][key] ?? en[key];
  }
}

const numberFormats = new Map<UiLanguage, Intl.NumberFormat>();

/** A number as the interface language writes it (grouping, digits): 1,234 in both. */
export function formatNumber(language: UiLanguage, value: number): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(UI_LOCALE[language])));
  return format.format(value);
}
