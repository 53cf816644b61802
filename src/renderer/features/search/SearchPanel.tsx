/**
 * The corpus search (Ctrl+F): a box over every article's text and the results grouped by article,
 * each hit in its sentence with the hit marked. It takes the library's place while open. Enter and
 * Shift+Enter in the box (F3 and Shift+F3 anywhere) move from hit to hit across articles, opening
 * each in the reader with every hit marked; Escape closes it and takes the marks away.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { commandRow, keysShown } from '../../../shared/commands/commandTable';
import type { ArticleResult, HitCursor, HitView, IndexStatus, SearchResults } from '../../../shared/search/searchResults';
import { useCommandBindings } from '../../ui/commandBindings';
import { useI18n } from '../../ui/i18n';
import { useUi } from '../../state/store';
import { moveHit, openHit } from './searchActions';
import { loadResultDetails, RESULTS_PAGE, searchFor } from './searchClient';
import { VisibleName } from '../../ui/VisibleName';

/** Hits listed per article before "show every hit". */
const HITS_SHOWN = 5;

const inBox = () => document.activeElement?.id === 'corpus-search';

function StatusLine({ status, results, query }: { status: IndexStatus; results: SearchResults | null; query: string }) {
  const { t } = useI18n();
  const typed = query.trim() !== '';
  const current = results && results.query === query ? results : null;
  let text: string | null = null;
  if (status.phase === 'failed') text = t('search.failed');
  else if (status.phase === 'loading') text = t('search.loading');
  else if (typed && !current) text = t('search.searching');
  else if (typed && current && current.words.length > 0) {
    if (!current.complete || current.totalHits === null) text = t('search.counting');
    else text = current.articles.length === 0 ? t('search.noResults', { query: query.trim() }) : t('search.summary', { hits: current.totalHits, articles: current.articles.length });
  }
  const indexing = status.phase === 'indexing' ? t('search.indexing', { done: status.done, total: status.total }) : null;
  return (
    <div className="search-status" role="status" data-phase={status.phase} data-warm={status.warm} data-testid="search-status">
      {indexing && (
        <p className="search-progress">
          <progress max={status.total} value={status.done} aria-label={indexing} /> {indexing}
        </p>
      )}
      {text && <p className={current && current.articles.length === 0 && typed ? 'search-empty' : 'search-summary'}>{text}</p>}
    </div>
  );
}

interface HitRowProps {
  hit: HitView;
  current: boolean;
  onOpen: () => void;
}

const HitRow = memo(function HitRow({ hit, current, onOpen }: HitRowProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <li>
      <button ref={ref} type="button" className="search-hit" aria-current={current ? 'true' : undefined} onClick={onOpen} dir="auto">
        {hit.before}
        <mark>{hit.match}</mark>
        {hit.after}
      </button>
    </li>
  );
});

interface GroupProps {
  result: ArticleResult;
  index: number;
  /** The current hit's index when it is in this article. */
  currentHit: number | null;
}

const ResultGroup = memo(function ResultGroup({ result, index, currentHit }: GroupProps) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const hits = result.hits ?? [];
  // The hit being read is always listed, even past the first few.
  const limit = all ? hits.length : Math.max(HITS_SHOWN, (currentHit ?? 0) + 1);
  const open = (hit: number) => void openHit({ article: index, hit });
  return (
    <li className="search-group" data-article-id={result.articleId}>
      <h3 className="search-group-title">
        <VisibleName text={result.title || t('search.untitled')} /> <span className="search-group-count">{t('search.hitCount', { count: hits.length })}</span>
      </h3>
      <ul className="search-hits">
        {hits.slice(0, limit).map((hit, i) => (
          <HitRow key={hit.start} hit={hit} current={currentHit === i} onOpen={() => open(i)} />
        ))}
      </ul>
      {hits.length > limit && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {t('search.allHits', { count: hits.length })}
        </button>
      )}
    </li>
  );
});

function Position({ cursor, results }: { cursor: HitCursor | null; results: SearchResults | null }) {
  const { t } = useI18n();
  const article = cursor && results?.articles[cursor.article];
  if (!cursor || !article) return null;
  return (
    <p className="search-position" data-testid="search-position">
      {t('search.position', { hit: cursor.hit + 1, count: article.hits?.length ?? article.count ?? 0, article: cursor.article + 1, articles: results.articles.length })}
    </p>
  );
}

export function SearchPanel() {
  const { t } = useI18n();
  const query = useUi((s) => s.searchQuery);
  const status = useUi((s) => s.searchStatus);
  const results = useUi((s) => s.searchResults);
  const cursor = useUi((s) => s.searchCursor);
  const focusRequest = useUi((s) => s.searchFocusRequest);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  useCommandBindings(
    () => ({
      'search-box-next': { run: () => inBox() && moveHit(1) },
      'search-box-previous': { run: () => inBox() && moveHit(-1) },
      'search-close': { run: () => useUi.getState().closeSearch() },
      // `/` is the library's filter: the library comes back to take it.
      'focus-filter': {
        run: () => {
          useUi.getState().closeSearch();
          requestAnimationFrame(() => document.getElementById('title-filter')?.focus());
        },
      },
    }),
    [],
  );

  const shown = results && results.query === query ? results : null;
  const loaded = shown ? shown.articles.findIndex((a) => !a.hits) : -1;
  const listed = shown ? (loaded === -1 ? shown.articles : shown.articles.slice(0, loaded)) : [];
  const left = shown ? shown.articles.length - listed.length : 0;

  return (
    <aside className="search-panel" aria-label={t('search.title')}>
      <div className="search-head">
        <div className="search-title-row">
          <h2>{t('search.title')}</h2>
          <button type="button" className="search-close" title={t('search.close')} aria-label={t('search.close')} onClick={() => useUi.getState().closeSearch()}>
            ×
          </button>
        </div>
        <input
          ref={input}
          id="corpus-search"
          type="search"
          dir="auto"
          className="search-box"
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          aria-describedby="search-rules"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => searchFor(event.target.value)}
        />
        <p id="search-rules" className="search-rules">
          {t('search.rules')}
        </p>
        <p className="search-keys">
          <kbd dir="ltr">{`${keysShown(commandRow('search-box-next'))} / ${keysShown(commandRow('search-next-hit'))}`}</kbd> {t('search.keysMove')} ·{' '}
          <kbd dir="ltr">{keysShown(commandRow('search-close'))}</kbd> {t('search.keysClose')}
        </p>
        <StatusLine status={status} results={results} query={query} />
        <Position cursor={cursor} results={shown} />
      </div>
      <ol className="search-results" data-query={shown?.query} aria-label={t('search.title')}>
        {listed.map((result, index) => (
          <ResultGroup key={`${query}\n${result.articleId}`} result={result} index={index} currentHit={cursor?.article === index ? cursor.hit : null} />
        ))}
      </ol>
      {left > 0 && (
        <button type="button" className="link-button search-more" onClick={() => void loadResultDetails(listed.length + RESULTS_PAGE - 1)}>
          {t('search.more', { left })}
        </button>
      )}
    </aside>
  );
}
