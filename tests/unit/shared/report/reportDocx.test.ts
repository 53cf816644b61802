/**
 * The DOCX report, read back with tools that share nothing with the writer: the `unzip` command
 * takes the package apart and @xmldom/xmldom parses its XML. The input is the real sample corpus
 * with annotations placed at known words (nested, overlapping, across a line break, at a line's
 * very start and end), claims, rich notes and hostile strings.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultClaimFields, type AnnotationRecord, type ClaimFields } from '../../../../src/shared/annotation/annotation';
import { defaultTags } from '../../../../src/shared/annotation/tagSet';
import { translate } from '../../../../src/shared/i18n/translate';
import { layeredFill } from '../../../../src/shared/report/highlightColours';
import { buildReportDocument } from '../../../../src/shared/report/reportDocument';
import { bookmarkName, textRun, xmlSafe } from '../../../../src/shared/report/docxRuns';
import { ARTICLE_TEXT_STYLE } from '../../../../src/shared/report/docxArticle';
import { buildReportDocx } from '../../../../src/shared/report/reportDocx';
import type { ReportArticleInput, ReportInput } from '../../../../src/shared/report/reportInput';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const corpusDir = fileURLToPath(new URL('../../../../resources/corpus/', import.meta.url));
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

// ---- the input ----------------------------------------------------------------------------

const lexical = (...children: unknown[]) => JSON.stringify({ root: { type: 'root', children } });
const text = (t: string, format = 0) => ({ type: 'text', text: t, format });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
const list = (listType: 'bullet' | 'number', ...items: unknown[][]) => ({ type: 'list', listType, children: items.map((c) => ({ type: 'listitem', children: c })) });

const ARTICLE_NOTE = lexical(
  paragraph(text('Bold words', 1), text(' and '), text('italic words', 2), text(` ${SCRIPT}`)),
  list('bullet', [text('first point')], [text('second point')], [list('number', [text('nested one')], [text('nested two')])]),
  paragraph({ type: 'link', url: 'https://example.org/source?a=1&b=2', children: [text('the source')] }, text(' and '), { type: 'link', url: 'javascript:alert(1)', children: [text('a trap')] }),
  paragraph(text('ملاحظة عربية: '), text('موقف الكرملين', 1)),
  list('number', [text('النقطة الأولى')], [text('النقطة الثانية')], [list('bullet', [text('تفصيل')])]),
  paragraph(text('ab\u0001\uD800cd')),
);
const CLAIM_NOTE = lexical(paragraph(text('يحتاج إلى تحقق ', 0), text('مستقل', 1), text(` ${IMG}`)));

let seq = 0;
function annotate(a: { id: string; text: string }, tagId: string, exact: string, opts: { after?: string; offset?: number; claim?: Partial<ClaimFields>; note?: string } = {}): AnnotationRecord {
  const from = opts.after ? a.text.indexOf(opts.after) : 0;
  const found = a.text.indexOf(exact, from);
  if (from < 0 || found < 0) throw new Error(`not in ${a.id}: ${exact}`);
  const start = found + (opts.offset ?? 0);
  const end = found + exact.length;
  seq++;
  return {
    id: `n${String(seq).padStart(3, '0')}`,
    articleId: a.id,
    tagId,
    start,
    end,
    exact: a.text.slice(start, end),
    prefix: '',
    suffix: '',
    note: opts.note ?? null,
    claim: opts.claim ? { ...defaultClaimFields(), ...opts.claim } : null,
    createdAt: 1,
    updatedAt: 1,
    author: 'test',
  };
}

function corpusInput(language: 'en' | 'ar'): ReportInput {
  const articles: ReportArticleInput[] = files.map((file, i) => {
    const body = readFileSync(join(corpusDir, file), 'utf8');
    const a = { id: `art${i}`, text: body };
    let annotations: AnnotationRecord[];
    if (i === 0) {
      const melnikov = annotate(a, 'person', 'إيفان ميلنيكوف');
      annotations = [
        annotate(a, 'event', 'في زيارته الثانية'), // a line's very start
        annotate(a, 'datetime', 'في آذار الماضي.'), // a line's very end
        annotate(a, 'place', 'صيني', { after: 'العاصمة' }), // inside a word, both edges mid-word
        annotate(a, 'event', 'زيارة دولة تستغرق يومين'), // overlaps the next one on "يومين"
        annotate(a, 'datetime', 'يومين يلتقي خلالها'),
        annotate(a, 'event', 'شي جين بينغ.\nوبعد عودته'), // across a line break
        melnikov,
        annotate(a, 'claim', 'سيركزان على قضايا الأمن العالمي والإقليمي', {
          claim: { claimantAnnotationId: melnikov.id, attribution: 'according-to', status: 'supported', confidence: 80 },
          note: CLAIM_NOTE,
        }),
        annotate(a, 'claim', 'يدفع بوتين الرئيس شي لمزيد من الدعم', { claim: { claimantText: 'الدبلوماسيون والمحللون', attribution: 'reported', status: 'disputed' } }),
        annotate(a, 'quote', 'في بكين، يفهمون حقاً أسبابه الجذرية ومعناه الجيوسياسي العالمي'), // holds the next one
        annotate(a, 'place', 'بكين', { after: 'في بكين، يفهمون' }),
      ];
    } else {
      // The first بوتين of each article is linked to the registry entity; the second is not.
      annotations = [{ ...annotate(a, 'person', 'بوتين'), entityId: 'e-putin' }, annotate(a, 'place', 'الصين', { after: '\n' }), annotate(a, 'person', 'بوتين', { after: '\n' })];
    }
    const title = body.slice(0, body.indexOf('\n'));
    return {
      article: { id: a.id, title: i === 0 ? `${title} ${SCRIPT}` : title, fileName: i === 0 ? `${IMG}.txt` : file },
      text: body,
      annotations,
      articleNote: i === 0 ? ARTICLE_NOTE : null,
    };
  });
  const tags = defaultTags().map((t) => (t.id === 'event' ? { ...t, labelEn: `Event ${SCRIPT}`, labelAr: `حدث ${SCRIPT}` } : t));
  return {
    title: '',
    generatedAt: Date.UTC(2024, 4, 16, 9, 30),
    timeZone: 'UTC',
    analystName: 'Analyst & <Co> محلل',
    language,
    scope: 'corpus',
    filters: { tagIds: [], claimStatus: 'all' },
    tags,
    articles,
    entities: [{ id: 'e-putin', name: 'فلاديمير بوتين', latinName: 'Vladimir Putin', type: 'person', aliases: ['بوتين', `بوتين ${SCRIPT}`], wikidataId: 'Q7747' }],
  };
}

// ---- reading the package back --------------------------------------------------------------

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'isnad-docx-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Package {
  raw: string;
  xml: XmlDocument;
  part(path: string): string;
}

async function render(language: 'en' | 'ar', onArticle?: (done: number, total: number) => void): Promise<Package> {
  const bytes = await buildReportDocx(corpusInput(language), onArticle);
  // scripts/docxPreview.mjs names a folder to keep the files in, to look at them.
  const keep = process.env['ISNAD_DOCX_PREVIEW'];
  if (keep) mkdirSync(keep, { recursive: true });
  const file = join(keep ?? dir, `report-${language}.docx`);
  writeFileSync(file, bytes);
  const part = (path: string) => execFileSync('unzip', ['-p', file, path], { encoding: 'utf8' });
  const raw = part('word/document.xml');
  return { raw, xml: parse(raw), part };
}

function parse(xml: string): XmlDocument {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

const all = (node: XmlDocument | Element, name: string) => Array.from(node.getElementsByTagNameNS(W, name));
const child = (node: Element, name: string) => Array.from(node.childNodes).find((c): c is Element => c.nodeType === 1 && (c as Element).localName === name && (c as Element).namespaceURI === W);
const attr = (node: Element | undefined, name: string) => node?.getAttributeNS(W, name) ?? null;
const textOf = (node: Element | XmlDocument) =>
  all(node, 't')
    .map((t) => t.textContent ?? '')
    .join('');
/** Whether a paragraph is right-to-left: a w:bidi that is not switched off. */
const isBidi = (p: Element) => {
  const bidi = child(child(p, 'pPr') ?? p, 'bidi');
  return bidi !== undefined && !['0', 'false', 'off'].includes(attr(bidi, 'val') ?? '');
};
const styleOf = (p: Element) => attr(child(child(p, 'pPr') ?? p, 'pStyle'), 'val');
const articleParagraphs = (xml: XmlDocument) => all(xml, 'p').filter((p) => styleOf(p) === 'IsnadArticleText');

