/**
 * The report's stylesheet, screen and print. Highlights use background and text decoration only
 * (no padding, border or weight on highlighted text), so they never change how Arabic is shaped.
 */
import type { ReportFont } from './reportInput';

const FAMILY = 'Isnad Report Naskh';

function fontFaces(fonts: readonly ReportFont[]): string {
  return fonts
    .map(
      (f) =>
        `@font-face{font-family:"${FAMILY}";font-style:normal;font-weight:${f.weight};font-display:block;unicode-range:${f.unicodeRange.replace(/[^U+0-9A-Fa-f?,\- ]/g, '')};src:url(data:font/woff2;base64,${f.woff2Base64.replace(/[^A-Za-z0-9+/=]/g, '')}) format("woff2")}`,
    )
    .join('\n');
}

/** `title` and `pageWord` arrive already as CSS string literals (see `cssString`). */
export function reportStyles(fonts: readonly ReportFont[], title: string, pageWord: string): string {
  return `${fontFaces(fonts)}
:root{color-scheme:light;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:52rem;padding:2rem 1.5rem;font-family:"${FAMILY}","Noto Naskh Arabic","Noto Sans Arabic","Noto Sans",sans-serif;font-size:12pt;line-height:1.7;color:#1b1b1b;background:#fff}
h1{font-size:22pt;margin:0 0 1rem}
h2{font-size:16pt;margin:1.5rem 0 .25rem;break-after:avoid}
h3{font-size:13pt;margin:1.25rem 0 .4rem;break-after:avoid}
a{color:#1d4ed8}
.title-page dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}
.title-page dt{font-weight:700}
.title-page dd{margin:0}
.contents li{margin:.15rem 0}
.source{color:#555;margin:0 0 .5rem;font-size:10pt}
.legend{margin:.5rem 0;line-height:2.2}
.chip,.code{display:inline-block;border:1px solid;border-radius:4px;padding:0 .4em;font-size:10pt;line-height:1.6;white-space:nowrap}
.article-text{font-size:14pt;line-height:2;border-block:1px solid #ddd;padding:.5rem 0;margin:.5rem 0 1rem}
.article-text p{margin:0 0 .6em;white-space:pre-wrap}
.hl{border-radius:2px}
.article-text .hl{-webkit-box-decoration-break:clone;box-decoration-break:clone}
table{border-collapse:collapse;width:100%;margin:.25rem 0 1rem;font-size:10.5pt;line-height:1.5}
th,td{border:1px solid #bbb;padding:.25rem .45rem;text-align:start;vertical-align:top}
thead th{background:#f1efe9}
.counts{width:auto;min-width:18rem}
.not-linked,.registry-note{color:#555}
.registry-note{font-size:9.5pt}
.quote{color:inherit;text-decoration:none}
.note p,.note ul,.note ol,.note blockquote{margin:0 0 .3em}
.note blockquote{border-inline-start:3px solid #ccc;padding-inline-start:.5em}
.article-note{background:#faf8f3;border:1px solid #e6e1d6;border-radius:6px;padding:.25rem .75rem;margin:.5rem 0}
.empty{color:#555;font-style:italic}
.claim-link{margin:0 0 .45em}
.claim-link p{margin:0}
.claim-link-reading{font-weight:700;font-size:9.5pt}
.claim-link-article{color:#555;font-size:9pt}
@page{size:A4;margin:20mm 16mm 18mm;@top-center{content:${title};font-family:"${FAMILY}",sans-serif;font-size:9pt;color:#555}@bottom-center{content:${pageWord} " " counter(page) " / " counter(pages);font-family:"${FAMILY}",sans-serif;font-size:9pt;color:#555}}
@media print{
body{max-width:none;padding:0}
a{color:inherit}
.article{break-before:page}
tr,td,th{break-inside:avoid}
thead{display:table-header-group}
.article-text p{orphans:2;widows:2}
}`;
}
