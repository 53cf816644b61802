/**
 * The entities view (issue 13), in the reader's place: the list of every entity, or one entity's
 * page. Ctrl+Z and Ctrl+Shift+Z here undo and redo the corpus's steps (merges, renames, deletions,
 * links changed from an entity's page) and say what they did; Escape steps back (page → list → reader).
 */
import './entities.css';
import { useEffect, useState } from 'react';
import { appDatabase } from '../../db/database';
import { redo, undo } from '../../db/history';
import { CORPUS_HISTORY } from '../../db/historyEntry';
import { useUi } from '../../state/store';
import { useCommandBindings } from '../../ui/commandBindings';
import { useI18n } from '../../ui/i18n';
import { backToReader } from './entityActions';
import { EntityList } from './EntityList';
import { EntityPageView } from './EntityPageView';

export function EntitiesView() {
  const { t } = useI18n();
  const pageId = useUi((s) => s.entityPageId);
  const [said, setSaid] = useState('');
  // The reader's last flash is spent: it must not play (and scroll the reader) again when the reader comes back.
  useEffect(() => useUi.setState({ flash: null }), []);
  useCommandBindings(
    () => ({
      undo: { run: () => void undo(appDatabase(), CORPUS_HISTORY).then((label) => setSaid(t(label ? 'entity.undone' : 'entity.nothingToUndo'))) },
      redo: { run: () => void redo(appDatabase(), CORPUS_HISTORY).then((label) => setSaid(t(label ? 'entity.redone' : 'entity.nothingToRedo'))) },
      'entities-back': {
        run: () => {
          if (useUi.getState().entityPageId) useUi.getState().openEntityPage(null);
          else backToReader();
        },
      },
    }),
    [t],
  );
  return (
    <section className="entities-view" aria-label={t('entities.title')} data-testid="entities-view">
      {pageId ? <EntityPageView key={pageId} entityId={pageId} say={setSaid} /> : <EntityList />}
      <p className="entities-said" role="status" data-testid="entities-said">
        {said}
      </p>
    </section>
  );
}
