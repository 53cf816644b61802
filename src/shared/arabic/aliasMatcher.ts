/**
 * Find every mention of a known name: the aliases of one entity (بوتين, فلاديمير بوتين) found in a
 * text behind the proclitics Arabic writes joined to a name (لبوتين, والصين, للصين, فبالصين),
 * insensitive to what the normaliser folds (tashkeel, tatweel, alef forms, ى/ي, ة/ه), never inside
 * a longer word (الصين is not in الصينية). Pure; used by find-all (one article or the corpus) and
 * by `npx isnad mentions`.
 *
 * One regular expression over the folded text finds every alias at once; the folded text keeps a
 * sparse map back (normalize.ts FoldedRuns), so only the matches are mapped to the original.
 */
import { writtenProclitics } from './clitics';
import { afterMarks, foldArabic, foldArabicRuns, originalIndex, type FoldedRuns } from './normalize';

export interface AliasMatch {
  /** UTF-16 offsets in the original text of the name alone, [start, end): never the clitic. */
  start: number;
  end: number;
  /** The alias that matched, as it was given. */
  alias: string;
  /** The proclitics before the name as written in the text ('' when there are none). */
  clitic: string;
}

/** A name with its own article (الصين), the same after ل without its alef (لصين), any other name. */
export type NameKind = 'article' | 'elided' | 'plain';

export interface AliasMatcher {
  /** The aliases as given, in order. */
  readonly aliases: readonly string[];
  /**
   * The compiled search over folded text, null when no alias has a letter left once folded.
   * Its groups are the names of each kind in `kinds`, in order.
   */
  readonly pattern: RegExp | null;
  readonly kinds: readonly NameKind[];
  /** The first alias given for each folded name (words joined by one space). */
  readonly byName: ReadonlyMap<string, string>;
}

/** Words of a name are apart by spaces on one line (a line break ends a paragraph, and a name). */
const GAP = '[\\p{Zs}\\t]+';
const ARTICLE = 'ال';

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const namePattern = (names: readonly string[]) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.split(' ').map(escapeRegExp).join(GAP))
    .join('|');

/** The folded form of a name as a key: words joined by one space, punctuation kept. */
const foldedName = (alias: string) => foldArabic(alias).trim().split(/\s+/u).join(' ');

const CLITICS = writtenProclitics();
/** The proclitics a name with its own article may take (not the article again). */
const BEFORE_ARTICLE = new Set(CLITICS.filter((c) => !c.article).map((c) => c.written));
/** The proclitics after which a name's article is written without its alef (ل، ول، فل). */
const BEFORE_ELIDED = new Set(CLITICS.filter((c) => c.endsInLam).map((c) => c.written));
/** Any proclitic, the article included, before a name listed without one (ناتو in للناتو). */
const BEFORE_PLAIN = new Set(CLITICS.map((c) => c.written));
const ALLOWED: Record<NameKind, ReadonlySet<string>> = { article: BEFORE_ARTICLE, elided: BEFORE_ELIDED, plain: BEFORE_PLAIN };
const LONGEST_CLITIC = Math.max(...CLITICS.map((c) => c.written.length));

export function compileAliases(aliases: readonly string[]): AliasMatcher {
  const byName = new Map<string, string>();
  for (const alias of aliases) {
    const name = foldedName(alias);
    if (/[\p{L}\p{N}]/u.test(name) && !byName.has(name)) byName.set(name, alias);
  }
  const names = [...byName.keys()];
  const withArticle = names.filter((n) => n.startsWith(ARTICLE) && n.length > ARTICLE.length);
  const plain = names.filter((n) => !withArticle.includes(n));
  // Only the kinds there are: an alternative that never matches would stop the engine's quick scan.
  const kinds = (['article', 'elided', 'plain'] as const).filter((kind) => (kind === 'plain' ? plain : withArticle).length > 0);
  const group = (kind: NameKind) => `(${namePattern(kind === 'plain' ? plain : kind === 'article' ? withArticle : withArticle.map((n) => n.slice(1)))})`;
  // The names alone, each checked for its clitics afterwards: the engine then scans for a name's
  // letters instead of trying every word start (five to ten times faster, measured on 10 MB).
  const source = `(?:${kinds.map(group).join('|')})(?![\\p{L}\\p{M}\\p{N}])`;
  return { aliases: [...aliases], pattern: names.length ? new RegExp(source, 'gu') : null, kinds, byName };
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** How many code units the letter, mark or digit ending just before `i` takes (0 when there is none). */
function wordCharBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const code = text.charCodeAt(i - 1);
  if (code < 0x30) return 0;
  // Arabic letters, most of what is met here, without a regular expression.
  if (code >= 0x0620 && code <= 0x064a) return 1;
  const pair = code >= 0xdc00 && code <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  const width = pair ? 2 : 1;
  return WORD_CHAR.test(text.slice(i - width, i)) ? width : 0;
}

