/** The reading column: title, file details, direction control and the article text, scroll remembered. */
import { SuggestionsBar } from '../mentions/SuggestionsBar';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationRecord } from '../../../shared/annotation/annotation';
import { effectiveDirection, type ArticleRecord } from '../../../shared/model';
import { useI18n } from '../../ui/i18n';
import { setDirectionOverride } from '../../db/articles';
import { appDatabase } from '../../db/database';
import { useArticle, useArticleAnnotations, useArticleText, useSettingsOrDefault, useTags } from '../../db/live';
import { loadReadingPosition, saveReadingPosition } from '../../db/readingPositions';
import { readingPositionOf, scrollToReadingPosition } from '../../editor/readingPosition';
import { AnnotationLayer } from '../../editor/AnnotationLayer';
import { ArticleView } from '../../editor/ArticleView';
import { SearchHitLayer } from '../../editor/SearchHitLayer';
import { AnnotationPanel } from '../annotate/AnnotationPanel';
import { readerAnnotationCommands } from '../annotate/annotateActions';
import { AnnotationSessionContext, useOpenAnnotationSession } from '../annotate/openAnnotationSession';
import { AnnotateNotice } from '../annotate/AnnotateNotice';
import { AnnotationAnnouncer } from '../annotate/AnnotationAnnouncer';
import { HoverCard } from '../annotate/HoverCard';
import { PickList } from '../annotate/PickList';
import { TagPalette } from '../annotate/TagPalette';
import { useUi } from '../../state/store';
import { visibleControls } from '../../../shared/text/visibleControls';
import { VisibleName } from '../../ui/VisibleName';

function DirectionControl({ article }: { article: ArticleRecord }) {
  const { t } = useI18n();
  const value = article.directionOverride ?? 'auto';
  return (
    <label className="direction-control">
      <span>{t('toolbar.direction')}</span>
      <select
        value={value}
        aria-label={t('toolbar.direction')}
        onChange={(e) => {
          const next = e.target.value === 'auto' ? null : (e.target.value as 'rtl' | 'ltr');
          void setDirectionOverride(appDatabase(), article.id, next);
        }}
      >
        <option value="auto">{t('direction.auto', { dir: t(`direction.${article.detectedDirection}`) })}</option>
        <option value="rtl">{t('direction.rtl')}</option>
        <option value="ltr">{t('direction.ltr')}</option>
      </select>
    </label>
  );
}

/** Resize mode (R) is on: says so, which annotation it acts on, and which keys do what. */
function ResizeModeStatus({ annotations }: { annotations: readonly AnnotationRecord[] }) {
  const { t } = useI18n();
  const on = useUi((s) => s.resizeMode);
  const selectedId = useUi((s) => s.selectedAnnotationId);
  const selected = on ? annotations.find((a) => a.id === selectedId) : undefined;
  if (!selected) return null;
  return (
    <p className="reader-mode" role="status" data-testid="resize-mode">
      {/* The annotation's text isolated (U+2068…U+2069), so its direction does not reorder the sentence around it. */}
      {t('annotate.resizeMode', { text: `\u2068${selected.exact.length > 40 ? `${selected.exact.slice(0, 40)}…` : selected.exact}\u2069` })}
    </p>
  );
}

