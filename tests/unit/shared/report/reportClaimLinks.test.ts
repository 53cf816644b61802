/**
 * The claims table's links (issue 13), in both report formats: each claim's links as it reads them,
 * the other claim's words linked to its highlight when it is in the report, and its article's title
 * (escaped) when it is not. The DOCX is read back with `unzip` and @xmldom/xmldom, not the writer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../../../src/shared/report/reportDocument';
import { buildReportDocx } from '../../../../src/shared/report/reportDocx';
import { buildReportHtml } from '../../../../src/shared/report/reportHtml';
import type { ReportInput } from '../../../../src/shared/report/reportInput';
import { highlightTexts, htmlElements, textOf } from '../../../support/htmlReading';
import { HOSTILE, reportFixture } from '../../../support/reportFixture';

const OUTSIDE = 'ارتفع حجم التبادل التجاري إلى أكثر من 240 مليار دولار';

function withLinks(language: 'en' | 'ar'): { input: ReportInput; claimId: string; freeClaimId: string; freeExact: string } {
  const { input, roles } = reportFixture(language);
  const [first, second] = input.articles;
  const linked: ReportInput = {
    ...input,
    articles: [
      first!,
      {
        ...second!,
        claimLinks: [
          { claimId: roles.claim.id, kind: 'supports', outgoing: true, other: { id: roles.freeClaim.id, exact: roles.freeClaim.exact, articleTitle: 'same article' } },
          { claimId: roles.claim.id, kind: 'same', outgoing: false, other: { id: 'elsewhere', exact: OUTSIDE, articleTitle: `بوتين يختتم زيارة ${HOSTILE}` } },
          { claimId: roles.freeClaim.id, kind: 'supports', outgoing: false, other: { id: roles.claim.id, exact: roles.claim.exact, articleTitle: 'same article' } },
        ],
      },
    ],
  };
  return { input: linked, claimId: roles.claim.id, freeClaimId: roles.freeClaim.id, freeExact: roles.freeClaim.exact };
}

describe('the claims table’s links', () => {
  it('reads each link from its claim’s side and links to the other claim when it is in the report', () => {
    const { input } = withLinks('en');
    const doc = buildReportDocument(input);
    const [claim, free] = doc.articles[1]!.claims;
    expect(claim!.links.map((l) => [l.reading, l.text, l.ref])).toEqual([
      ['Supports', free!.annotation.exact, free!.annotation.ref],
      ['Same claim as', OUTSIDE, null],
    ]);
    expect(free!.links.map((l) => [l.reading, l.ref])).toEqual([['Supported by', claim!.annotation.ref]]);
    // An article whose claims have no links has no links column.
    expect(doc.articles[0]!.claims).toEqual([]);
    const ar = buildReportDocument(withLinks('ar').input);
    expect(ar.articles[1]!.claims[0]!.links.map((l) => l.reading)).toEqual(['يدعم', 'مطابق لـ']);
    expect(ar.articles[1]!.claims[1]!.links.map((l) => l.reading)).toEqual(['يدعمه']);
  });

  it('HTML: a Links column, the other claim’s words linked to its highlight, hostile titles as text', async () => {
    const { input, freeExact } = withLinks('en');
    const html = await buildReportHtml(input);
    const root = parse(html);
    const table = htmlElements(root).find((e) => e.tagName === 'table' && e.attrs.some((a) => a.value === 'claims'))!;
    const headings = htmlElements(table)
      .filter((e) => e.tagName === 'th')
      .map(textOf);
    expect(headings).toEqual(['No.', 'Claim', 'Claimant', 'Attribution', 'Status', 'Confidence', 'Links', 'Note']);
    const rows = htmlElements(table).filter((e) => e.tagName === 'tr');
    const linksCell = htmlElements(rows[1]!).filter((e) => e.tagName === 'td')[6]!;
    const lines = htmlElements(linksCell)
      .filter((e) => e.tagName === 'p')
      .map(textOf);
    expect(lines).toEqual(['Supports', freeExact, 'same article', 'Same claim as', OUTSIDE, `بوتين يختتم زيارة ${HOSTILE}`]);
    const anchor = htmlElements(linksCell).find((e) => e.tagName === 'a')!;
    const href = anchor.attrs.find((a) => a.name === 'href')!.value;
    expect(highlightTexts(root).get(href.slice(1))).toBe(freeExact);
    expect(html).not.toContain(`زيارة ${HOSTILE}`);
    expect(html).toContain('زيارة &#60;script&#62;');
  });

  it('DOCX: a Links column with the same lines, the other claim’s words a link to its bookmark', async () => {
    const { input, freeExact } = withLinks('en');
    const dir = mkdtempSync(join(tmpdir(), 'isnad-claim-links-'));
    const file = join(dir, 'report.docx');
    writeFileSync(file, await buildReportDocx(input));
    const xml = new DOMParser().parseFromString(execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }), 'text/xml');
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const all = (node: Element | Document, name: string) => Array.from((node as Element).getElementsByTagNameNS(W, name));
    const text = (node: Element) =>
      all(node, 't')
        .map((t) => t.textContent)
        .join('');
    const table = all(xml.documentElement!, 'tbl').find((tbl) => text(all(tbl, 'tr')[0]!).includes('Links'))!;
    expect(all(all(table, 'tr')[0]!, 'tc').map(text)).toEqual(['No.', 'Claim', 'Claimant', 'Attribution', 'Status', 'Confidence', 'Links', 'Note']);
    const cell = all(all(table, 'tr')[1]!, 'tc')[6]!;
    expect(all(cell, 'p').map(text)).toEqual(['Supports', freeExact, 'same article', 'Same claim as', OUTSIDE, `بوتين يختتم زيارة ${HOSTILE}`]);
    const link = all(cell, 'hyperlink')[0]!;
    expect(text(link)).toBe(freeExact);
    const bookmark = all(xml.documentElement!, 'bookmarkStart').find((b) => b.getAttributeNS(W, 'name') === link.getAttributeNS(W, 'anchor'));
    expect(bookmark).toBeDefined();
  });
});
