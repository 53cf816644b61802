/**
 * The orphaned annotations of the open article (issue 14): a new version's text lost their passage,
 * so they are kept and listed here with their old quote, to be placed by hand — chosen (O or a click),
 * their text selected in the article, then P — or deleted (Shift+Delete). Each is one undoable step.
 */
import { useRef, useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/messages';
import { AlreadyTaggedError, deleteAnnotations } from '../../db/annotations';
import { appDatabase } from '../../db/database';
import { useArticleText, useTags } from '../../db/live';
import { useOrphanedAnnotations } from '../../db/liveOrphans';
import { placeOrphan } from '../../db/reanchorVersion';
import { useUi } from '../../state/store';
import { useCommandBindings } from '../../ui/commandBindings';
import { useI18n } from '../../ui/i18n';
import { TagSwatch } from '../../ui/TagChip';
import { tagLabel } from '../../ui/tagLabel';
import './orphanList.css';

export function OrphanList({ articleId }: { articleId: string }) {
  const { t, language } = useI18n();
  const orphans = useOrphanedAnnotations(articleId);
  const text = useArticleText(articleId);
  const tags = useTags();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [message, setMessage] = useState<MessageKey | null>(null);
  // Commands are bound once; they read the latest render through this.
  const latest = useRef({ orphans, text, chosenId });
  latest.current = { orphans, text, chosenId };

  const choose = (id: string) => {
    setChosenId(id);
    setMessage(null);
  };

  const place = async (id: string) => {
    const span = useUi.getState().pendingSpan;
    const articleText = latest.current.text;
    if (!span || typeof articleText !== 'string') return setMessage('reanchor.selectFirst');
    try {
      await placeOrphan(appDatabase(), id, { start: span.start, end: span.end }, articleText);
    } catch (error) {
      if (error instanceof AlreadyTaggedError) return setMessage('reanchor.alreadyTagged');
      throw error;
    }
    useUi.getState().closePalette();
    useUi.getState().selectAnnotation(id);
    setChosenId(null);
    setMessage('reanchor.placed');
  };

  const remove = async (id: string) => {
    await deleteAnnotations(appDatabase(), articleId, [id]);
    setChosenId(null);
    setMessage('reanchor.deleted');
  };

  useCommandBindings(
    () => ({
      'orphan-next': {
        run: () => {
          const rows = latest.current.orphans;
          if (rows.length === 0) return false;
          const at = rows.findIndex((o) => o.id === latest.current.chosenId);
          choose(rows[(at + 1) % rows.length]!.id);
        },
        enabled: () => latest.current.orphans.length > 0,
      },
      'orphan-place': {
        run: () => {
          const id = latest.current.chosenId;
          if (!id) return false;
          void place(id);
        },
        enabled: () => latest.current.chosenId !== null,
      },
      'orphan-delete': {
        run: () => {
          const id = latest.current.chosenId;
          if (!id) return setMessage('reanchor.chooseFirst');
          void remove(id);
        },
        enabled: () => latest.current.orphans.length > 0,
      },
    }),
    [],
  );

  if (orphans.length === 0) return message ? <p role="status">{t(message)}</p> : null;
  return (
    <section className="orphan-list" aria-label={t('reanchor.list')} data-testid="orphan-list">
      <h3 data-count={orphans.length}>{t('reanchor.title', { count: orphans.length })}</h3>
      <p className="muted">{t('reanchor.explain')}</p>
      <ul>
        {orphans.map((o) => {
          const tag = tags.find((x) => x.id === o.tagId);
          const chosen = o.id === chosenId;
          return (
            <li key={o.id} data-orphan-id={o.id} className={chosen ? 'chosen' : undefined}>
              <button type="button" className="orphan-choose" aria-pressed={chosen} onClick={() => choose(o.id)}>
                <TagSwatch tag={tag} /> <span className="ann-tag">{tagLabel(tag, language)}</span> <bdi className="ann-exact">{o.exact}</bdi>{' '}
                <span className="muted orphan-reason">{o.orphaned && t(`reanchor.reason.${o.orphaned.reason}`)}</span>
              </button>
              <span className="orphan-actions">
                <button type="button" onClick={() => void place(o.id)} title="P">
                  {t('reanchor.place')}
                </button>
                <button type="button" onClick={() => void remove(o.id)} title="Shift+Delete">
                  {t('reanchor.delete')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {message && <p role="status">{t(message)}</p>}
    </section>
  );
}