/**
 * Where the word that ends in the name starting at `at` begins, when what comes before the name in
 * that word is a proclitic `allowed` takes; -1 when the name is inside a longer word.
 */
function cliticStart(folded: string, at: number, allowed: ReadonlySet<string>): number {
  let from = at;
  for (let width = wordCharBefore(folded, from); width > 0; width = wordCharBefore(folded, from)) {
    from -= width;
    if (at - from > LONGEST_CLITIC) return -1;
  }
  return allowed.has(folded.slice(from, at)) ? from : -1;
}

interface Candidate {
  /** Folded offsets: where the clitic starts, where the name starts and ends. */
  from: number;
  start: number;
  end: number;
  alias: string;
}

/** Of overlapping candidates (بوتين inside فلاديمير بوتين), the longest, then the earliest. */
function longestApart(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const settle = () => {
    if (cluster.length === 1) kept.push(cluster[0]!);
    else if (cluster.length > 1) {
      const chosen: Candidate[] = [];
      for (const c of [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
        if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
      }
      kept.push(...chosen.sort((a, b) => a.start - b.start));
    }
    cluster = [];
  };
  for (const c of candidates) {
    if (c.start >= clusterEnd) {
      settle();
      clusterEnd = c.end;
    } else clusterEnd = Math.max(clusterEnd, c.end);
    cluster.push(c);
  }
  settle();
  return kept;
}

/**
 * A clitic written apart with tatweel (لـ بوتين, بـ"الصين"): the letters, the tatweel, then spaces
 * or quotes before the name. Folding drops the tatweel, so this is read on the original text.
 */
const DETACHED_CLITIC = /(?<![\p{L}\p{M}\p{N}])([وف]?[بكل][\u064B-\u065F]*\u0640+)[\p{Zs}\t"'“”«»‘’]*$/u;
const DETACHED_WINDOW = 24;

function detachedClitic(original: string, start: number): string {
  const from = Math.max(0, start - DETACHED_WINDOW);
  const found = DETACHED_CLITIC.exec(original.slice(from, start));
  if (!found) return '';
  // The window may begin inside a word; the clitic must begin one.
  if (found.index === 0 && from > 0 && /[\p{L}\p{M}\p{N}]/u.test(original[from - 1]!)) return '';
  return found[1]!;
}

export function findAliasMatches(text: string, matcher: AliasMatcher): AliasMatch[] {
  return matcher.pattern ? findAliasMatchesFolded(text, foldArabicRuns(text), matcher) : [];
}

/**
 * findAliasMatches on a text already folded (`runs` = foldArabicRuns(text)): the corpus search's
 * worker keeps every article folded, so find-all over the corpus does not fold 10 MB again.
 */
export function findAliasMatchesFolded(text: string, runs: FoldedRuns, matcher: AliasMatcher): AliasMatch[] {
  const { pattern } = matcher;
  if (!pattern) return [];
  const folded = runs.text;
  const candidates: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    const index = m.findIndex((group, i) => i > 0 && group !== undefined);
    const kind = matcher.kinds[index - 1]!;
    const from = cliticStart(folded, m.index, ALLOWED[kind]);
    const name = (kind === 'elided' ? 'ا' : '') + m[index]!.replace(/\s+/gu, ' ');
    const alias = matcher.byName.get(name);
    if (from >= 0 && alias !== undefined) candidates.push({ from, start: m.index, end: m.index + m[0].length, alias });
    // On from the next character, not the match's end: a shorter alias inside this match is a candidate too.
    pattern.lastIndex = m.index + 1;
  }
  return longestApart(candidates).map((c) => {
    const start = originalIndex(runs, c.start);
    const end = afterMarks(text, originalIndex(runs, c.end - 1) + 1);
    const clitic = c.from < c.start ? text.slice(originalIndex(runs, c.from), start) : detachedClitic(text, start);
    return { start, end, alias: c.alias, clitic };
  });
}
