/**
 * The alias matcher against a gold list written by reading the five sample articles
 * (tests/fixtures/gold/buildMentionsGold.mjs): every mention of a person, a state or a city, with
 * its clitic. A match counts when its entity, start and end are the gold's exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileAliases, findAliasMatches } from '../../../src/shared/arabic/aliasMatcher';

interface GoldMention {
  entity: string;
  start: number;
  end: number;
  text: string;
  clitic: string;
}
interface Gold {
  entities: { name: string; type: 'person' | 'state' | 'city'; aliases: string[] }[];
  articles: Record<string, GoldMention[]>;
}

const gold = JSON.parse(readFileSync(new URL('../../fixtures/gold/mentions.json', import.meta.url), 'utf8')) as Gold;
const texts = Object.fromEntries(Object.keys(gold.articles).map((file) => [file, readFileSync(new URL(`../../../resources/corpus/${file}`, import.meta.url), 'utf8')]));
const typeOf = new Map(gold.entities.map((e) => [e.name, e.type]));
const key = (file: string, m: { entity: string; start: number; end: number }) => `${file}|${m.entity}|${m.start}|${m.end}`;

type Found = GoldMention & { file: string };

/** Every entity's aliases in one matcher (overlaps go to the longest name, روسيا البيضاء over روسيا). */
function foundTogether(): Found[] {
  const entityOf = new Map(gold.entities.flatMap((e) => e.aliases.map((a) => [a, e.name] as const)));
  const matcher = compileAliases([...entityOf.keys()]);
  return Object.entries(texts).flatMap(([file, text]) =>
    findAliasMatches(text, matcher).map((m) => ({ file, entity: entityOf.get(m.alias)!, start: m.start, end: m.end, text: text.slice(m.start, m.end), clitic: m.clitic })),
  );
}

/** Each entity on its own, as find-all runs for one entity. */
function foundApart(): Found[] {
  return gold.entities.flatMap((entity) => {
    const matcher = compileAliases(entity.aliases);
    return Object.entries(texts).flatMap(([file, text]) =>
      findAliasMatches(text, matcher).map((m) => ({ file, entity: entity.name, start: m.start, end: m.end, text: text.slice(m.start, m.end), clitic: m.clitic })),
    );
  });
}

function score(found: Found[], type?: string) {
  const expected = Object.entries(gold.articles).flatMap(([file, list]) => list.filter((m) => !type || typeOf.get(m.entity) === type).map((m) => key(file, m)));
  const got = found.filter((m) => !type || typeOf.get(m.entity) === type).map((m) => key(m.file, m));
  const expectedSet = new Set(expected);
  const gotSet = new Set(got);
  const hits = got.filter((k) => expectedSet.has(k)).length;
  return {
    gold: expected.length,
    found: got.length,
    recall: hits / expected.length,
    precision: hits / got.length,
    missed: expected.filter((k) => !gotSet.has(k)),
    wrong: got.filter((k) => !expectedSet.has(k)),
  };
}

function report(label: string, found: Found[]) {
  const rows = [undefined, 'person', 'state', 'city'].map((type) => ({ type: type ?? 'all', ...score(found, type) }));
  console.log(
    `${label}\n` +
      rows.map((r) => `  ${r.type.padEnd(7)} gold ${String(r.gold).padStart(3)}  found ${String(r.found).padStart(3)}  recall ${r.recall.toFixed(3)}  precision ${r.precision.toFixed(3)}`).join('\n') +
      `\n  missed: ${rows[0]!.missed.join(', ') || 'none'}\n  wrong: ${rows[0]!.wrong.join(', ') || 'none'}`,
  );
  return rows[0]!;
}

describe('mentions of the five sample articles (gold list)', () => {
  it('gives every alias to one entity only, and spans the text the gold names', () => {
    const aliases = gold.entities.flatMap((e) => e.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const [file, list] of Object.entries(gold.articles)) for (const m of list) expect(texts[file]!.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds them with recall and precision of at least 0.95, all entities at once', () => {
    const all = report('all entities in one matcher:', foundTogether());
    expect(all.recall).toBeGreaterThanOrEqual(0.95);
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('finds them with recall and precision of at least 0.95, one entity at a time (as find-all runs)', () => {
    const all = report('one entity at a time:', foundApart());
    expect(all.recall).toBeGreaterThanOrEqual(0.95);
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('reports the clitic the gold gives for every mention it finds', () => {
    const goldByKey = new Map(Object.entries(gold.articles).flatMap(([file, list]) => list.map((m) => [key(file, m), m] as const)));
    const found = foundTogether().filter((m) => goldByKey.has(key(m.file, m)));
    expect(found.filter((m) => m.clitic !== goldByKey.get(key(m.file, m))!.clitic)).toEqual([]);
    // The gold has every kind of clitic the articles use.
    expect(new Set(found.map((m) => m.clitic))).toEqual(new Set(['', 'و', 'ل', 'ب']));
  });
});
