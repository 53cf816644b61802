/**
 * The performance budgets of DESIGN.md and of the export issue. Each is checked against the p95
 * of its runs (for import and export memory: the peak over all runs), so "met" means met on
 * nearly every run, not on a typical one.
 */
export const BUDGETS = {
  tag200k: { label: 'tag → painted, 200 KB / 2,000', limit: 16, unit: 'ms', statistic: 'p95' },
  open1m: { label: 'open 1 MB / 5,000', limit: 500, unit: 'ms', statistic: 'p95' },
  importTime: { label: 'import 2,000 articles (10 MB)', limit: 10_000, unit: 'ms', statistic: 'p95' },
  importMemory: { label: 'import peak memory', limit: 400 * 1024 * 1024, unit: 'bytes', statistic: 'max' },
  exportHtml: { label: 'export 100 × 50 as HTML', limit: 3_000, unit: 'ms', statistic: 'p95' },
  exportDocx: { label: 'export 100 × 50 as DOCX', limit: 3_000, unit: 'ms', statistic: 'p95' },
  exportMemory: { label: 'export peak memory', limit: 400 * 1024 * 1024, unit: 'bytes', statistic: 'max' },
};
