/**
 * The report as one self-contained HTML file: styles inline, the Arabic font embedded as data:
 * URLs, no script, and a Content-Security-Policy that forbids any request, so it opens offline in
 * any browser and can never run anything. The same file is what PDF printing renders.
 *
 * Highlights wrap segments in spans styled with background colour (and, where annotations
 * overlap, an underline): neither changes glyph widths, so Arabic letters stay joined across a
 * highlight's edge (docs/architecture.md, "Why highlights are painted as they are"). The article text carries no markers, so
 * it copies clean; the tables link to the highlights instead.
 */
import { wikidataUrl } from '../entity/entity';
import { cssString, escapeHtml } from './escape';
import { buildReportDocument, type ClaimLinkRow, type LegendEntry, type ReportAnnotation, type ReportArticle, type ReportDocument } from './reportDocument';
import type { ReportInput } from './reportInput';
import type { RichBlock, RichInline, RichList } from './richNote';
import { reportStyles } from './reportStyles';

const h = escapeHtml;

function inline(children: readonly RichInline[]): string {
  return children
    .map((c) => {
      if (c.kind === 'break') return '<br>';
      if (c.kind === 'link') return c.url ? `<a href="${h(c.url)}">${inline(c.children)}</a>` : inline(c.children);
      let out = h(c.text);
      if (c.bold) out = `<strong>${out}</strong>`;
      if (c.italic) out = `<em>${out}</em>`;
      if (c.underline) out = `<u>${out}</u>`;
      if (c.strikethrough) out = `<s>${out}</s>`;
      return out;
    })
    .join('');
}

function list(block: RichList): string {
  const tag = block.ordered ? 'ol' : 'ul';
  return `<${tag} dir="auto">${block.items.map((item) => `<li>${inline(item.children)}${item.lists.map(list).join('')}</li>`).join('')}</${tag}>`;
}

/** An analyst's note as rich text; each paragraph takes its direction from its own words. */
export function noteHtml(blocks: readonly RichBlock[] | null): string {
  if (!blocks) return '';
  return `<div class="note">${blocks
    .map((b) =>
      b.kind === 'list'
        ? list(b)
        : b.kind === 'heading'
          ? `<p dir="auto" class="note-heading"><strong>${inline(b.children)}</strong></p>`
          : b.kind === 'quote'
            ? `<blockquote dir="auto">${inline(b.children)}</blockquote>`
            : `<p dir="auto">${inline(b.children)}</p>`,
    )
    .join('')}</div>`;
}

const chip = (entry: LegendEntry) => `<span class="chip" style="background-color:${entry.fill};border-color:${entry.colour}"><b>${h(entry.code)}</b> ${h(entry.label)}</span>`;

function articleText(doc: ReportDocument, article: ReportArticle): string {
  const paragraphs = article.paragraphs.map((p) => {
    const parts = p.segments.map((s) => {
      if (s.covering.length === 0) return h(s.text);
      const inner = article.byRef.get(s.covering[s.covering.length - 1]!);
      const underline = s.covering.length > 1 && inner ? `;text-decoration:underline 0.12em ${inner.tag.colour};text-underline-offset:0.3em;text-decoration-skip-ink:none` : '';
      const [first, ...more] = s.starting;
      let out = `<span class="hl"${first ? ` id="${first}"` : ''} data-refs="${s.covering.join(' ')}" style="background-color:${doc.fillOf(article, s.covering)}${underline}">${h(s.text)}</span>`;
      // Further annotations starting here get an anchor of their own: an unstyled wrapper, no text.
      for (const ref of more) out = `<span id="${ref}">${out}</span>`;
      return out;
    });
    return `<p>${parts.join('')}</p>`;
  });
  return `<div class="article-text" dir="rtl">${paragraphs.join('\n')}</div>`;
}

const quoteLink = (a: ReportAnnotation) => `<a href="#${a.ref}" class="quote" dir="rtl">${h(a.exact)}</a>`;
const numberLink = (a: ReportAnnotation) => `<a href="#${a.ref}">${a.number}</a>`;
const tagCell = (a: ReportAnnotation) => `<span class="code" style="background-color:${a.tag.fill};border-color:${a.tag.colour}">${h(a.tag.code)}</span> ${h(a.tag.label)}`;

