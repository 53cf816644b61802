/**
 * Plain article files (.txt, decoded as the library decodes them) as interchange data without
 * annotations: how the command line starts a bundle from a folder of articles. HTML needs a
 * browser's parser to be read as an article (intake.ts) and is refused here by name.
 */
import { intakeBytes } from '../text/intake';
import { importedArticleRecord, ImportError, type ImportSource, type InterchangeArticle, type InterchangeData } from './interchange';
import { defaultTags } from '../annotation/tagSet';

export async function importPlainArticles(sources: readonly ImportSource[], options: { author: string; now: number }): Promise<{ data: InterchangeData; refused: { path: string; reason: string }[] }> {
  const articles: InterchangeArticle[] = [];
  const refused: { path: string; reason: string }[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const result = await intakeBytes(source.path, source.bytes);
    if (!result.ok) {
      refused.push({ path: source.path, reason: result.reason });
      continue;
    }
    if (seen.has(result.id)) continue;
    seen.add(result.id);
    const fileName = source.path.split('/').pop() ?? source.path;
    const article = importedArticleRecord({ id: result.id, text: result.text, title: result.title, fileName, sourceKey: source.path, author: options.author, now: options.now }, result.direction);
    articles.push({ article: { ...article, encoding: result.encoding }, text: result.text, annotations: [], note: null });
  }
  if (articles.length === 0) throw new ImportError(sources.map((s) => s.path).join(', '), `no article could be read (${refused.map((r) => `${r.path}: ${r.reason}`).join('; ')})`);
  return { data: { exportedAt: options.now, analystName: options.author, tags: defaultTags(options.now, options.author), articles }, refused };
}
