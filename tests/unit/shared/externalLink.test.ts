import { describe, expect, it } from 'vitest';
import { checkExternalUrl, externalUrlSchema, MAX_EXTERNAL_URL_LENGTH } from '../../../src/shared/externalLink';

describe('checkExternalUrl', () => {
  it.each([
    ['https://www.wikidata.org/wiki/Q7747', 'https://www.wikidata.org/wiki/Q7747', 'www.wikidata.org'],
    ['http://example.org', 'http://example.org/', 'example.org'],
    // Normalised as a browser reads it: the scheme and host lower-cased, the port kept in the host.
    ['HTTPS://WWW.Wikidata.ORG:8443/wiki/Q1?x=1#y', 'https://www.wikidata.org:8443/wiki/Q1?x=1#y', 'www.wikidata.org:8443'],
    // An internationalised name is named in punycode: a lookalike of a Latin name cannot hide behind its letters.
    ['https://аpple.com/', 'https://xn--pple-43d.com/', 'xn--pple-43d.com'],
    ['https://ar.wikipedia.org/wiki/بوتين', 'https://ar.wikipedia.org/wiki/%D8%A8%D9%88%D8%AA%D9%8A%D9%86', 'ar.wikipedia.org'],
  ])('accepts %s as %s on host %s', (text, href, host) => {
    expect(checkExternalUrl(text)).toEqual({ ok: true, href, host });
    expect(externalUrlSchema.safeParse(text).success).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', 'scheme'],
    ['JavaScript:alert(1)', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['data:text/html,<script>alert(1)</script>', 'scheme'],
    ['blob:https://example.org/5e1c', 'scheme'],
    ['vbscript:msgbox', 'scheme'],
    ['ms-msdt:/id', 'scheme'],
    ['ms-msdt:/id PCWDiagnostic', 'not-a-url'],
    ['smb://attacker/share', 'scheme'],
    ['mailto:a@example.org', 'scheme'],
    ['ftp://example.org/', 'scheme'],
    // The host named before @ is not the host: credentials are refused outright.
    ['https://www.wikidata.org@evil.example/', 'credentials'],
    ['https://user:pass@example.org/', 'credentials'],
    ['https://:pass@example.org/', 'credentials'],
    ['www.wikidata.org/wiki/Q1', 'not-a-url'],
    ['/relative/path', 'not-a-url'],
    ['', 'not-a-url'],
    ['https://', 'not-a-url'],
    [' https://example.org/', 'not-a-url'],
    ['https://exa mple.org/', 'not-a-url'],
    ['https://example.org/\u0000', 'not-a-url'],
    ['https://example.org/\n', 'not-a-url'],
    ['java\tscript:alert(1)', 'not-a-url'],
    [`https://example.org/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`, 'too-long'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(checkExternalUrl(text)).toEqual({ ok: false, problem });
    expect(externalUrlSchema.safeParse(text).success).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 42, { href: 'https://example.org/' }, ['https://example.org/']]) expect(externalUrlSchema.safeParse(value).success).toBe(false);
  });
});
