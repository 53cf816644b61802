/** The analyst's note on the whole article: unfolded when it has one, folded away otherwise; N opens it. */
import { useLayoutEffect, useState } from 'react';
import { commandRow, keysShown } from '../../../shared/commands/commandTable';
import { useI18n } from '../../ui/i18n';
import { useArticleNote, useSettingsOrDefault } from '../../db/live';
import { NoteEditor } from '../../editor/NoteEditor';
import { useUi } from '../../state/store';

/** Render with `key={articleId}`: the folded/unfolded choice belongs to one article. */
export function ArticleNote({ articleId }: { articleId: string }) {
  const { t } = useI18n();
  const note = useArticleNote(articleId);
  const { analystName } = useSettingsOrDefault();
  const [chosen, setChosen] = useState<boolean | null>(null);
  // Requests made before this article was shown are not for it.
  const request = useUi((s) => s.articleNoteRequest);
  const [firstRequest] = useState(request);
  const focusRequest = request - firstRequest;
  // A layout effect: the note unfolds (and its editor takes the focus) before the next paint, so
  // nothing typed right after N goes elsewhere.
  useLayoutEffect(() => {
    if (focusRequest > 0) setChosen(true);
  }, [focusRequest]);

  if (note === undefined) return null;
  const open = chosen ?? note !== null;
  return (
    <details
      className="article-note"
      open={open}
      data-testid="article-note"
      // Once the analyst is in the note it stays open, even when they clear it to start again.
      onFocus={() => setChosen(true)}
    >
      <summary
        onClick={(e) => {
          e.preventDefault(); // the state, not the browser, decides
          setChosen(!open);
        }}
      >
        {t('note.article')}{' '}
        {note !== null && (
          <span className="note-marker" title={t('note.hasNote')}>
            ●
          </span>
        )}{' '}
        <kbd>{keysShown(commandRow('open-note'))}</kbd>
      </summary>
      {open && <NoteEditor owner={{ kind: 'article', articleId }} author={analystName} value={note} label={t('note.article')} focusRequest={focusRequest} />}
    </details>
  );
}
