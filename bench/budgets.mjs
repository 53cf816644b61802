/**
 * The performance budgets of DESIGN.md, of the export issue and of issue 11 (sizes up to the
 * import limit, and floors). Each is checked against the p95 of its runs (for memory: the peak
 * over all runs), so "met" means met on nearly every run, not on a typical one. A ratio budget
 * divides our p95 by the floor's p95 measured in the same run.
 */
import { BENCH_ARTICLES } from './generateArticles.mjs';

const perSize = (make) => Object.fromEntries(BENCH_ARTICLES.map((a) => make(a)).filter(Boolean));

export const BUDGETS = {
  tag200k: { label: 'tag → painted, 200 KB / 2,000', limit: 16, unit: 'ms', statistic: 'p95' },
  open1m: { label: 'open 1 MB / 5,000', limit: 500, unit: 'ms', statistic: 'p95' },
  open19m: { label: 'open 19 MB / 20,000', limit: 1_000, unit: 'ms', statistic: 'p95' },
  heap19m: { label: 'JS heap with the 19 MB article open', limit: 150 * 1024 * 1024, unit: 'bytes', statistic: 'max' },
  // Opening may cost at most half as much again as a bare page showing the same text.
  ...perSize((a) => [`openFloor${a.key}`, { label: `open ${a.label} ÷ the opening floor`, limit: 1.5, unit: 'ratio', statistic: 'p95' }]),
  // A tag may cost at most a quarter more than the cheapest change to the page, at any size.
  ...perSize((a) => [`tagFloor${a.key}`, { label: `tag → painted ${a.label} ÷ the frame floor`, limit: 1.25, unit: 'ratio', statistic: 'p95' }]),
  ...perSize((a) => [`listed${a.key}`, { label: `tag → listed in the panel, ${a.label}`, limit: 32, unit: 'ms', statistic: 'p95' }]),
  importTime: { label: 'import 2,000 articles (10 MB)', limit: 10_000, unit: 'ms', statistic: 'p95' },
  importMemory: { label: 'import peak memory', limit: 400 * 1024 * 1024, unit: 'bytes', statistic: 'max' },
  exportHtml: { label: 'export 100 × 50 as HTML', limit: 3_000, unit: 'ms', statistic: 'p95' },
  exportDocx: { label: 'export 100 × 50 as DOCX', limit: 3_000, unit: 'ms', statistic: 'p95' },
  exportMemory: { label: 'export peak memory', limit: 400 * 1024 * 1024, unit: 'bytes', statistic: 'max' },
  // Issue 12: a project bundle of the 2,000-article corpus with 20 annotations each.
  bundleExport: { label: 'bundle export 2,000 × 20', limit: 5_000, unit: 'ms', statistic: 'p95' },
  bundleImport: { label: 'bundle import into an empty library', limit: 10_000, unit: 'ms', statistic: 'p95' },
  bundleAgain: { label: 'bundle import again (all duplicates)', limit: 5_000, unit: 'ms', statistic: 'p95' },
  bundleMemory: { label: 'bundle peak memory', limit: 400 * 1024 * 1024, unit: 'bytes', statistic: 'max' },
  // Issue 13: the corpus search on the import corpus (2,000 articles).
  searchQuery: { label: 'corpus search, query → results', limit: 30, unit: 'ms', statistic: 'p95' },
  searchStart: { label: 'app start → searchable, 2,000 articles', limit: 1_000, unit: 'ms', statistic: 'p95' },
  searchImport: { label: 'import 2,000 articles with indexing', limit: 10_000, unit: 'ms', statistic: 'p95' },
  findAll: { label: 'find all mentions, 3 aliases over 2,000 articles', limit: 300, unit: 'ms', statistic: 'p95' },
};
