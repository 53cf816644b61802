/** Event-handler attributes are taken out of pasted HTML before it is parsed (issue 14). */
import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { withoutEventHandlers } from '../../../../src/shared/text/pastedHtml';
import { htmlElements, textOf } from '../../../support/htmlReading';
import { PAYLOADS } from '../../../support/hostileCorpus';

const handlers = (html: string) => htmlElements(parse(html)).flatMap((e) => e.attrs.filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName}[${a.name}]`));

describe('withoutEventHandlers', () => {
  it('removes every on… attribute, quoted, bare, several to a tag, after a slash or a quote', () => {
    const html = `<p onclick="a()" class=x>Text <b ONMOUSEOVER='b()' onfocus=c() id=y>bold</b><svg/onload=d()><img src=x onerror="e()"onload="f()"><svg onload></svg> online = yes</p>`;
    const cleaned = withoutEventHandlers(html);
    expect(handlers(html).length).toBe(7);
    expect(handlers(cleaned)).toEqual([]);
    // What is not a handler stays: the other attributes, the words, "online" in the text.
    const els = htmlElements(parse(cleaned));
    expect(els.find((e) => e.tagName === 'p')!.attrs).toEqual([{ name: 'class', value: 'x' }]);
    expect(els.find((e) => e.tagName === 'b')!.attrs).toEqual([{ name: 'id', value: 'y' }]);
    expect(textOf(parse(cleaned))).toBe('Text bold online = yes');
  });

  it('takes the handlers out of every payload of the hostile corpus', () => {
    for (const payload of Object.values(PAYLOADS)) expect(handlers(withoutEventHandlers(payload))).toEqual([]);
  });

  it('leaves HTML without handlers as it is', () => {
    const html = '<p dir="rtl">نص <a href="https://example.org/?on=1">رابط</a> <i>online</i></p>';
    expect(withoutEventHandlers(html)).toBe(html);
  });
});

describe('withoutEventHandlers and text-only elements', () => {
  it('leaves the words of a <title> or <textarea> exactly as written, and cleans the tags around them', () => {
    const html = `<title>صفحة "'><img src=x onerror=a()></title><body onload=b()><textarea><b onclick=c()></textarea><TITLE>x onload=1</TITLE><p onclick=d()>p</p>`;
    const cleaned = withoutEventHandlers(html);
    expect(cleaned).toContain(`<title>صفحة "'><img src=x onerror=a()></title>`);
    expect(cleaned).toContain('<textarea><b onclick=c()></textarea>');
    expect(cleaned).toContain('<TITLE>x onload=1</TITLE>');
    expect(handlers(cleaned)).toEqual([]);
    expect(textOf(parse(cleaned))).toContain(`صفحة "'><img src=x onerror=a()>`);
  });
});
