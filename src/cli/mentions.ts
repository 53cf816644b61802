/**
 * `isnad mentions`: every mention of a name in a corpus, by the same alias matcher as the app's
 * find-all (src/shared/arabic/aliasMatcher.ts) — behind attached clitics, insensitive to
 * diacritics, tatweel and alef forms, never inside a longer word. One line per match, for
 * pipelines: offsets in code points, as every export counts them.
 */
import { compileAliases, findAliasMatches } from '../shared/arabic/aliasMatcher';
import { OffsetMap } from '../shared/interchange/codePoints';
import { detectImportFormat, importData } from '../shared/interchange/importData';
import { ImportError, type InterchangeArticle } from '../shared/interchange/interchange';
import { importPlainArticles } from '../shared/interchange/plainArticles';
import { readSources } from './files';
import { UsageError } from './usageError';

interface Io {
  out(line: string): void;
  err(line: string): void;
  now(): number;
}

/** The articles of a data file (a bundle, or any format Isnad imports), or of plain .txt files; and what to call each. */
async function readArticles(paths: readonly string[], io: Io): Promise<{ article: InterchangeArticle; label: string }[]> {
  const sources = await readSources(paths);
  const options = { author: 'isnad', now: io.now() };
  if (detectImportFormat(sources)) {
    const { data } = await importData(sources, options);
    return data.articles.map((a) => ({ article: a, label: a.article.fileName || a.article.title }));
  }
  const texts = sources.filter((f) => /\.txt$/i.test(f.path));
  if (texts.length === 0) throw new ImportError(paths.join(', '), 'holds no .txt article and is not a bundle, W3C JSON-LD, brat folder or .qdpx');
  for (const f of sources.filter((x) => !texts.includes(x))) io.err(`  not an article (only .txt files are): ${f.path}`);
  const { data, refused } = await importPlainArticles(texts, options);
  for (const r of refused) io.err(`  not an article: ${r.path} (${r.reason})`);
  // A folder's articles by their path in it: two folders may each hold an 01.txt.
  return data.articles.map((a) => ({ article: a, label: a.article.sourceKey }));
}

/** A field of a tab-separated line: a tab or a line break inside it would split the line. */
const field = (text: string) => text.replace(/[\t\r\n]/g, ' ');

export async function runMentions(positionals: readonly string[], values: { alias?: string[]; json?: boolean }, io: Io): Promise<void> {
  if (positionals.length === 0) throw new UsageError('mentions needs a bundle or a folder of .txt articles: isnad mentions <bundle or folder> --alias <name>...');
  const aliases = values.alias ?? [];
  if (aliases.length === 0) throw new UsageError('mentions needs at least one --alias <name> (repeat it for each spelling)');
  const matcher = compileAliases(aliases);
  if (!matcher.pattern) throw new UsageError('every --alias is empty once diacritics and tatweel are set aside');
  const articles = await readArticles(positionals, io);
  let count = 0;
  let inArticles = 0;
  for (const { article, label } of articles) {
    const matches = findAliasMatches(article.text, matcher);
    if (matches.length === 0) continue;
    inArticles++;
    const offsets = new OffsetMap(article.text);
    for (const m of matches) {
      const start = offsets.toCodePoints(m.start);
      const end = offsets.toCodePoints(m.end);
      const text = article.text.slice(m.start, m.end);
      count++;
      if (values.json) io.out(JSON.stringify({ article: label, start, end, text, clitic: m.clitic, alias: m.alias }));
      else io.out([label, start, end, text, m.clitic].map((v) => field(String(v))).join('\t'));
    }
  }
  // The count goes to stderr, so that stdout holds the matches alone.
  io.err(`${count} ${count === 1 ? 'mention' : 'mentions'} in ${inArticles} of ${articles.length} ${articles.length === 1 ? 'article' : 'articles'}`);
}
