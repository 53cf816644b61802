/** The article's annotations in reading order, filterable by tag and claim status, with the selected one's details. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { claimantName, type AnnotationRecord } from '../../../shared/annotation/annotation';
import { useCommandBindings } from '../../ui/commandBindings';
import { useI18n } from '../../ui/i18n';
import { Listbox, ListboxOption } from '../../ui/Listbox';
import { TagChip, TagSwatch } from '../../ui/TagChip';
import { useTags } from '../../db/live';
import { useUi } from '../../state/store';
import { deleteSelectedAnnotation } from './annotateActions';
import { AnnotationDetails } from './AnnotationDetails';
import { notePlainText } from './notePlainText';
import { ClaimStatusOptions } from './ClaimStatusOptions';
import { tagLabel } from '../../ui/tagLabel';
import { tagCodes } from '../../../shared/annotation/tagCodes';
import { annotationFilter } from '../../../shared/annotation/annotationFilter';
import { ArticleNote } from './ArticleNote';
import { OrphanList } from './OrphanList';
import { useAnnotationSession } from './openAnnotationSession';
import { TagSetEditor } from '../tags/TagSetEditor';

/** Rows rendered at first, and added each time the end of the list scrolls into view. */
const LIST_PAGE = 200;

const LIST_COMMANDS = { move: 'panel-move', ends: 'panel-ends' } as const;

function showInReader(annotation: AnnotationRecord): void {
  const ui = useUi.getState();
  ui.selectAnnotation(annotation.id);
  ui.flashSpan(annotation);
}

export function AnnotationPanel({ articleId, annotations }: { articleId: string; annotations: readonly AnnotationRecord[] }) {
  const { t, n, language } = useI18n();
  const [editingTags, setEditingTags] = useState(false);
  const tags = useTags();
  const selectedId = useUi((s) => s.selectedAnnotationId);
  const tagFilter = useUi((s) => s.tagFilter);
  const statusFilter = useUi((s) => s.statusFilter);
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => annotations.filter(annotationFilter({ tagIds: tagFilter, claimStatus: statusFilter }, new Set(tags.map((tag) => tag.id)))), [annotations, tags, tagFilter, statusFilter]);
  const selected = annotations.find((a) => a.id === selectedId);
  const byId = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  // A letter beside each colour, so a reader who cannot tell two colours apart can still tell the tags.
  const codes = useMemo(() => tagCodes(tags, (tag) => tagLabel(tag, language)), [tags, language]);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const a of annotations) m.set(a.tagId, (m.get(a.tagId) ?? 0) + 1);
    return m;
  }, [annotations]);

  // Only the first rows are rendered, more as the list is scrolled: 5,000 rows at once cost about
  // a second of layout when a big article opens (measured by the bench).
  const selectedIndex = shown.findIndex((a) => a.id === selectedId);
  const [rendered, setRendered] = useState(LIST_PAGE);
  const visibleCount = Math.max(rendered, selectedIndex + LIST_PAGE / 4);
  const more = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const sentinel = more.current;
    if (!sentinel) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setRendered((n) => n + LIST_PAGE);
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [visibleCount, shown.length]);

  const panel = useRef<HTMLElement>(null);
  // ↑/↓ and Home/End in the list; Delete deletes the selected annotation, from the list or the reader.
  const latest = useRef({ shown });
  latest.current = { shown };
  const annotationsRef = useRef(annotations);
  annotationsRef.current = annotations;
  const session = useAnnotationSession();
  // The store, not the last render: key repeats arrive before the panel renders the new selection.
  const position = () => {
    const rows = latest.current.shown;
    return { index: rows.findIndex((a) => a.id === useUi.getState().selectedAnnotationId), count: rows.length };
  };
  const moveTo = (index: number) => showInReader(latest.current.shown[index]!);
  useCommandBindings(
    () => ({
      'delete-annotation': {
        run: () => void deleteSelectedAnnotation(session),
        enabled: () => {
          const ui = useUi.getState();
          return !ui.pendingSpan && annotationsRef.current.some((a) => a.id === ui.selectedAnnotationId);
        },
      },
    }),
    [session],
  );

  useEffect(() => {
    if (!selectedId) return;
    list.current?.querySelector(`[data-annotation-id="${selectedId}"]`)?.scrollIntoView({ block: 'nearest' });
    // Then the details, which matter more: they sit above the list, so with many annotations the
    // row just brought into view can be a long way below them.
    panel.current?.querySelector('.annotation-details')?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <aside ref={panel} className="annotation-panel" aria-label={t('annotate.panel')}>
      {/* data-count: the bench's clock reads the number here, whatever the words around it. */}
      <h2 data-count={annotations.length}>{t('annotate.panelCount', { count: annotations.length })}</h2>
      <OrphanList key={`orphans-${articleId}`} articleId={articleId} />
      <ArticleNote key={articleId} articleId={articleId} />
      <div className="legend" role="group" aria-label={t('annotate.legend')}>
        {tags.map((tag, i) => (
          <TagChip
            key={tag.id}
            tag={tag}
            aria-pressed={tagFilter.includes(tag.id)}
            onClick={() => useUi.getState().toggleTagFilter(tag.id)}
            title={i < 9 ? `${i + 1}` : undefined}
            before={
              <>
                {' '}
                <b className="tag-code">{codes.get(tag.id)}</b>
              </>
            }
            after={
              <>
                {' '}
                <span className="muted">{n(counts.get(tag.id) ?? 0)}</span>
              </>
            }
          />
        ))}
        <button type="button" className="edit-tags" onClick={() => setEditingTags(true)}>
          {t('tags.edit')}
        </button>
      </div>
      {editingTags && <TagSetEditor onClose={() => setEditingTags(false)} />}
      <label className="status-filter">
        {t('annotate.statusFilter')}
        <select value={statusFilter} onChange={(e) => useUi.getState().setStatusFilter(e.target.value as typeof statusFilter)}>
          <option value="all">{t('annotate.allStatuses')}</option>
          <ClaimStatusOptions />
        </select>
      </label>
      {selected && <AnnotationDetails annotation={selected} annotations={annotations} />}
      {annotations.length === 0 && <p className="muted">{t('annotate.empty')}</p>}
      <Listbox
        listRef={list}
        className="annotation-list"
        label={t('annotate.list')}
        data-testid="annotation-list"
        activeId={selectedId ? `ann-${selectedId}` : undefined}
        commands={LIST_COMMANDS}
        position={position}
        onMove={moveTo}
      >
        {shown.slice(0, visibleCount).map((a) => {
          const tag = tags.find((x) => x.id === a.tagId);
          const note = notePlainText(a.note, 80);
          const claimant = a.claim && claimantName(a.claim, (id) => byId.get(id));
          return (
            <ListboxOption key={a.id} id={`ann-${a.id}`} selected={a.id === selectedId} data-annotation-id={a.id} onClick={() => showInReader(a)}>
              <TagSwatch tag={tag} />
              <span className="ann-tag">{tagLabel(tag, language)}</span>
              <bdi className="ann-exact">{a.exact}</bdi>
              {a.claim && <span className="ann-status">{t(`claim.status.${a.claim.status}`)}</span>}
              {claimant && (
                <span className="ann-claimant">
                  {t('claim.by')} <bdi>{claimant}</bdi>
                </span>
              )}
              {note && (
                <span className="ann-note" dir="auto">
                  {note}
                </span>
              )}
            </ListboxOption>
          );
        })}
        {shown.length > visibleCount && (
          <li ref={more} className="list-more" aria-hidden="true">
            …
          </li>
        )}
      </Listbox>
    </aside>
  );
}
