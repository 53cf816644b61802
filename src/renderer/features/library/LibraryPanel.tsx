/** The library: every article with title, file, length and annotation count; filtered as you type. */
import { memo, useMemo, useRef, type MouseEvent } from 'react';
import type { ArticleRecord, UiLanguage } from '../../../shared/model';
import { appDatabase } from '../../db/database';
import { useAnnotationCounts, useArticles, useSettingsOrDefault } from '../../db/live';
import { writeSetting } from '../../db/settings';
import { useCommandBindings } from '../../ui/commandBindings';
import { useI18n } from '../../ui/i18n';
import { Listbox, ListboxOption } from '../../ui/Listbox';
import { VisibleName } from '../../ui/VisibleName';
import { useUi } from '../../state/store';
import { useTitleFilter } from './useTitleFilter';

const LIST_COMMANDS = { move: 'library-move', ends: 'library-ends' } as const;

export function selectArticle(id: string): Promise<void> {
  return writeSetting(appDatabase(), 'selectedArticleId', id);
}

interface ArticleRowProps {
  article: ArticleRecord;
  selected: boolean;
  ticked: boolean;
  superseded: boolean;
  count: number;
  /** Only compared: the row's words and numbers follow the interface language. */
  language: UiLanguage;
  onClick: (event: MouseEvent) => void;
}

/**
 * One library entry. The list is re-read after every import batch, with new objects for every
 * article: rows compare what they show, so only new or changed rows render again.
 */
const ArticleRow = memo(
  function ArticleRow({ article, selected, ticked, superseded, count, onClick }: ArticleRowProps) {
    const { t } = useI18n();
    return (
      <ListboxOption
        id={`article-${article.id}`}
        selected={selected}
        aria-checked={ticked}
        className={superseded ? 'article-item superseded' : 'article-item'}
        onClick={onClick}
        data-article-id={article.id}
        title={t('library.tick')}
      >
        <span className="article-tick" aria-hidden="true">
          {ticked ? '☑' : '☐'}
        </span>
        <VisibleName className="article-title" text={article.title} />
        <span className="article-meta">
          <VisibleName className="article-file" dir="ltr" text={article.fileName} />
          <span className="article-length">{t('library.length', { chars: article.length })}</span>
          <span className="article-annotations">{t('library.annotations', { count })}</span>
        </span>
        {superseded && <span className="article-badge">{t('library.newerVersion')}</span>}
        {article.previousVersionId && <span className="article-badge">{t('library.versionOf')}</span>}
      </ListboxOption>
    );
  },
  (a, b) =>
    a.article.id === b.article.id &&
    a.article.updatedAt === b.article.updatedAt &&
    a.article.previousVersionId === b.article.previousVersionId &&
    a.selected === b.selected &&
    a.ticked === b.ticked &&
    a.superseded === b.superseded &&
    a.count === b.count &&
    a.language === b.language,
);

export function LibraryPanel() {
  const { t, language } = useI18n();
  const articles = useArticles();
  const counts = useAnnotationCounts();
  const { selectedArticleId } = useSettingsOrDefault();
  const filter = useUi((s) => s.titleFilter);
  const setFilter = useUi((s) => s.setTitleFilter);
  const shown = useTitleFilter(articles ?? [], filter);
  const listRef = useRef<HTMLUListElement>(null);
  const replaced = useMemo(() => new Set((articles ?? []).map((a) => a.previousVersionId).filter(Boolean)), [articles]);

  // Key repeats arrive faster than the live query reports the new selection: move from the last
  // article this panel selected, not from the (possibly stale) stored one.
  const cursor = useRef<string | null>(null);
  const ticked = useUi((s) => s.ticked);
  const tickedSet = useMemo(() => new Set(ticked), [ticked]);
  const shownIds = useMemo(() => shown.map((a) => a.id), [shown]);
  // Rows keep the click handler of their first render (they re-render only when what they show
  // changes), so the handler reads the list and the selection from here, not from its closure.
  const latest = useRef({ selectedArticleId, shownIds });
  latest.current = { selectedArticleId, shownIds };
  const onRowClick = (id: string, event: MouseEvent) => {
    const ui = useUi.getState();
    if (event.shiftKey) {
      // A range from the anchor; before anything was ticked, the anchor is the article on screen.
      const from = cursor.current ?? latest.current.selectedArticleId;
      if (!ui.tickAnchor && from && from !== id) ui.toggleTick(from);
      ui.tickRange(id, latest.current.shownIds);
      return;
    }
    if (event.ctrlKey || event.metaKey) {
      ui.toggleTick(id);
      return;
    }
    cursor.current = id;
    void selectArticle(id);
  };
  /** The article the keys move from: the one this panel last selected, else the stored selection. */
  const current = () => {
    const { shownIds, selectedArticleId: selected } = latest.current;
    return cursor.current && shownIds.includes(cursor.current) ? cursor.current : selected;
  };
  const position = () => {
    const from = current();
    return { index: from ? latest.current.shownIds.indexOf(from) : -1, count: latest.current.shownIds.length };
  };
  const moveTo = (index: number) => {
    cursor.current = latest.current.shownIds[index]!;
    void selectArticle(cursor.current);
    listRef.current?.querySelectorAll('li')[index]?.scrollIntoView({ block: 'nearest' });
  };
  useCommandBindings(
    () => ({
      'filter-to-list': { run: () => listRef.current?.focus() },
      'filter-clear': { run: () => useUi.getState().setTitleFilter('') },
      'library-tick': {
        run: () => {
          const article = current();
          if (article) useUi.getState().toggleTick(article);
        },
      },
    }),
    [],
  );

  return (
    <aside className="library" aria-label={t('library.title')}>
      <div className="library-head">
        <h2>{t('library.title')}</h2>
        <input
          id="title-filter"
          type="search"
          dir="auto"
          className="title-filter"
          placeholder={t('library.filter')}
          aria-label={t('library.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        {articles && (
          <p className="library-count" aria-live="polite">
            {t('library.count', { shown: shown.length, total: articles.length })}
            {ticked.length > 0 && (
              <>
                {' · '}
                <span className="library-ticked">{t('library.ticked', { count: ticked.length })}</span>{' '}
                <button type="button" className="link-button" onClick={() => useUi.getState().clearTicks()}>
                  {t('library.clearTicks')}
                </button>
              </>
            )}
          </p>
        )}
      </div>
      {articles && articles.length === 0 && <p className="library-empty">{t('library.empty')}</p>}
      {articles && articles.length > 0 && shown.length === 0 && <p className="library-empty">{t('library.noMatch', { query: filter })}</p>}
      <Listbox
        listRef={listRef}
        className="article-list"
        aria-multiselectable="false"
        label={t('library.title')}
        activeId={selectedArticleId ? `article-${selectedArticleId}` : undefined}
        commands={LIST_COMMANDS}
        position={position}
        onMove={moveTo}
      >
        {shown.map((article) => (
          <ArticleRow
            key={article.id}
            article={article}
            selected={article.id === selectedArticleId}
            ticked={tickedSet.has(article.id)}
            superseded={replaced.has(article.id)}
            count={counts.get(article.id) ?? 0}
            language={language}
            onClick={(event) => onRowClick(article.id, event)}
          />
        ))}
      </Listbox>
    </aside>
  );
}
