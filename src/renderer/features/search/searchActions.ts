/** Moving through the corpus search's hits: each move opens the hit's article in the reader with every hit marked. */
import { appDatabase } from '../../db/database';
import { readSettings, writeSetting } from '../../db/settings';
import { stepCursor, type HitCursor } from '../../../shared/search/searchResults';
import { useUi } from '../../state/store';
import { loadResultDetails, RESULTS_PAGE } from './searchClient';

/** Opens the hit at `cursor`: its article in the reader, scrolled to it, every hit of the query there marked. */
export async function openHit(cursor: HitCursor): Promise<void> {
  let article = useUi.getState().searchResults?.articles[cursor.article];
  if (!article) return;
  if (!article.hits) {
    // Load a page more, so the list shows the article being read.
    await loadResultDetails(Math.max(cursor.article, RESULTS_PAGE));
    article = useUi.getState().searchResults?.articles[cursor.article];
    if (!article?.hits) return;
  }
  const ui = useUi.getState();
  const hit = Math.min(cursor.hit, article.hits.length - 1);
  ui.showSearchHit({ article: cursor.article, hit }, { articleId: article.articleId, spans: article.hits, current: hit });
  if (ui.view !== 'reader') ui.showView('reader');
  const db = appDatabase();
  if ((await readSettings(db)).selectedArticleId !== article.articleId) await writeSetting(db, 'selectedArticleId', article.articleId);
}

/** Next (1) or previous (-1) hit; false when there are no results to move through. */
export function moveHit(step: 1 | -1): boolean {
  const { searchResults, searchCursor } = useUi.getState();
  // An article not counted yet counts as "as many as it has": openHit loads it and goes to its last hit.
  const next = stepCursor(searchResults?.articles.map((a) => a.hits?.length ?? a.count ?? Infinity) ?? [], searchCursor, step);
  if (!next) return false;
  void openHit(next);
  return true;
}
