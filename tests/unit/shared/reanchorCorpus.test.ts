/**
 * Re-anchoring on edited versions of the five sample articles. Each original is annotated densely —
 * every person, state and city mention of the gold list (tests/fixtures/gold/mentions.json) and every
 * other sentence as a claim — then edited in one way whose truth is known (reanchorEdits.ts), and
 * every annotation is re-anchored, for three seeds (three sets of edited places) per article. Counted per edit kind: placed exactly (same text, same or moved
 * place), placed approximately, orphaned; and checked: no annotation is misplaced.
 *
 * Misplaced means: placed where its passage is not. An exact placement must be the passage itself,
 * moved by the edit; an approximate one must overlap the edited passage by at least half of each.
 * A passage the edit removed can only be orphaned.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reanchorAll, type Reanchored } from '../../../src/shared/annotation/reanchor';
import { quoteOf } from '../../../src/shared/annotation/snapSpan';
import { normalizeArticleText } from '../../../src/shared/text/normalizeText';
import { addDiacritics, crlf, insertSentences, moveParagraph, removeSentences, rewordSentences, sentences, type Edited } from './reanchorEdits';

const gold = JSON.parse(readFileSync(new URL('../../fixtures/gold/mentions.json', import.meta.url), 'utf8')) as { articles: Record<string, { start: number; end: number }[]> };
const files = Object.keys(gold.articles).sort();
const textOf = (file: string) => readFileSync(new URL(`../../../resources/corpus/${file}`, import.meta.url), 'utf8');

interface Annotation {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  kind: 'name' | 'claim';
}

function annotate(file: string, text: string): Annotation[] {
  const names = gold.articles[file]!.map((m) => ({ ...m, kind: 'name' as const }));
  const claims = sentences(text)
    .filter((_, i) => i % 2 === 1)
    .map((s) => {
      const raw = text.slice(s.start, s.end);
      const start = s.start + (raw.length - raw.trimStart().length);
      return { start, end: start + raw.trim().length, kind: 'claim' as const };
    })
    .filter((s) => s.end - s.start >= 30);
  return [...names, ...claims].map((a) => ({ ...a, ...quoteOf(text, a) }));
}

type Truth = { kind: 'intact'; start: number; end: number } | { kind: 'edited'; start: number; end: number } | { kind: 'gone' };

/** Where the passage went, from the edit's own map. */
function truthOf(a: Annotation, edited: Edited): Truth {
  const survivors: number[] = [];
  for (let i = a.start; i < a.end; i++) if (edited.map[i]! >= 0) survivors.push(edited.map[i]!);
  if (survivors.length < (a.end - a.start) / 2) return { kind: 'gone' };
  const start = Math.min(...survivors);
  const end = Math.max(...survivors) + 1;
  if (survivors.length === a.end - a.start && edited.text.slice(start, end) === a.exact) return { kind: 'intact', start, end };
  return { kind: 'edited', start, end };
}

function overlapsEnough(placed: { start: number; end: number }, truth: { start: number; end: number }): boolean {
  const shared = Math.min(placed.end, truth.end) - Math.max(placed.start, truth.start);
  return shared >= (placed.end - placed.start) / 2 && shared >= (truth.end - truth.start) / 2;
}

function misplaced(result: Reanchored, truth: Truth): boolean {
  if (result.kind === 'orphaned') return false;
  if (truth.kind === 'gone') return true;
  if (result.kind === 'exact' || result.kind === 'moved') return truth.kind !== 'intact' || truth.start !== result.start || truth.end !== result.end;
  return !overlapsEnough(result, truth);
}

interface Counts {
  annotations: number;
  exact: number;
  moved: number;
  approximate: number;
  orphaned: number;
  /** Orphaned though the passage is still there, whole: the price of caution. */
  orphanedIntact: number;
  misplaced: number;
  problems: string[];
}

const EDITS: [string, (old: string, seed: number) => Edited][] = [
  ['sentences inserted', insertSentences],
  ['sentences removed', removeSentences],
  ['sentences reworded', rewordSentences],
  ['diacritics added', addDiacritics],
  ['CRLF line endings (as imported)', (old) => ({ ...crlf(old), text: normalizeArticleText(crlf(old).text), map: Int32Array.from(old, (_, i) => i) })],
  ['CRLF line endings (raw)', crlf],
  ['a paragraph moved', moveParagraph],
];

/** Each seed edits other places; edits without randomness (line endings, the moved paragraph) repeat alike. */
const SEEDS = [1, 2, 3];

function run(edit: (old: string, seed: number) => Edited): Counts {
  const counts: Counts = { annotations: 0, exact: 0, moved: 0, approximate: 0, orphaned: 0, orphanedIntact: 0, misplaced: 0, problems: [] };
  for (const seed of SEEDS)
    files.forEach((file, index) => {
      const old = textOf(file);
      const edited = edit(old, seed * 100 + index);
      const annotations = annotate(file, old);
      const results = reanchorAll(
        edited.text,
        annotations.map((a) => ({ ...a, group: a.kind })),
      );
      annotations.forEach((a, i) => {
        const truth = truthOf(a, edited);
        const result = results[i]!;
        counts.annotations++;
        counts[result.kind]++;
        if (result.kind === 'orphaned' && truth.kind === 'intact') counts.orphanedIntact++;
        if (misplaced(result, truth)) {
          counts.misplaced++;
          const placed = result.kind === 'orphaned' ? '' : edited.text.slice(result.start, result.end);
          counts.problems.push(`${file} ${a.kind} «${a.exact.slice(0, 40)}» ${result.kind} → «${placed.slice(0, 40)}» (truth ${truth.kind})`);
        }
      });
    });
  return counts;
}

describe('re-anchoring the sample articles after edits', () => {
  const table: string[] = ['| edit | annotations | exact (same place) | exact (moved) | approximate | orphaned (of them intact) | misplaced |', '|---|---|---|---|---|---|---|'];

  for (const [name, edit] of EDITS)
    it(`${name}: none misplaced`, () => {
      const c = run(edit);
      table.push(`| ${name} | ${c.annotations} | ${c.exact} | ${c.moved} | ${c.approximate} | ${c.orphaned} (${c.orphanedIntact}) | ${c.misplaced} |`);
      expect(c.problems).toEqual([]);
      expect(c.exact + c.moved + c.approximate + c.orphaned).toBe(c.annotations);
      // Line endings leave every passage whole and in order: none may be lost. (A moved paragraph may
      // orphan the twin of a duplicated caption, as in 004: nothing tells the two apart.)
      if (name.startsWith('CRLF')) expect(c.orphaned).toBe(0);
    });

  it('prints the counts', () => {
    console.log(table.join('\n'));
    expect(table.length).toBe(2 + EDITS.length);
  });
});
