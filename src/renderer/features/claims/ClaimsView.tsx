/**
 * The claims view (issue 13): every claim of the corpus with its claimant (the entity's name when the
 * claimant is linked to one), verification, confidence, article and links, filtered by words (folded:
 * diacritics and alef forms aside), verification and claimant, and sorted by any column. ↑/↓ move the
 * active row (from the filter field too), Enter opens the claim in the reader selected and flashed,
 * / goes to the filter, Esc back to the reader.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../shared/annotation/annotation';
import { commandRow, keysShown } from '../../../shared/commands/commandTable';
import { CLAIM_SORT_KEYS, claimantChoices, filterClaims, NO_CLAIMANT, sortClaims, type ClaimSortKey, type CorpusClaim } from '../../../shared/claims/corpusClaim';
import { useCorpusClaims } from '../../db/liveClaims';
import { useUi } from '../../state/store';
import { keyed, useCommandBindings } from '../../ui/commandBindings';
import { useI18n } from '../../ui/i18n';
import { Listbox } from '../../ui/Listbox';
import { nextOption } from '../../ui/listboxMoves';
import { ClaimRow } from './ClaimRow';
import { backToReader, openClaim } from './claimsActions';

/** Rows rendered at first, and added each time the end of the list scrolls into view. */
const LIST_PAGE = 200;
const LIST_COMMANDS = { move: 'claims-move', ends: 'claims-ends' } as const;

/** Where the keys of the list must not act: a select or a button keeps its own arrows and Enter. */
const ownKeys = () => {
  const element = document.activeElement;
  return element instanceof HTMLSelectElement || element instanceof HTMLButtonElement;
};

function SortButton({ column }: { column: ClaimSortKey }) {
  const { t } = useI18n();
  const sort = useUi((s) => s.claimSort);
  const on = sort.key === column;
  return (
    <button type="button" className="claims-sort" aria-pressed={on} aria-label={t('claims.sortBy', { column: t(`claims.column.${column}`) })} onClick={() => useUi.getState().sortClaimsBy(column)}>
      {t(`claims.column.${column}`)}
      <span aria-hidden="true" className="claims-sort-mark">
        {on ? (sort.descending ? '▼' : '▲') : ''}
      </span>
    </button>
  );
}

export function ClaimsView() {
  const { t, language } = useI18n();
  const claims = useCorpusClaims();
  const filters = useUi((s) => s.claimFilters);
  const sort = useUi((s) => s.claimSort);
  const activeId = useUi((s) => s.activeClaimId);
  const list = useRef<HTMLUListElement>(null);
  const filterField = useRef<HTMLInputElement>(null);
  const compare = useMemo(() => new Intl.Collator(language).compare, [language]);
  const claimants = useMemo(() => claimantChoices(claims ?? [], compare), [claims, compare]);
  const shown = useMemo(() => sortClaims(filterClaims(claims ?? [], filters), sort, compare), [claims, filters, sort, compare]);

  const latest = useRef(shown);
  latest.current = shown;
  const activeIndex = shown.findIndex((c) => c.id === activeId);
  const position = () => ({ index: latest.current.findIndex((c) => c.id === useUi.getState().activeClaimId), count: latest.current.length });
  const moveTo = (index: number) => {
    const claim = latest.current[index];
    if (claim) useUi.getState().setActiveClaim(claim.id);
  };
  useCommandBindings(
    () => ({
      // Bound over the list's own move (this effect runs after the Listbox's): the same move, declined in a select.
      'claims-move': keyed((event) => {
        if (ownKeys()) return false;
        const { index, count } = position();
        const next = nextOption(event.key, index, count);
        if (next !== null) moveTo(next);
      }),
      'claims-open': {
        run: () => {
          if (ownKeys()) return false;
          const claim = latest.current.find((c) => c.id === useUi.getState().activeClaimId) ?? latest.current[0];
          if (!claim) return false;
          void openClaim(claim);
        },
      },
      'claims-filter': { run: () => filterField.current?.focus() },
      'claims-back': {
        run: () => {
          if (document.activeElement === filterField.current && useUi.getState().claimFilters.text) useUi.getState().setClaimFilters({ text: '' });
          else backToReader();
        },
      },
    }),
    [],
  );

  // The list takes the focus when the view opens, so its keys work at once.
  useEffect(() => list.current?.focus(), []);
  useEffect(() => {
    if (activeId) list.current?.querySelector(`[data-claim-id="${activeId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  // Only the first rows are rendered, more as the list is scrolled (as in the annotation panel).
  const [rendered, setRendered] = useState(LIST_PAGE);
  const visibleCount = Math.max(rendered, activeIndex + LIST_PAGE / 4);
  const more = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const sentinel = more.current;
    if (!sentinel) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setRendered((count) => count + LIST_PAGE);
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [visibleCount, shown.length]);

  return (
    <section className="claims-view" aria-labelledby="claims-title" data-testid="claims-view">
      <header className="claims-head">
        <h2 id="claims-title">{t('claims.title')}</h2>
        {claims && (
          <p className="claims-count" aria-live="polite" data-count={shown.length}>
            {t('claims.count', { shown: shown.length, total: claims.length })}
          </p>
        )}
        <button type="button" className="claims-back" onClick={backToReader} title={keysShown(commandRow('claims-back'))}>
          {t('claims.back')} <kbd>{keysShown(commandRow('claims-back'))}</kbd>
        </button>
      </header>
      <div className="claims-filters">
        <label>
          <span>
            {t('claims.filter')} <kbd>{keysShown(commandRow('claims-filter'))}</kbd>
          </span>
          <input
            ref={filterField}
            id="claims-filter"
            type="search"
            dir="auto"
            placeholder={t('claims.filterPlaceholder')}
            value={filters.text}
            onChange={(e) => useUi.getState().setClaimFilters({ text: e.target.value })}
          />
        </label>
        <label>
          {t('claims.status')}
          <select value={filters.status} onChange={(e) => useUi.getState().setClaimFilters({ status: e.target.value as ClaimStatus | 'all' })}>
            <option value="all">{t('annotate.allStatuses')}</option>
            {CLAIM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`claim.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('claims.claimant')}
          <select value={filters.claimant} onChange={(e) => useUi.getState().setClaimFilters({ claimant: e.target.value })}>
            <option value="">{t('claims.allClaimants')}</option>
            <option value={NO_CLAIMANT}>{t('claims.noClaimant')}</option>
            {claimants.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="claims-keys muted">{t('claims.keys')}</p>
      <div className="claims-columns" role="group" aria-label={t('claims.sort')}>
        {CLAIM_SORT_KEYS.map((column) => (
          <SortButton key={column} column={column} />
        ))}
      </div>
      {!claims && <p className="muted">{t('claims.loading')}</p>}
      {claims && claims.length === 0 && <p className="muted">{t('claims.empty')}</p>}
      {claims && claims.length > 0 && shown.length === 0 && <p className="muted">{t('claims.noMatch')}</p>}
      <Listbox
        listRef={list}
        className="claims-list"
        label={t('claims.list')}
        data-testid="claims-list"
        activeId={activeIndex >= 0 ? `claim-row-${activeId}` : undefined}
        commands={LIST_COMMANDS}
        position={position}
        onMove={moveTo}
      >
        {shown.slice(0, visibleCount).map((claim: CorpusClaim) => (
          <ClaimRow key={claim.id} claim={claim} active={claim.id === activeId} />
        ))}
        {shown.length > visibleCount && (
          <li ref={more} className="list-more" aria-hidden="true">
            …
          </li>
        )}
      </Listbox>
    </section>
  );
}