export function ReaderPane() {
  const { t } = useI18n();
  const { selectedArticleId, readerFontSize, analystName } = useSettingsOrDefault();
  const article = useArticle(selectedArticleId);
  const text = useArticleText(article?.id ?? null);
  const annotations = useArticleAnnotations(article?.id ?? null);
  const tags = useTags();
  const shown = article && article.id === selectedArticleId ? article.id : null;
  const session = useOpenAnnotationSession(shown, text, analystName);
  const commands = useMemo(() => session && readerAnnotationCommands(session), [session]);
  // Selection, palette and pick list belong to one article.
  useEffect(() => useUi.getState().selectAnnotation(null), [selectedArticleId]);
  const scroller = useRef<HTMLDivElement>(null);
  const restoredFor = useRef<string | null>(null);
  const saveTimer = useRef<number | undefined>(undefined);
  // The article whose remembered scroll position is back: an annotation asked for from elsewhere
  // (revealRequest) is scrolled to after that, or the restore would move the view away from it.
  const [restored, setRestored] = useState<string | null>(null);

  const restoreScroll = useCallback(() => {
    const id = article?.id;
    if (!id || restoredFor.current === id) return;
    restoredFor.current = id;
    // Opened from the corpus search: the search brings its hit into view instead.
    if (useUi.getState().readerSearch?.articleId === id) return;
    void loadReadingPosition(appDatabase(), id).then((position) => {
      if (scroller.current) scrollToReadingPosition(scroller.current, position);
      setRestored(id);
    });
  }, [article?.id]);

  const reveal = useUi((s) => s.revealRequest);
  const focusPending = useUi((s) => s.readerFocusPending);
  useEffect(() => {
    if (!annotations || !shown || restored !== shown) return;
    const ui = useUi.getState();
    if (reveal?.articleId === shown) {
      ui.clearRevealRequest();
      if (annotations.some((a) => a.id === reveal.annotationId)) ui.selectAnnotation(reveal.annotationId);
      ui.flashSpan(reveal);
    } else if (!focusPending) return;
    // Back from another view (or sent to an annotation): the reader's keys act at once.
    ui.clearReaderFocus();
    scroller.current?.focus({ preventScroll: true });
  }, [reveal, focusPending, annotations, restored, shown]);

  useEffect(() => () => window.clearTimeout(saveTimer.current), []);

  const onScroll = () => {
    const id = article?.id;
    const element = scroller.current;
    if (!id || !element || restoredFor.current !== id) return;
    window.clearTimeout(saveTimer.current);
    // Written at once (almost): a reload a moment after scrolling must still find the place.
    saveTimer.current = window.setTimeout(() => void saveReadingPosition(appDatabase(), id, readingPositionOf(element)), 120);
  };

  if (!article || text === undefined || annotations === undefined || article.id !== selectedArticleId) {
    return (
      <section className="reader reader-empty" aria-label={t('reader.label')}>
        {article === null || selectedArticleId === null ? <p>{t('reader.placeholder')}</p> : null}
      </section>
    );
  }
  const direction = effectiveDirection(article);
  return (
    <AnnotationSessionContext.Provider value={session}>
      <section className="reader" aria-label={t('reader.label')}>
        <header className="reader-head">
          <div className="reader-meta">
            {/* <bdi> keeps a Latin file name from reordering the Arabic words around it; its hidden characters are shown. */}
            <VisibleName text={article.fileName} /> · <bdi>{article.encoding}</bdi> · {t('library.length', { chars: article.length })}
          </div>
          <DirectionControl article={article} />
        </header>
        <AnnotateNotice />
        <SuggestionsBar />
        <ResizeModeStatus annotations={annotations} />
        {/* The article's scroll area takes the focus: the reader's keys (caret, tagging, PageUp/PageDown) act where it is. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div className="reader-scroll" ref={scroller} onScroll={onScroll} tabIndex={0} data-testid="reader-scroll" style={{ fontSize: `${readerFontSize}px` }}>
          {text === null || !session || !commands ? (
            <p role="alert">{t('reader.missing')}</p>
          ) : (
            <ArticleView articleId={article.id} text={text} direction={direction} label={visibleControls(article.title)} onRendered={restoreScroll}>
              <AnnotationLayer session={session} commands={commands} annotations={annotations} tags={tags} />
              <SearchHitLayer articleId={article.id} text={text} />
            </ArticleView>
          )}
        </div>
        <TagPalette />
        <PickList annotations={annotations} />
        <HoverCard annotations={annotations} />
        <AnnotationAnnouncer articleId={article.id} annotations={annotations} tags={tags} />
      </section>
      <AnnotationPanel articleId={article.id} annotations={annotations} />
    </AnnotationSessionContext.Provider>
  );
}
