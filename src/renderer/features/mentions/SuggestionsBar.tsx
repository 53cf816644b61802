/**
 * The suggested mentions of a "find all mentions" run (issue 13), above the reader: what is looked
 * for and where, how many are left, the buttons for what the keys do (A, X, Shift+A, Shift+X, F8,
 * Escape), and every suggestion listed in its sentence — the current one marked, any one shown in
 * the reader with a click.
 */
import { VisibleName } from '../../ui/VisibleName';
import { useArticles } from '../../db/live';
import { useCommandBindings } from '../../ui/commandBindings';
import { useI18n } from '../../ui/i18n';
import { useUi } from '../../state/store';
import {
  acceptAllSuggestions,
  acceptCurrentSuggestion,
  closeSuggestions,
  findMentionsOfEntity,
  findMentionsOfSelected,
  moveSuggestion,
  rejectAllSuggestions,
  rejectCurrentSuggestion,
  showSuggestion,
} from './mentionActions';

/** Binds the run's commands, and the two that start one, for the app's lifetime (the keys read the store). */
export function useMentionCommands(): void {
  useCommandBindings(
    () => ({
      'find-mentions': { run: () => void findMentionsOfSelected('article'), enabled: () => useUi.getState().selectedAnnotationId !== null },
      'find-mentions-corpus': { run: () => void findMentionsOfSelected('corpus'), enabled: () => useUi.getState().selectedAnnotationId !== null },
      'entity-find-mentions': { run: () => void findMentionsOfEntity(useUi.getState().entityPageId!), enabled: () => useUi.getState().view === 'entities' && useUi.getState().entityPageId !== null },
      'suggestion-next': { run: ({ event }) => moveSuggestion(event?.shiftKey ? -1 : 1) },
      'suggestion-accept': { run: () => void acceptCurrentSuggestion() },
      'suggestion-reject': { run: () => void rejectCurrentSuggestion() },
      'suggestion-accept-all': { run: () => void acceptAllSuggestions() },
      'suggestion-reject-all': { run: () => void rejectAllSuggestions() },
      'suggestions-close': { run: () => closeSuggestions() },
    }),
    [],
  );
}

/** How many suggestions the list shows at once, and how many of them before the current one. */
const LIST_WINDOW = 100;
const LIST_BEFORE = 20;

export function SuggestionsBar() {
  const { t } = useI18n();
  const run = useUi((s) => s.mentionRun);
  const busy = useUi((s) => s.mentionBusy);
  const suggestions = useUi((s) => s.suggestions);
  const current = useUi((s) => s.currentSuggestion);
  const articles = useArticles();
  if (!run) return null;
  // A corpus run can propose tens of thousands: the list shows a window around the current one.
  const from = Math.max(0, Math.min(current - LIST_BEFORE, suggestions.length - LIST_WINDOW));
  const shown = suggestions.slice(from, from + LIST_WINDOW);
  const titles = new Map((articles ?? []).map((a) => [a.id, a.title]));
  const articleCount = new Set(suggestions.map((s) => s.articleId)).size;
  const empty = !busy && suggestions.length === 0;
  return (
    <section className="suggestions-bar" aria-label={t('mentions.list')} data-testid="suggestions">
      <header className="suggestions-head">
        <h2>
          {t('mentions.heading', { name: run.title })} <span className="suggestions-scope">{t(`mentions.scope.${run.scope}`)}</span>
        </h2>
        <p role="status" className="suggestions-count" data-busy={busy ? 'true' : 'false'}>
          {busy ? t('mentions.busy') : empty ? t('mentions.none') : t('mentions.count', { count: suggestions.length, articles: articleCount })}
          {!busy && !empty ? ` · ${t('mentions.position', { at: current + 1, count: suggestions.length })}` : null}
        </p>
        <div className="suggestions-actions">
          <button type="button" onClick={() => moveSuggestion(-1)} disabled={suggestions.length < 2} title="Shift+F8">
            {t('mentions.previous')}
          </button>
          <button type="button" onClick={() => moveSuggestion(1)} disabled={suggestions.length < 2} title="F8">
            {t('mentions.next')}
          </button>
          <button type="button" onClick={() => void acceptCurrentSuggestion()} disabled={empty || busy} title="A">
            {t('mentions.accept')}
          </button>
          <button type="button" onClick={() => void rejectCurrentSuggestion()} disabled={empty || busy} title="X">
            {t('mentions.reject')}
          </button>
          <button type="button" onClick={() => void acceptAllSuggestions()} disabled={empty || busy} title="Shift+A">
            {t('mentions.acceptAll')}
          </button>
          <button type="button" onClick={() => void rejectAllSuggestions()} disabled={empty || busy} title="Shift+X">
            {t('mentions.rejectAll')}
          </button>
          <button type="button" onClick={closeSuggestions} title="Esc">
            {t('mentions.close')}
          </button>
        </div>
      </header>
      {suggestions.length > 0 ? (
        <ol className="suggestion-list">
          {shown.map((s, at) => (
            <li key={`${s.articleId}:${s.start}`} aria-current={from + at === current ? 'true' : undefined}>
              <button type="button" onClick={() => void showSuggestion(from + at)} dir="auto">
                {run.scope === 'corpus' ? (
                  <span className="suggestion-article">
                    <VisibleName text={titles.get(s.articleId) ?? ''} />
                  </span>
                ) : null}
                <bdi className="suggestion-context">
                  …{s.before}
                  <mark>{s.text}</mark>
                  {s.after}…
                </bdi>
                {s.existingId ? <span className="suggestion-note">{t('mentions.links')}</span> : null}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
