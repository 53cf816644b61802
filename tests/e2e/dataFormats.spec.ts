/**
 * Every data format exported from the app in Chromium (issue 12), each file read back by an
 * independent reader — the W3C suite's schemas and JSON-LD expansion, xmllint against the REFI-QDA
 * schema, a strict brat standoff reader, a strict CSV parser, JSON.parse per line and Python — with the text at every exported
 * code-point offset checked against the quote stored in IndexedDB. Then each importable format is
 * imported into a fresh library (another profile) and compared with what was stored.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { storedAnnotations, type StoredAnnotation } from './annotateSupport';
import { EMOJI_TITLE, exportData, importData, storedTexts, tagEmojiArticle } from './dataExchangeSupport';
import { libraryItems, openApp } from './support';
import { unzipSync } from 'fflate';
import { readBratStandoff, textAtFragments } from '../support/interchange/bratStandoff';
import { csvQuoteMismatches, readCsv } from '../support/interchange/csvReading';
import { jsonlQuoteMismatches, pythonJsonlSpans, readJsonl } from '../support/interchange/jsonlReading';
import { qdpxQuoteMismatches, readQdpx, xmllintQde } from '../support/interchange/qdpxReading';
import { w3cExpansionProblems, w3cSchemaFailures, w3cSpanMismatches, w3cSpans } from '../support/interchange/w3cReading';

const byStart = (rows: StoredAnnotation[]) => [...rows].sort((a, b) => a.start - b.start || b.end - a.end);

test('each data format exported from the app reads back exactly in an independent reader, and imports into a fresh library', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const problems = await openApp(page);
  const articleId = await tagEmojiArticle(page);
  const stored = await storedAnnotations(page);
  const texts = await storedTexts(page);
  const text = texts.get(articleId)!;
  expect(stored).toHaveLength(3);

  // ---- W3C JSON-LD: the suite's must-assertions, expansion keeps every property, positions in code points.
  const w3cPath = await exportData(page, 'W3C Web Annotation (JSON-LD)', 'corpus.jsonld');
  const w3cFile = { path: 'corpus.jsonld', content: readFileSync(w3cPath, 'utf8') };
  expect(w3cSchemaFailures([w3cFile])).toEqual([]);
  expect(await w3cExpansionProblems(w3cFile)).toEqual([]);
  expect(w3cSpanMismatches([w3cFile])).toEqual([]);
  expect(
    w3cSpans([w3cFile])
      .map((s) => s.exact)
      .sort(),
  ).toEqual(stored.map((a) => a.exact).sort());

  // ---- REFI-QDA: valid against the schema; every selection's code points are its annotation's quote.
  const qdpxPath = await exportData(page, /REFI-QDA project/, 'corpus.qdpx');
  const project = readQdpx(readFileSync(qdpxPath));
  expect(xmllintQde(project.qde)).toBe('');
  expect(qdpxQuoteMismatches(project, new Map(stored.map((a) => [a.id, a.exact])))).toEqual([]);
  expect(project.sources).toHaveLength(6);

  // ---- CSV: strict RFC 4180, BOM, the text at each code-point start/end; a formula-like cell neutralised.
  const csvPath = await exportData(page, 'Annotation table (CSV)', 'corpus.csv');
  const csvBytes = readFileSync(csvPath);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = readCsv(csvBytes);
  expect(rows).toHaveLength(3);
  expect(csvQuoteMismatches(rows, texts)).toEqual([]);
  const claimRow = rows.find((r) => r.tag === 'Claim')!;
  expect(claimRow.claimant).toBe('بوتين');

  // ---- JSONL: JSON.parse per line and Python's own slicing agree with the stored quotes.
  const jsonlPath = await exportData(page, /NLP training lines/, 'corpus.jsonl');
  const jsonl = readFileSync(jsonlPath, 'utf8');
  const records = readJsonl(jsonl);
  expect(records).toHaveLength(6);
  const quotes = new Map([...texts.keys()].map((id) => [id, [] as string[]]));
  for (const a of byStart(stored)) quotes.get(a.articleId)!.push(a.exact);
  expect(jsonlQuoteMismatches(records, quotes)).toEqual([]);
  const python = pythonJsonlSpans(jsonl).find((r) => r.id === articleId)!;
  for (const [start, end, , quote] of python.spans) expect([...text].slice(start, end).join('')).toBe(quote);

  // ---- brat: a zip of the folder (.txt + .ann per article, annotation.conf, visual.conf).
  const bratPath = await exportData(page, 'brat standoff (zip)', 'corpus-brat.zip');
  const bratFiles = Object.entries(unzipSync(readFileSync(bratPath))).map(([path, content]) => ({ path, content }));
  const standoff = readBratStandoff(bratFiles);
  expect(standoff.complaints).toEqual([]);
  const bratQuotes = standoff.documents.flatMap((d) => d.textBounds.map((t) => ({ id: t.id, at: textAtFragments(d.text, t.fragments), text: t.text })));
  for (const t of bratQuotes) expect(t.at, t.id).toBe(t.text);
  expect(bratQuotes.map((t) => t.text).sort()).toEqual(stored.map((a) => a.exact).sort());

  // ---- Each importable format into a fresh library: the article once, the same spans, tags and claimant.
  const spans = (rows: StoredAnnotation[]) => byStart(rows).map((a) => `${a.tagId} ${a.start}-${a.end} ${a.exact} ${a.claim ? (a.claim.claimantAnnotationId ? 'claimant' : 'no claimant') : ''}`);
  for (const [path, name] of [
    [w3cPath, 'W3C'],
    [qdpxPath, 'REFI-QDA'],
    [bratPath, 'brat'],
  ] as const) {
    const fresh = await (await browser.newContext()).newPage();
    const freshProblems = await openApp(fresh);
    const result = await importData(fresh, [path]);
    expect(result.phase, `${name}: ${result.text}`).toBe('done');
    expect(result.text).toContain('Articles: 1 added, 5 already in the library.');
    await expect(libraryItems(fresh).filter({ hasText: EMOJI_TITLE })).toHaveCount(1);
    expect(spans(await storedAnnotations(fresh)), name).toEqual(spans(stored));
    expect(freshProblems, name).toEqual([]);
    await fresh.context().close();
  }
  // ---- The brat folder's files picked with Open files (Ctrl+O): the .ann files take their .txt and confs to the data import.
  const folder = mkdtempSync(join(tmpdir(), 'isnad-brat-'));
  for (const { path, content } of bratFiles) writeFileSync(join(folder, path), content);
  const picked = await (await browser.newContext()).newPage();
  const pickedProblems = await openApp(picked);
  const chooser = picked.waitForEvent('filechooser');
  await picked.keyboard.press('Control+o');
  await (await chooser).setFiles(bratFiles.map((f) => join(folder, f.path)));
  const status = picked.getByTestId('import-data-status');
  await expect(status).toHaveAttribute('data-phase', 'done');
  await expect(status).toContainText(`Imported from: ${bratFiles.length} files`);
  await expect(picked.getByTestId('import-report')).toHaveCount(0); // nothing went to the article import
  expect(spans(await storedAnnotations(picked))).toEqual(spans(stored));
  expect(pickedProblems).toEqual([]);
  expect(problems).toEqual([]);
});
