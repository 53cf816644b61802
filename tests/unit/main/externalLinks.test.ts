import { describe, expect, it, vi } from 'vitest';
import type { MessageBoxOptions } from 'electron';
import { linkConfirmation, openExternalLink, type ExternalLinkDeps } from '../../../src/main/externalLinks';

function deps(response: number, language: 'en' | 'ar' = 'en') {
  const asked: MessageBoxOptions[] = [];
  const opened: string[] = [];
  const fake: ExternalLinkDeps = {
    showMessageBox: vi.fn(async (options: MessageBoxOptions) => {
      asked.push(options);
      return { response };
    }),
    openExternal: vi.fn(async (url: string) => void opened.push(url)),
    language: () => language,
  };
  return { fake, asked, opened };
}

const CANCEL = 0;
const OPEN = 1;

describe('openExternalLink', () => {
  it('names the exact host, and opens the parsed address only when the analyst chooses Open', async () => {
    const { fake, asked, opened } = deps(OPEN);
    expect(await openExternalLink(fake, 'https://www.wikidata.org/wiki/Q7747')).toBe('opened');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.message).toContain('\u2068www.wikidata.org\u2069');
    expect(asked[0]!.detail).toContain('https://www.wikidata.org/wiki/Q7747');
    expect(asked[0]!.buttons).toEqual(['Cancel', 'Open in browser']);
    expect(opened).toEqual(['https://www.wikidata.org/wiki/Q7747']);
  });

  it('opens nothing when the analyst cancels (Cancel, Escape or closing the box: the cancel id)', async () => {
    const { fake, opened } = deps(CANCEL);
    expect(await openExternalLink(fake, 'https://example.org/')).toBe('cancelled');
    expect(opened).toEqual([]);
  });

  it('makes Cancel the default and the cancel answer', () => {
    const box = linkConfirmation('en', 'https://example.org/', 'example.org');
    expect(box.defaultId).toBe(CANCEL);
    expect(box.cancelId).toBe(CANCEL);
    expect(box.buttons![OPEN]).toBe('Open in browser');
  });

  it('names the real host of a link that puts another before an @, and never asks about it (credentials are refused)', async () => {
    const { fake, asked, opened } = deps(OPEN);
    await expect(openExternalLink(fake, 'https://www.wikidata.org@evil.example/')).rejects.toThrow(/only web addresses/);
    expect(asked).toEqual([]);
    expect(opened).toEqual([]);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'ms-msdt:/id', 'smb://host/share', 'not a url'])(
    'refuses %s before asking, even if called past the schema',
    async (url) => {
      const { fake, asked, opened } = deps(OPEN);
      await expect(openExternalLink(fake, url)).rejects.toThrow('Isnad opens only web addresses (http or https) without a user name or password.');
      expect(asked).toEqual([]);
      expect(opened).toEqual([]);
    },
  );

  it('asks in Arabic when the interface is Arabic, the host isolated from the sentence', async () => {
    const { fake, asked } = deps(CANCEL, 'ar');
    await openExternalLink(fake, 'https://www.wikidata.org/wiki/Q7747');
    expect(asked[0]!.title).toBe('فتح رابط خارج إسناد');
    expect(asked[0]!.message).toContain('\u2068www.wikidata.org\u2069');
    expect(asked[0]!.buttons).toEqual(['إلغاء', 'فتح في المتصفح']);
  });

  it('passes a failure to open on as an error (the renderer says it)', async () => {
    const { fake } = deps(OPEN);
    fake.openExternal = vi.fn(async () => {
      throw new Error('no browser');
    });
    await expect(openExternalLink(fake, 'https://example.org/')).rejects.toThrow('no browser');
  });
});
