/**
 * Which links Isnad may hand to the outside world (issue 14, "external links open only after
 * confirmation, and only http(s)"). One pure check, used by the renderer before it asks, by the
 * contract's request schema (so main refuses anything else before its handler runs) and by main
 * again when it names the host in its confirmation. A link is read with the WHATWG URL parser, as
 * the browser or the operating system would read it, never by string prefix: `https://a.org@evil`
 * names the host `evil`, and a parsed URL says so.
 */
import * as z from 'zod/mini';

/** Longer than any link an analyst pastes (browsers accept ~2 MB; the operating system's handlers far less). */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

export type ExternalLinkProblem = 'not-a-url' | 'scheme' | 'credentials' | 'no-host' | 'too-long';

export type ExternalLinkCheck =
  | { ok: true; /** The parsed, normalised address: what is opened. */ href: string; /** Host and port as the parser reads them (IDN in punycode): what the confirmation names. */ host: string }
  | { ok: false; problem: ExternalLinkProblem };

/**
 * An http(s) address with a host and no user name or password; anything else — `javascript:`,
 * `file:`, `data:`, `blob:`, a custom scheme that launches another program — is refused.
 * Control characters and spaces inside the text are refused too (the parser would silently drop or
 * encode some of them, so what the analyst saw would not be what is opened).
 */
export function checkExternalUrl(text: string): ExternalLinkCheck {
  if (text.length > MAX_EXTERNAL_URL_LENGTH) return { ok: false, problem: 'too-long' };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u0020\u007f-\u009f]/.test(text)) return { ok: false, problem: 'not-a-url' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (url.hostname === '') return { ok: false, problem: 'no-host' };
  return { ok: true, href: url.href, host: url.host };
}

/** The argument of the `openExternal` host call: a string `checkExternalUrl` accepts. */
export const externalUrlSchema = z.string().check(z.refine((text) => checkExternalUrl(text).ok, 'an http(s) address without a user name or password'));

/** What became of a link: opened (handed to the browser) or the analyst said no. */
export const linkOutcomeSchema = z.enum(['opened', 'cancelled']);
export type LinkOutcome = z.output<typeof linkOutcomeSchema>;
