/** A note from someone else's file loses styles and unsafe links before the editor sees it (issue 14). */
import { describe, expect, it } from 'vitest';
import { safeNoteState, safeUrl } from '../../../../src/shared/text/safeNoteState';
import { HOSTILE_NOTE } from '../../../support/hostileCorpus';
import { lexicalNote } from '../../../support/interchange/interchangeFixture';

type Node = { type: string; text?: string; style?: string; textStyle?: string; url?: string; target?: string | null; children?: Node[] };
const nodes = (json: string): Node[] => {
  const out: Node[] = [];
  const walk = (n: Node) => {
    out.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  walk((JSON.parse(json) as { root: Node }).root);
  return out;
};

describe('safeNoteState', () => {
  it('clears styles, unwraps links that are not http(s) or mailto (their words kept), drops link targets', () => {
    const safe = nodes(safeNoteState(HOSTILE_NOTE));
    expect(safe.filter((n) => n.style || n.textStyle)).toEqual([]);
    const links = safe.filter((n) => n.type === 'link');
    expect(links.map((l) => l.url)).toEqual([`https://example.org/"><script>window.__hostile='href'</script>`]);
    expect(links.every((l) => l.target === null)).toBe(true);
    const words = safe.filter((n) => n.type === 'text').map((n) => n.text);
    expect(words).toEqual(expect.arrayContaining(['click me', 'mixed case', 'data link', 'breakout link']));
  });

  it('leaves a note the editor made as it is (the same string)', () => {
    const note = lexicalNote([
      ['نص ', { link: 'https://example.org', text: 'رابط' }],
      ['mailto:', { link: 'mailto:a@example.org', text: 'a' }],
    ]);
    expect(safeNoteState(note)).toBe(note);
  });

  it('leaves what is not a Lexical state for the editor to refuse as before', () => {
    for (const s of ['not json', '{}', '{"root":1}', 'null']) expect(safeNoteState(s)).toBe(s);
  });

  it('safeUrl: http(s) and mailto only, whatever the case or spaces', () => {
    expect(safeUrl(' https://a.example ')).toBe('https://a.example');
    expect(safeUrl('MAILTO:x@y')).toBe('MAILTO:x@y');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//evil.example']) expect(safeUrl(bad)).toBeNull();
  });
});