/**
 * A claim's links: for each, how it reads (in the report's language), then the other claim's words
 * (linked to its highlight when it is in the report) and its article's title, each a line of its
 * own, so the Arabic lines never wrap around a Latin word or a bracket.
 */
function claimLinksHtml(links: readonly ClaimLinkRow[], none: string): string {
  if (links.length === 0) return h(none);
  return links
    .map((link) => {
      const words = `<p dir="rtl">${link.ref ? `<a href="#${link.ref}" class="quote">${h(link.text)}</a>` : h(link.text)}</p>`;
      return `<div class="claim-link"><p class="claim-link-reading">${h(link.reading)}</p>${words}<p class="claim-link-article" dir="auto">${h(link.article)}</p></div>`;
    })
    .join('');
}

function table(caption: string, headings: string[], rows: string[][], className: string): string {
  if (rows.length === 0) return '';
  return `${caption ? `<h3>${h(caption)}</h3>` : ''}<table class="${className}"><thead><tr>${headings.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function articleSection(doc: ReportDocument, article: ReportArticle): string {
  const t = doc.t;
  const used = doc.legend.filter((entry) => article.annotations.some((a) => a.tag.tagId === entry.tagId));
  // The links column only where the article's claims have links (issue 13).
  const linked = article.claims.some((c) => c.links.length > 0);
  const claims = table(
    t('report.claimsTable'),
    [t('report.number'), t('report.claim'), t('report.claimant'), t('report.attribution'), t('report.status'), t('report.confidence'), ...(linked ? [t('report.links')] : []), t('report.note')],
    article.claims.map((c) => [
      numberLink(c.annotation),
      quoteLink(c.annotation),
      c.claimant?.kind === 'span' ? `<a href="#${c.claimant.ref}" dir="rtl">${h(c.claimant.text)}</a>` : c.claimant ? `<span dir="auto">${h(c.claimant.text)}</span>` : h(t('report.none')),
      h(c.attribution),
      h(c.status),
      h(c.confidence),
      ...(linked ? [claimLinksHtml(c.links, t('report.none'))] : []),
      noteHtml(c.annotation.note),
    ]),
    'claims',
  );
  const entities = table(
    t('report.entitiesTable'),
    [t('report.entity'), t('report.entityType'), t('report.mentions'), t('report.firstMention')],
    article.entities.map((e) => [
      `<span dir="rtl">${h(e.name)}</span>`,
      e.linked ? h(e.tags) : `<span class="not-linked">${h(e.tags)}</span>`,
      doc.n(e.mentions),
      `${numberLink(e.first)} ${quoteLink(e.first)}`,
    ]),
    'entities',
  );
  const notes = table(
    t('report.notesTable'),
    [t('report.number'), t('report.tag'), t('report.text'), t('report.note')],
    article.annotations.filter((a) => a.note).map((a) => [numberLink(a), tagCell(a), quoteLink(a), noteHtml(a.note)]),
    'notes',
  );
  return `<section class="article" id="${article.ref}">
<h2 dir="auto">${h(article.title)}</h2>
<p class="source">${h(t('report.sourceFile'))}: <bdi dir="ltr">${h(article.fileName)}</bdi></p>
${article.note ? `<div class="article-note"><h3>${h(t('report.articleNote'))}</h3>${noteHtml(article.note)}</div>` : ''}
${used.length > 0 ? `<p class="legend" aria-label="${h(t('report.legend'))}">${used.map(chip).join(' ')}</p>` : `<p class="empty">${h(t('report.noAnnotations'))}</p>`}
${articleText(doc, article)}
${claims}
${entities}
${notes}
</section>`;
}

/**
 * The registry entities the report mentions (issue 13): names, type, other spellings, Wikidata item
 * (linked: the id is re-read from the data, so only ever a wikidata.org address), mentions, and the
 * articles they run through, each linked to its section.
 */
function registryTable(doc: ReportDocument): string {
  const t = doc.t;
  if (doc.registry.length === 0) return '';
  const rows = doc.registry.map((e) => [
    `<span dir="rtl">${h(e.name)}</span>${e.latinName ? `<br><bdi dir="ltr">${h(e.latinName)}</bdi>` : ''}`,
    h(e.type),
    e.aliases.map((alias) => `<bdi dir="rtl">${h(alias)}</bdi>`).join(doc.language === 'ar' ? '، ' : ', '),
    e.wikidataId ? `<a href="${h(wikidataUrl(e.wikidataId))}" dir="ltr">${h(e.wikidataId)}</a>` : '',
    doc.n(e.mentions),
    e.articles.map((a) => `<a href="#${a.ref}" title="${h(a.title)}">${doc.n(a.number)}</a>`).join(' '),
  ]);
  const unlinked = doc.unlinkedMentions > 0 ? `<p class="registry-note">${h(t('report.notLinkedNote'))}</p>` : '';
  const headings = [t('report.entity'), t('report.entityType'), t('report.entityAliases'), t('report.entityWikidata'), t('report.mentions'), t('report.entityArticles')];
  return `<h2>${h(t('report.entityRegistry'))}</h2>${table('', headings, rows, 'registry')}${unlinked}`;
}

function titlePage(doc: ReportDocument): string {
  const t = doc.t;
  const dl = [
    [t('report.generated'), h(doc.generatedAt)],
    [t('report.analyst'), `<bdi>${h(doc.analystName)}</bdi>`],
    [t('report.scope'), h(doc.scope)],
    [t('report.filters'), h(doc.filters)],
  ];
  const counts = [
    `<tr><th>${h(t('report.articles'))}</th><td>${doc.n(doc.counts.articles)}</td></tr>`,
    `<tr><th>${h(t('report.annotations'))}</th><td>${doc.n(doc.counts.annotations)}</td></tr>`,
    ...doc.counts.byTag.map(({ entry, count }) => `<tr><td>${chip(entry)}</td><td>${doc.n(count)}</td></tr>`),
    `<tr><th>${h(t('report.claims'))}</th><td>${doc.n(doc.counts.claims)}</td></tr>`,
    ...doc.counts.byStatus.map(({ status, count }) => `<tr><td>${h(status)}</td><td>${doc.n(count)}</td></tr>`),
  ];
  const contents =
    doc.articles.length > 1 ? `<h2>${h(t('report.contents'))}</h2><ol class="contents">${doc.articles.map((a) => `<li><a href="#${a.ref}" dir="auto">${h(a.title)}</a></li>`).join('')}</ol>` : '';
  return `<header class="title-page">
<h1 dir="auto">${h(doc.title)}</h1>
<dl>${dl.map(([k, v]) => `<dt>${h(k!)}</dt><dd>${v}</dd>`).join('')}</dl>
<h2>${h(t('report.counts'))}</h2>
<table class="counts"><tbody>${counts.join('')}</tbody></table>
${registryTable(doc)}
${contents}
</header>`;
}

export interface RenderOptions {
  /** Told after each article, so a long export can show progress. */
  onArticle?: (done: number, total: number) => void;
  /** Checked between articles: an aborted export stops there and returns nothing. */
  signal?: AbortSignal;
}

/** Lets the thread breathe between articles (a corpus report may hold thousands). */
export const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The report's HTML, built article by article with a pause between them. */
export async function renderReportHtml(doc: ReportDocument, options: RenderOptions = {}): Promise<string> {
  const parts: string[] = [];
  for (const [i, article] of doc.articles.entries()) {
    options.signal?.throwIfAborted();
    parts.push(articleSection(doc, article));
    options.onArticle?.(i + 1, doc.articles.length);
    if (i % 10 === 9) await nextTurn();
  }
  // No script, no network: even a report opened from a hostile place can only be read.
  const csp = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";
  return `<!doctype html>
<html lang="${doc.language}" dir="${doc.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Isnad">
<title>${h(doc.title)}</title>
<style>
${reportStyles(doc.fonts, cssString(doc.title), cssString(doc.t('report.page')))}
</style>
</head>
<body>
${titlePage(doc)}
${parts.join('\n')}
</body>
</html>
`;
}

export function buildReportHtml(input: ReportInput, options?: RenderOptions): Promise<string> {
  return renderReportHtml(buildReportDocument(input), options);
}
