import { writeFileSync } from 'node:fs';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../../../src/shared/report/reportDocument';
import { buildReportHtml } from '../../../../src/shared/report/reportHtml';
import { HOSTILE, reportFixture, reportFontsFromPackage } from '../../../support/reportFixture';
import { highlightTexts, htmlElements, textOf, type Element } from '../../../support/htmlReading';

const { input, roles } = reportFixture('en', reportFontsFromPackage());
const html = await buildReportHtml(input);

describe('buildReportHtml', () => {
  const root = parse(html);
  const all = htmlElements(root);
  if (process.env['ISNAD_REPORT_OUT']) writeFileSync(process.env['ISNAD_REPORT_OUT'], html);

  it('gives every annotation a highlight whose text equals its quote, nested and overlapping ones included', () => {
    const texts = highlightTexts(root);
    const article = input.articles[1]!;
    for (const annotation of article.annotations) {
      const ref = [...texts.keys()].find((k) => k.startsWith('a2-') && texts.get(k) === annotation.exact);
      expect(ref, `${annotation.id} "${annotation.exact}"`).toBeDefined();
    }
    expect(texts.size).toBe(input.articles[0]!.annotations.length + article.annotations.length);
  });

  it('keeps the article text exactly as stored, right-to-left, with no markers in it', () => {
    const bodies = all.filter((e) => e.attrs.some((a) => a.name === 'class' && a.value === 'article-text'));
    expect(bodies).toHaveLength(2);
    for (const [i, body] of bodies.entries()) {
      expect(body.attrs.find((a) => a.name === 'dir')?.value).toBe('rtl');
      const paragraphs = htmlElements(body)
        .filter((e) => e.tagName === 'p')
        .map(textOf);
      const lines = input.articles[i]!.text.split('\n').filter((l) => l.length > 0);
      expect(paragraphs).toEqual(lines);
    }
  });

  it('has no script, no event handler, no external URL but the note links, and a CSP that forbids requests', () => {
    expect(all.some((e) => e.tagName === 'script' || e.tagName === 'img' || e.tagName === 'iframe')).toBe(false);
    expect(all.some((e) => e.attrs.some((a) => a.name.startsWith('on')))).toBe(false);
    const urls = all.flatMap((e) => e.attrs.filter((a) => a.name === 'href' || a.name === 'src').map((a) => a.value));
    // The note's one safe link, in the article note and in the claim's note (claims and annotations tables),
    // and the one valid Wikidata item of the entities (the other entity's id is a script URL: no link).
    expect(urls.filter((u) => !u.startsWith('#'))).toEqual(['https://www.wikidata.org/wiki/Q7747', ...Array<string>(3).fill('https://example.org/source?a=1&b=2')]);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/url\((?!data:)/);
    const csp = all.find((e) => e.tagName === 'meta' && e.attrs.some((a) => a.value === 'Content-Security-Policy'));
    expect(csp?.attrs.find((a) => a.name === 'content')?.value).toContain("default-src 'none'");
  });

  it('shows hostile titles, file names, notes, names and tag labels as literal text', () => {
    const body = textOf(all.find((e) => e.tagName === 'body')!);
    expect(body).toContain(`${input.articles[1]!.article.title}`);
    expect(body).toContain(`${HOSTILE}.txt`);
    expect(body).toContain(`Event ${HOSTILE}`);
    expect(body).toContain('Rana & <b>Omar</b>');
    expect(body.split(HOSTILE).length).toBeGreaterThan(5);
  });

  it('embeds the Arabic font as data: URLs', () => {
    expect(html.match(/@font-face/g)).toHaveLength(2);
    expect(html).toContain('src:url(data:font/woff2;base64,');
  });

  it('lists claims with claimant, attribution, status, confidence and the note as rich text', () => {
    const claims = all.find((e) => e.tagName === 'table' && e.attrs.some((a) => a.value === 'claims'))!;
    const rows = htmlElements(claims)
      .filter((e) => e.tagName === 'tr')
      .slice(1);
    expect(rows).toHaveLength(2);
    const cells = htmlElements(rows[0]!)
      .filter((e) => e.tagName === 'td')
      .map(textOf);
    expect(cells[1]).toBe(roles.claim.exact);
    expect(cells[2]).toBe(roles.putin.exact);
    expect(cells.slice(3, 6)).toEqual(['said', 'disputed', '75%']);
    const noteCell = htmlElements(rows[0]!).filter((e) => e.tagName === 'td')[6]!;
    expect(htmlElements(noteCell).map((e) => e.tagName)).toEqual(expect.arrayContaining(['strong', 'em', 'ul', 'li', 'a']));
    // The claimant's cell links to the claimant's highlight.
    const link = htmlElements(rows[0]!).filter((e) => e.tagName === 'td')[2]!;
    const href = htmlElements(link)
      .find((e) => e.tagName === 'a')!
      .attrs.find((a) => a.name === 'href')!.value;
    expect(highlightTexts(root).get(href.slice(1))).toBe(roles.putin.exact);
    const free = htmlElements(rows[1]!)
      .filter((e) => e.tagName === 'td')
      .map(textOf);
    expect(free[2]).toBe(`مراقبون ${HOSTILE}`);
  });

  const tableRows = (className: string, index = 0) =>
    htmlElements(all.filter((e) => e.tagName === 'table' && e.attrs.some((a) => a.value === className))[index]!)
      .filter((e) => e.tagName === 'tr')
      .slice(1)
      .map((r) =>
        htmlElements(r)
          .filter((e) => e.tagName === 'td')
          .map(textOf),
      );

  it('lists an article’s entities by registry entity, and its unlinked mentions by their text, marked not linked', () => {
    expect(tableRows('entities', 0)).toEqual([['روسيا', 'Place', '2', '1 روسيا']]);
    expect(tableRows('entities', 1)).toEqual([
      ['فلاديمير بوتين', 'Person', '1', `3 ${roles.putin.exact}`],
      ['روسيا', 'Place', '1', '9 لروسيا'],
      ['المستقلة', 'Organisation (Not linked to an entity)', '1', '2 المستقلة'],
      [roles.xi.exact, 'Person (Not linked to an entity)', '1', `5 ${roles.xi.exact}`],
      ['بكين', 'Place (Not linked to an entity)', '1', '6 بكين'],
      [roles.overlapA.exact, `Event ${HOSTILE} (Not linked to an entity)`, '1', `7 ${roles.overlapA.exact}`],
    ]);
  });

  it('lists the registry entities of the whole report on the title page: names, type, aliases, Wikidata, mentions, articles', () => {
    expect(tableRows('registry')).toEqual([
      ['روسيا', 'Place', 'لروسيا', '', '3', '1 2'],
      ['فلاديمير بوتينVladimir Putin', 'Person', `بوتين, بوتين ${HOSTILE}`, 'Q7747', '1', '2'],
    ]);
    const registry = all.find((e) => e.tagName === 'table' && e.attrs.some((a) => a.value === 'registry'))!;
    const hrefs = htmlElements(registry).flatMap((e) => e.attrs.filter((a) => a.name === 'href').map((a) => a.value));
    // A Wikidata id that is not one (a script URL) is no link and no text.
    expect(hrefs).toEqual(['#article-1', '#article-2', 'https://www.wikidata.org/wiki/Q7747', '#article-2']);
    expect(textOf(all.find((e) => e.tagName === 'body')!)).toContain('Mentions not linked to an entity are grouped by their text.');
  });

  it('applies the tag and claim-status filters, and counts only what is shown', () => {
    const doc = buildReportDocument({ ...input, filters: { tagIds: ['claim'], claimStatus: 'disputed' } });
    expect(doc.articles.map((a) => a.annotations.map((x) => x.id))).toEqual([[], [roles.claim.id]]);
    expect(doc.counts.annotations).toBe(1);
    expect(doc.counts.claims).toBe(1);
    expect(doc.filters).toBe('tags: Claim; claim status: disputed');
    // The claimant is filtered out: named, but not linked to a highlight that is not there.
    expect(doc.articles[1]!.claims[0]!.claimant).toEqual({ kind: 'text', text: roles.putin.exact });
  });

  it('reports progress per article and stops when aborted', async () => {
    const seen: number[] = [];
    await buildReportHtml(input, { onArticle: (done) => seen.push(done) });
    expect(seen).toEqual([1, 2]);
    const abort = new AbortController();
    abort.abort();
    await expect(buildReportHtml(input, { signal: abort.signal })).rejects.toThrow();
  });

  it('speaks the interface language in headings and labels', async () => {
    const ar = await buildReportHtml(reportFixture('ar').input);
    const arRoot = parse(ar);
    const htmlEl = htmlElements(arRoot).find((e) => e.tagName === 'html')!;
    expect(htmlEl.attrs).toEqual(
      expect.arrayContaining([
        { name: 'lang', value: 'ar' },
        { name: 'dir', value: 'rtl' },
      ]),
    );
    expect(ar).toContain('تقرير المدوّنة');
    expect(ar).toContain('صاحب الادعاء');
    expect(ar).not.toContain('>Claimant<');
    // Counts and dates follow the interface language too (Latin digits in both, as in the app).
    expect(ar).toContain('<dd>مقالات مختارة (مقالتان)</dd>');
    expect(ar).toContain('<dd>23 نوفمبر 2026');
    const en = await buildReportHtml(reportFixture('en').input);
    expect(en).toContain('<dd>Selected articles (2 articles)</dd>');
    expect(en).toContain('<dd>23 November 2026');
  });

  it('puts the title into the page header as a CSS string that cannot end the style element', async () => {
    const hostile = await buildReportHtml({ ...input, title: `</style><script>alert(1)</script> "x" \\ ` });
    const styles = htmlElements(parse(hostile)).filter((e) => e.tagName === 'style');
    expect(styles).toHaveLength(1);
    expect(htmlElements(parse(hostile)).some((e) => e.tagName === 'script')).toBe(false);
    expect(textOf(styles[0]!)).toContain('@top-center{content:"\\3c \\2f style\\3e');
  });
});

export type { Element };