/** The text inside each bookmark (by name), walking the document in order; paragraph ends count as "\n". */
function bookmarkedText(xml: XmlDocument): Map<string, string> {
  const names = new Map<string, string>();
  const open = new Map<string, string[]>();
  const out = new Map<string, string>();
  const walk = (node: Element) => {
    if (node.namespaceURI === W && node.localName === 'bookmarkStart') {
      names.set(attr(node, 'id')!, attr(node, 'name')!);
      open.set(attr(node, 'id')!, []);
    } else if (node.namespaceURI === W && node.localName === 'bookmarkEnd') {
      const id = attr(node, 'id')!;
      out.set(names.get(id)!, open.get(id)!.join(''));
      open.delete(id);
    } else if (node.namespaceURI === W && node.localName === 't') for (const parts of open.values()) parts.push(node.textContent ?? '');
    for (const c of Array.from(node.childNodes)) if (c.nodeType === 1) walk(c as Element);
    if (node.namespaceURI === W && node.localName === 'p') for (const parts of open.values()) parts.push('\n');
  };
  walk(xml.documentElement!);
  return out;
}

const hexFill = (colour: string) => colour.slice(1).toUpperCase();

// ---- the tests -----------------------------------------------------------------------------

describe('xmlSafe and bookmarkName', () => {
  it('removes exactly the characters XML 1.0 cannot hold', () => {
    const bad = ['\u0000', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'];
    for (const c of bad) expect(xmlSafe(`a${c}b`), c.codePointAt(0)!.toString(16)).toBe('ab');
    expect(xmlSafe('\uDC00\uD800x')).toBe('x'); // a low then a high surrogate is no pair
    const good = 'tab\there\nline\r😀 بكين <&> \uFFFD';
    expect(xmlSafe(good)).toBe(good);
  });

  it('makes Word bookmark names of report refs', () => {
    expect(bookmarkName('a12-345')).toBe('a12_345');
    expect(bookmarkName('article-3')).toBe('article_3');
    expect(bookmarkName('9"<x>')).toBe('r9__x_');
    expect(bookmarkName('a'.repeat(60))).toHaveLength(40);
  });
});

describe('buildReportDocx', () => {
  let en: Package;
  let ar: Package;
  const progress: [number, number][] = [];
  beforeAll(async () => {
    en = await render('en', (done, total) => progress.push([done, total]));
    ar = await render('ar');
  }, 60_000);

  it('tells progress after each article', () => {
    expect(progress).toEqual([1, 2, 3, 4, 5].map((n) => [n, 5]));
  });

  it('holds every article line exactly, right-to-left, in an Arabic font, with no markers', () => {
    for (const pkg of [en, ar]) {
      const paragraphs = articleParagraphs(pkg.xml);
      const lines = files.flatMap((f) =>
        readFileSync(join(corpusDir, f), 'utf8')
          .split('\n')
          .filter((l) => l !== ''),
      );
      expect(paragraphs.map((p) => textOf(p))).toEqual(lines);
      for (const p of paragraphs) {
        expect(isBidi(p)).toBe(true);
        // The Arabic font and size come from the paragraph's style, so each run need not repeat them.
        expect(attr(child(child(p, 'pPr')!, 'pStyle'), 'val')).toBe(ARTICLE_TEXT_STYLE);
        for (const r of all(p, 'r')) expect(child(child(r, 'rPr')!, 'rtl')).toBeDefined();
      }
      const styles = parse(pkg.part('word/styles.xml'));
      const style = all(styles, 'style').find((s) => attr(s, 'styleId') === ARTICLE_TEXT_STYLE)!;
      const rPr = child(style, 'rPr')!;
      expect(attr(child(rPr, 'rFonts'), 'cs')).toBe('Noto Naskh Arabic');
      expect(attr(child(rPr, 'szCs'), 'val')).toBe('28');
      expect(child(rPr, 'rtl')).toBeDefined();
    }
  });

  it('paints each segment with its fill, and underlines overlaps in the innermost colour', () => {
    const doc = buildReportDocument(corpusInput('en'));
    const paragraphs = articleParagraphs(en.xml);
    const segments = doc.articles.flatMap((article) => article.paragraphs.flatMap((p) => p.segments.map((s) => ({ s, article }))));
    const runs = paragraphs.flatMap((p) => all(p, 'r'));
    expect(runs).toHaveLength(segments.length);
    runs.forEach((r, i) => {
      const { s, article } = segments[i]!;
      const rPr = child(r, 'rPr')!;
      expect(textOf(r)).toBe(s.text);
      expect(attr(child(rPr, 'shd'), 'fill')).toBe(s.covering.length > 0 ? hexFill(doc.fillOf(article, s.covering)) : null);
      const inner = s.covering.length > 1 ? article.byRef.get(s.covering[s.covering.length - 1]!)!.tag.colour : null;
      expect(attr(child(rPr, 'u'), 'color')).toBe(inner ? hexFill(inner) : null);
    });
    // The nested Place inside the Quote: both tints, underlined in the Place's green.
    const quote = '#332288';
    const place = '#66ccee';
    const nested = runs.find((r) => textOf(r) === 'بكين' && attr(child(child(r, 'rPr')!, 'u'), 'color') !== null)!;
    expect(attr(child(child(nested, 'rPr')!, 'shd'), 'fill')).toBe(hexFill(layeredFill([quote, place])));
    expect(attr(child(child(nested, 'rPr')!, 'u'), 'color')).toBe(hexFill(place));
    const quoteOnly = runs.find((r) => textOf(r).startsWith('، يفهمون'))!;
    expect(attr(child(child(quoteOnly, 'rPr')!, 'shd'), 'fill')).toBe(hexFill(layeredFill([quote])));
  });

  it('bookmarks each annotation over exactly its words, and links the tables to them', () => {
    const doc = buildReportDocument(corpusInput('en'));
    const marked = bookmarkedText(en.xml);
    const anchors = new Set(all(en.xml, 'hyperlink').map((h) => attr(h, 'anchor')));
    for (const article of doc.articles) {
      expect(marked.get(article.ref.replace('-', '_'))).toBe(article.title);
      // What the tables list: claims, their linked claimants, entities' first mentions, noted annotations.
      const listed = new Set([
        ...article.claims.flatMap((c) => [c.annotation.ref, ...(c.claimant?.kind === 'span' ? [c.claimant.ref] : [])]),
        ...article.entities.map((e) => e.first.ref),
        ...article.annotations.filter((a) => a.note).map((a) => a.ref),
      ]);
      expect(listed.size).toBeGreaterThan(0);
      for (const a of article.annotations) {
        const name = a.ref.replace('-', '_');
        expect(marked.get(name), a.ref).toBe(a.exact);
        expect(anchors.has(name), a.ref).toBe(listed.has(a.ref));
      }
    }
    expect(doc.articles[0]!.annotations.some((a) => a.exact.includes('\n'))).toBe(true);
    for (const name of marked.keys()) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
  });

  it('lists the report’s registry entities on the title page, each article number linked to its section', () => {
    const t = (key: Parameters<typeof translate>[1]) => translate('en', key);
    const headings = [t('report.entity'), t('report.entityType'), t('report.entityAliases'), t('report.entityWikidata'), t('report.mentions'), t('report.entityArticles')];
    const registry = all(en.xml, 'tbl').find((tbl) => textOf(all(tbl, 'tr')[0]!) === headings.join(''))!;
    const rows = all(registry, 'tr').slice(1);
    expect(rows).toHaveLength(1);
    const cells = all(rows[0]!, 'tc').map(textOf);
    expect(cells).toEqual(['فلاديمير بوتينVladimir Putin', 'Person', `بوتين, بوتين ${SCRIPT}`, 'Q7747', '4', '2 3 4 5']);
    expect(all(rows[0]!, 'hyperlink').map((h) => attr(h, 'anchor'))).toEqual(['article_2', 'article_3', 'article_4', 'article_5']);
    // Per article: the linked بوتين under the entity's name, the other one under its text, not linked.
    const perArticle = all(en.xml, 'tbl').filter((tbl) => textOf(all(tbl, 'tr')[0]!).startsWith(t('report.entity') + t('report.entityType') + t('report.mentions')));
    const second = all(perArticle[1]!, 'tr')
      .slice(1)
      .map((tr) => all(tr, 'tc').map(textOf).slice(0, 3));
    expect(second).toEqual(
      expect.arrayContaining([
        ['فلاديمير بوتين', 'Person', '1'],
        ['بوتين', 'Person (Not linked to an entity)', '1'],
      ]),
    );
  });

  it('lists claims with their claimant, attribution, status and confidence', () => {
    const t = (key: Parameters<typeof translate>[1]) => translate('en', key);
    const claims = all(en.xml, 'tbl').find(
      (tbl) =>
        textOf(all(tbl, 'tr')[0]!) === [t('report.number'), t('report.claim'), t('report.claimant'), t('report.attribution'), t('report.status'), t('report.confidence'), t('report.note')].join(''),
    )!;
    expect(claims).toBeDefined();
    const rows = all(claims, 'tr').map((tr) => all(tr, 'tc').map((tc) => textOf(tc)));
    const numbers = buildReportDocument(corpusInput('en')).articles[0]!.claims.map((c) => String(c.annotation.number));
    expect(rows.slice(1)).toEqual([
      [numbers[0], 'سيركزان على قضايا الأمن العالمي والإقليمي', 'إيفان ميلنيكوف', t('claim.attribution.according-to'), t('claim.status.supported'), '80%', `يحتاج إلى تحقق مستقل ${IMG}`],
      [numbers[1], 'يدفع بوتين الرئيس شي لمزيد من الدعم', 'الدبلوماسيون والمحللون', t('claim.attribution.reported'), t('claim.status.disputed'), t('report.none'), ''],
    ]);
    const header = all(claims, 'tr')[0]!;
    expect(child(child(header, 'trPr')!, 'tblHeader')).toBeDefined();
    for (const tr of all(claims, 'tr')) expect(child(child(tr, 'trPr')!, 'cantSplit')).toBeDefined();
    // The claimant cell links to the claimant's own highlight.
    const linked = all(claims, 'hyperlink').find((h) => textOf(h) === 'إيفان ميلنيكوف')!;
    expect(attr(linked, 'anchor')).toMatch(/^a1_\d+$/);
  });

  it('keeps hostile strings as literal text', () => {
    for (const pkg of [en, ar]) {
      const all = textOf(pkg.xml);
      expect(all).toContain(`${SCRIPT}`);
      expect(all).toContain(`${IMG}.txt`);
      expect(all).toContain('Analyst & <Co> محلل');
      expect(pkg.raw).not.toMatch(/<script|<img/i);
      expect(pkg.xml.getElementsByTagName('script')).toHaveLength(0);
      expect(pkg.xml.getElementsByTagName('img')).toHaveLength(0);
      // The characters XML cannot hold were taken out, the rest kept.
      expect(all).toContain('abcd');
      // eslint-disable-next-line no-control-regex -- no control character may reach the file
      expect(pkg.raw).not.toMatch(/[\u0000-\u0008]/);
    }
    expect(textOf(en.xml)).toContain(`Event ${SCRIPT}`);
    expect(textOf(ar.xml)).toContain(`حدث ${SCRIPT}`);
  });

  it('writes title, creator and language into the core properties', () => {
    for (const [pkg, language] of [
      [en, 'en'],
      [ar, 'ar'],
    ] as const) {
      const core = parse(pkg.part('docProps/core.xml'));
      const dc = (name: string) => core.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', name)[0]?.textContent;
      expect(dc('title')).toBe(translate(language, 'report.corpusTitle'));
      expect(dc('creator')).toBe('Analyst & <Co> محلل');
      expect(dc('language')).toBe(language);
    }
  });

  it('links only to http(s) and mailto targets', () => {
    const rels = parse(en.part('word/_rels/document.xml.rels'));
    const targets = Array.from(rels.getElementsByTagName('Relationship'))
      .filter((r) => r.getAttribute('Type')!.endsWith('/hyperlink'))
      .map((r) => r.getAttribute('Target'));
    expect(targets).toContain('https://example.org/source?a=1&b=2');
    expect(targets.filter((t) => !/^(https?:|mailto:)/.test(t!))).toEqual([]);
    expect(en.raw).not.toContain('javascript');
    expect(textOf(en.xml)).toContain('the source and a trap');
  });

  it('draws notes with bold, italic and lists on numbering', () => {
    const noteRuns = all(en.xml, 'r');
    const bold = noteRuns.find((r) => textOf(r) === 'Bold words')!;
    expect(child(child(bold, 'rPr')!, 'b')).toBeDefined();
    const italic = noteRuns.find((r) => textOf(r) === 'italic words')!;
    expect(child(child(italic, 'rPr')!, 'i')).toBeDefined();
    const listed = all(en.xml, 'p').filter((p) => child(child(p, 'pPr') ?? p, 'numPr'));
    const item = (words: string) => listed.find((p) => textOf(p) === words);
    expect(item('first point')).toBeDefined();
    const level = (p: Element | undefined) => attr(child(child(child(p!, 'pPr')!, 'numPr')!, 'ilvl'), 'val');
    expect(level(item('first point'))).toBe('0');
    expect(level(item('nested one'))).toBe('1');
    const numbering = en.part('word/numbering.xml');
    expect(numbering).toContain('w:val="bullet"');
    expect(numbering).toContain('w:val="decimal"');
    // An Arabic note paragraph is right-to-left; an English one is not.
    const arabicNote = all(en.xml, 'p').find((p) => textOf(p).startsWith('ملاحظة عربية'))!;
    expect(isBidi(arabicNote)).toBe(true);
    const englishNote = all(en.xml, 'p').find((p) => textOf(p).startsWith('Bold words'))!;
    expect(isBidi(englishNote)).toBe(false);
    expect(isBidi(item('النقطة الأولى')!)).toBe(true);
    expect(level(item('تفصيل'))).toBe('1');
    expect(isBidi(item('first point')!)).toBe(false);
  });

  it('puts every list on a numbering instance of its own kind, counting from 1', () => {
    const numbering = parse(en.part('word/numbering.xml'));
    const kindOf = new Map<string, string>(); // abstractNumId → numFmt of level 0
    for (const a of all(numbering, 'abstractNum')) kindOf.set(attr(a, 'abstractNumId')!, attr(child(child(a, 'lvl')!, 'numFmt'), 'val')!);
    const instances = new Map<string, { kind: string; restarts: boolean }>();
    for (const n of all(numbering, 'num')) {
      const override = child(n, 'lvlOverride');
      instances.set(attr(n, 'numId')!, { kind: kindOf.get(attr(child(n, 'abstractNumId'), 'val')!)!, restarts: attr(child(override!, 'startOverride'), 'val') === '1' });
    }
    const listed = all(en.xml, 'p').filter((p) => child(child(p, 'pPr') ?? p, 'numPr'));
    const numIdOf = (p: Element) => attr(child(child(child(p, 'pPr')!, 'numPr')!, 'numId'), 'val')!;
    const instanceOf = (words: string) => instances.get(numIdOf(listed.find((p) => textOf(p) === words)!));
    // The note's bullets, its nested numbered list, and the contents (numbered) each resolve.
    expect(instanceOf('first point')).toEqual({ kind: 'bullet', restarts: true });
    expect(instanceOf('nested one')).toEqual({ kind: 'decimal', restarts: true });
    expect(instanceOf('تفصيل')).toEqual({ kind: 'bullet', restarts: true });
    const contents = listed.filter((p) => child(p, 'hyperlink') && attr(child(p, 'hyperlink'), 'anchor')?.startsWith('article_'));
    expect(contents).toHaveLength(5);
    expect(instances.get(numIdOf(contents[0]!))).toEqual({ kind: 'decimal', restarts: true });
    // Two lists never share an instance (each counts from 1): one numId per list, not per item.
    expect(numIdOf(listed.find((p) => textOf(p) === 'first point')!)).toBe(numIdOf(listed.find((p) => textOf(p) === 'second point')!));
    expect(numIdOf(listed.find((p) => textOf(p) === 'first point')!)).not.toBe(numIdOf(listed.find((p) => textOf(p) === 'nested one')!));
    for (const p of listed) expect(instances.has(numIdOf(p)), textOf(p)).toBe(true);
  });

  it('resolves every external link to a hyperlink relationship', () => {
    const rels = parse(en.part('word/_rels/document.xml.rels'));
    const byId = new Map(Array.from(rels.getElementsByTagName('Relationship')).map((r) => [r.getAttribute('Id')!, r]));
    const external = all(en.xml, 'hyperlink').filter((h) => h.hasAttributeNS(R, 'id'));
    expect(external.length).toBeGreaterThan(0);
    for (const h of external) {
      const rel = byId.get(h.getAttributeNS(R, 'id')!)!;
      expect(rel.getAttribute('Type')).toMatch(/\/hyperlink$/);
      expect(rel.getAttribute('TargetMode')).toBe('External');
    }
    expect(external.map((h) => textOf(h))).toContain('the source');
  });

  it('writes only hex colours into run attributes, whatever colour it is given', () => {
    // The report document already normalises tag colours; runs do not rely on it.
    const hostile = '#fff" w:val="x"/><w:b/><x y="';
    const run = parse(`<w:p xmlns:w="${W}">${textRun('x', { fill: hostile, border: hostile, underlineColour: hostile, colour: hostile })}</w:p>`);
    const rPr = child(all(run, 'r')[0]!, 'rPr')!;
    expect(['shd', 'bdr', 'u', 'color'].map((name) => attr(child(rPr, name), name === 'shd' ? 'fill' : name === 'color' ? 'val' : 'color'))).toEqual(['888888', '888888', '888888', '888888']);
    expect(child(rPr, 'b')).toBeUndefined();
    expect(textRun('y', { fill: '#a1b2c3' })).toContain('w:fill="A1B2C3"');
  });

  it('lays tables and labels out in the report language', () => {
    const tables = (pkg: Package) => all(pkg.xml, 'tbl').map((tbl) => child(child(tbl, 'tblPr')!, 'bidiVisual'));
    expect(tables(ar).length).toBeGreaterThan(5);
    expect(tables(ar).every((b) => b !== undefined)).toBe(true);
    expect(tables(en).every((b) => b === undefined)).toBe(true);
    for (const key of ['report.claimant', 'report.entitiesTable', 'report.notesTable', 'report.counts', 'report.sourceFile'] as const) {
      expect(textOf(en.xml)).toContain(translate('en', key));
      expect(textOf(ar.xml)).toContain(translate('ar', key));
    }
    // Arabic labels sit in right-to-left paragraphs; English ones do not.
    const label = (pkg: Package, language: 'en' | 'ar') => all(pkg.xml, 'p').find((p) => textOf(p).startsWith(`${translate(language, 'report.sourceFile')}:`))!;
    expect(isBidi(label(ar, 'ar'))).toBe(true);
    expect(isBidi(label(en, 'en'))).toBe(false);
  });

  it('puts the title in the header, page numbers in the footer and each article on a new page', () => {
    const header = en.part('word/header1.xml');
    expect(textOf(parse(header))).toBe(translate('en', 'report.corpusTitle'));
    const footer = en.part('word/footer1.xml');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    const breaks = all(en.xml, 'p').filter((p) => child(child(p, 'pPr') ?? p, 'pageBreakBefore'));
    expect(breaks).toHaveLength(5);
    const sectPr = all(en.xml, 'sectPr')[0]!;
    expect(attr(child(sectPr, 'pgSz'), 'w')).toBe('11906');
    expect(attr(child(sectPr, 'pgMar'), 'top')).toBe('1134');
  });
});
