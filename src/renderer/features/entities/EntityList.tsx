/**
 * Every entity with its type, mention count and article count: filtered as the analyst types (names
 * and aliases, folded, clitics aside) and by type, sorted by any column. The filter field is the
 * list's search field: ↑/↓ move the active entity and Enter opens its page from there or the list.
 */
import { useEffect, useMemo, useRef } from 'react';
import { ENTITY_TYPES, type EntityType } from '../../../shared/entity/entity';
import { entityListRows, type EntitySortKey } from '../../../shared/entity/entityListOrder';
import { commandRow, keysShown } from '../../../shared/commands/commandTable';
import { useEntitySummaries } from '../../db/entityLive';
import { useUi } from '../../state/store';
import { useCommandBindings } from '../../ui/commandBindings';
import { useI18n } from '../../ui/i18n';
import { Listbox, ListboxOption } from '../../ui/Listbox';
import { backToReader } from './entityActions';

const LIST_COMMANDS = { move: 'entities-move', ends: 'entities-ends' } as const;

const COLUMNS: readonly EntitySortKey[] = ['name', 'type', 'mentions', 'articles'];

/** Counts read best largest first; names and types A to Z. */
const FIRST_DESCENDING: Record<EntitySortKey, boolean> = { name: false, type: false, mentions: true, articles: true };

export function EntityList() {
  const { t, n } = useI18n();
  const summaries = useEntitySummaries();
  const query = useUi((s) => s.entityList);
  const filterField = useRef<HTMLInputElement>(null);
  const typeLabel = (type: EntityType) => t(`entity.type.${type}`);
  const rows = useMemo(() => entityListRows(summaries ?? [], query, (type) => t(`entity.type.${type}`)), [summaries, query, t]);
  const activeIndex = Math.max(
    0,
    rows.findIndex((r) => r.entity.id === query.activeId),
  );
  const active = rows[activeIndex];
  const latest = useRef({ rows, activeIndex });
  latest.current = { rows, activeIndex };

  // The filter takes the focus when the list opens: typing a name is the first thing one does here.
  // The filter is on screen from the first frame (the list comes when read), so keys typed right after
  // Ctrl+Shift+E are not lost.
  useEffect(() => filterField.current?.focus(), []);
  useEffect(() => {
    if (active) document.getElementById(`entity-row-${active.entity.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const moveTo = (index: number) => {
    const row = latest.current.rows[index];
    if (!row) return;
    latest.current.activeIndex = index;
    useUi.getState().setEntityList({ activeId: row.entity.id });
  };
  const open = (id: string) => {
    useUi.getState().setEntityList({ activeId: id });
    useUi.getState().openEntityPage(id);
  };
  useCommandBindings(
    () => ({
      'entities-open': {
        run: () => {
          const row = latest.current.rows[latest.current.activeIndex];
          if (!row) return false;
          open(row.entity.id);
        },
      },
    }),
    [],
  );

  const sortBy = (key: EntitySortKey) => {
    const same = query.sort === key;
    useUi.getState().setEntityList({ sort: key, descending: same ? !query.descending : FIRST_DESCENDING[key] });
  };

  return (
    <div className="entity-list-view">
      <header className="entities-head">
        <h2>{t('entities.title')}</h2>
        <span className="muted" data-testid="entities-count">
          {summaries === undefined
            ? ''
            : query.filter || query.type !== 'all'
              ? t('entities.shown', { shown: rows.length, count: summaries.length })
              : t('entities.count', { count: summaries.length })}
        </span>
        <button type="button" onClick={backToReader} title={keysShown(commandRow('entities-back'))}>
          {t('entities.back')}
        </button>
      </header>
      <div className="entities-filters">
        <input
          ref={filterField}
          type="text"
          dir="auto"
          role="combobox"
          className="entities-filter"
          aria-label={t('entities.filter')}
          placeholder={t('entities.filterPlaceholder')}
          aria-autocomplete="list"
          aria-expanded={rows.length > 0}
          aria-controls="entity-list"
          aria-activedescendant={active ? `entity-row-${active.entity.id}` : undefined}
          value={query.filter}
          onChange={(e) => useUi.getState().setEntityList({ filter: e.target.value, activeId: null })}
        />
        <div className="entities-types" role="group" aria-label={t('entities.types')}>
          {(['all', ...ENTITY_TYPES] as const).map((type) => (
            <button key={type} type="button" aria-pressed={query.type === type} onClick={() => useUi.getState().setEntityList({ type, activeId: null })}>
              {type === 'all' ? t('entities.allTypes') : typeLabel(type)}
            </button>
          ))}
        </div>
      </div>
      {summaries === undefined ? null : summaries.length === 0 ? (
        <p className="muted entities-empty">{t('entities.empty')}</p>
      ) : (
        <>
          <div className="entity-columns" role="group" aria-label={t('entities.sortBy')}>
            {COLUMNS.map((key) => (
              <button key={key} type="button" className={`entity-col-${key}`} aria-pressed={query.sort === key} onClick={() => sortBy(key)} data-sort={key}>
                {t(`entities.column.${key}`)}
                {query.sort === key && <span aria-hidden="true">{query.descending ? ' ▼' : ' ▲'}</span>}
              </button>
            ))}
          </div>
          {rows.length === 0 && <p className="muted">{t('entities.noMatch', { query: query.filter })}</p>}
          <Listbox
            id="entity-list"
            className="entity-list"
            label={t('entities.list')}
            data-testid="entity-list"
            activeId={active ? `entity-row-${active.entity.id}` : undefined}
            commands={LIST_COMMANDS}
            position={() => ({ index: latest.current.activeIndex, count: latest.current.rows.length })}
            onMove={moveTo}
          >
            {rows.map((row) => (
              <ListboxOption key={row.entity.id} id={`entity-row-${row.entity.id}`} className="entity-row" selected={row === active} data-entity-id={row.entity.id} onClick={() => open(row.entity.id)}>
                {/* Aligned with its heading in either interface; the name itself isolated in its own direction. */}
                <span className="entity-col-name">
                  <bdi>{row.entity.name}</bdi>
                </span>
                <span className="entity-col-type">{typeLabel(row.entity.type)}</span>
                <span className="entity-col-mentions" aria-label={t('entities.mentions', { count: row.mentions })}>
                  {n(row.mentions)}
                </span>
                <span className="entity-col-articles" aria-label={t('entities.articles', { count: row.articles })}>
                  {n(row.articles)}
                </span>
              </ListboxOption>
            ))}
          </Listbox>
        </>
      )}
      <p className="muted entities-hint">{t('entities.undoHint')}</p>
    </div>
  );
}
