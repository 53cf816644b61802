import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { qdeAttr, qdeText } from '../../../src/shared/interchange/qdpx/xmlEscape';

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').documentElement!;

describe('project.qde escaping', () => {
  const value = 'a<b>&"c"\'d\te\nf\r\ng ‮مرحبا‬ ⁧x⁩ 😀 \u0000\u0001\u000b\uffff\ud800 end';
  // What XML 1.0 can hold of it: the forbidden controls, U+FFFF and the lone surrogate go; bidi controls stay.
  const kept = 'a<b>&"c"\'d\te\nf\r\ng ‮مرحبا‬ ⁧x⁩ 😀  end';

  it('an attribute value reads back as written, tabs and line ends included', () => {
    expect(parse(`<x a="${qdeAttr(value)}"/>`).getAttribute('a')).toBe(kept);
  });

  it('element text reads back as written, a carriage return included', () => {
    expect(parse(`<x>${qdeText(value)}</x>`).textContent).toBe(kept);
  });

  it('without the character references a parser would change them (why they are there)', () => {
    expect(parse('<x a="1\t2\n3"/>').getAttribute('a')).toBe('1 2 3');
    expect(parse('<x>1\r\n2</x>').textContent).toBe('1\n2');
  });
});
