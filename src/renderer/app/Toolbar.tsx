import { COMMANDS, commandRow, keysShown, type CommandId } from '../../shared/commands/commandTable';
import { chordAria } from '../../shared/commands/keyChords';
import { READER_FONT_SIZES } from '../../shared/model';
import { CORPUS_HISTORY } from '../db/historyEntry';
import { useHistoryState, useSettingsOrDefault } from '../db/live';
import { useUi } from '../state/store';
import { runCommand } from './commands/runCommand';
import { useI18n } from '../ui/i18n';

/** What a toolbar button of a command shares with the table: its action, its keys (tooltip and aria-keyshortcuts). */
function commandButton(id: CommandId) {
  const row = commandRow(id);
  return { type: 'button' as const, onClick: () => void runCommand(id), 'aria-keyshortcuts': chordAria(row.keys[0]!), row };
}

/** The table's toolbar commands among the actions, in table order (open, export, undo, redo). */
const ACTIONS = COMMANDS.filter((row) => row.toolbar === 'actions').map((row) => row.id);

export function Toolbar() {
  const { t, n } = useI18n();
  const { readerFontSize, selectedArticleId } = useSettingsOrDefault();
  // Outside the reader, undo and redo act on the corpus's steps (annotateActions.ts undoInArticle).
  const view = useUi((s) => s.view);
  const history = useHistoryState(view === 'reader' ? selectedArticleId : CORPUS_HISTORY);
  // The view buttons show which view is on (pressed again, they go back to the reader).
  const pressed: Partial<Record<CommandId, boolean>> = { 'show-claims': view === 'claims', 'open-entities': view === 'entities' };
  const disabled: Partial<Record<CommandId, boolean>> = {
    undo: !history.canUndo,
    redo: !history.canRedo,
    'font-smaller': readerFontSize <= READER_FONT_SIZES.min,
    'font-bigger': readerFontSize >= READER_FONT_SIZES.max,
  };
  const { row: smaller, ...smallerButton } = commandButton('font-smaller');
  const { row: bigger, ...biggerButton } = commandButton('font-bigger');
  const { row: language, ...languageButton } = commandButton('toggle-language');
  return (
    <header className="toolbar">
      <div className="brand">
        <h1 className="brand-name">{t('app.name')}</h1>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      {/* The banner landmark holds the toolbar; display: contents keeps the header's one flex row. */}
      <div className="toolbar-actions" role="toolbar" aria-label={t('app.toolbar')}>
        {ACTIONS.map((id) => {
          const { row, ...button } = commandButton(id);
          return (
            <button key={id} {...button} disabled={disabled[id]} aria-pressed={pressed[id]} title={keysShown(row)}>
              {t(row.label)}
            </button>
          );
        })}
        <span className="toolbar-spacer" />
        <div className="font-size" role="group" aria-label={t('toolbar.fontSize', { size: readerFontSize })}>
          <button {...smallerButton} aria-label={t(smaller.label)} title={`${t(smaller.label)} (${keysShown(smaller)})`} disabled={disabled['font-smaller']}>
            {/* Isolated left to right: in the Arabic interface the sign would otherwise move before the A ("−A"). */}
            <bdi dir="ltr">A−</bdi>
          </button>
          <output aria-live="polite">{n(readerFontSize)}</output>
          <button {...biggerButton} aria-label={t(bigger.label)} title={`${t(bigger.label)} (${keysShown(bigger)})`} disabled={disabled['font-bigger']}>
            <bdi dir="ltr">A+</bdi>
          </button>
        </div>
        <button {...languageButton} className="language-toggle" title={`${t('toolbar.languageTitle')} (${keysShown(language)})`}>
          {t('toolbar.language')}
        </button>
      </div>
    </header>
  );
}
