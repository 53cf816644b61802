import { READER_FONT_SIZES } from '../../shared/model';
import { useHistoryState, useSettingsOrDefault } from '../db/live';
import { redoInArticle, undoInArticle } from '../features/annotate/annotateActions';
import { openFiles, openFolder } from '../features/library/importActions';
import { useUi } from '../state/store';
import { useI18n } from './i18n';
import { changeFontSize, toggleLanguage } from './settingsActions';

export function Toolbar() {
  const { t, n } = useI18n();
  const { readerFontSize, selectedArticleId } = useSettingsOrDefault();
  const history = useHistoryState(selectedArticleId);
  return (
    <header className="toolbar">
      <div className="brand">
        <h1 className="brand-name">{t('app.name')}</h1>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      {/* The banner landmark holds the toolbar; display: contents keeps the header's one flex row. */}
      <div className="toolbar-actions" role="toolbar" aria-label={t('app.toolbar')}>
      <button type="button" onClick={() => void openFiles()} title="Ctrl+O">
        {t('toolbar.openFiles')}
      </button>
      <button type="button" onClick={() => void openFolder()} title="Ctrl+Shift+O">
        {t('toolbar.openFolder')}
      </button>
      <button type="button" onClick={() => useUi.getState().openExportDialog()} title="Ctrl+E">
        {t('menu.export')}
      </button>
      <button type="button" onClick={() => void undoInArticle()} disabled={!history.canUndo} title="Ctrl+Z">
        {t('annotate.undo')}
      </button>
      <button type="button" onClick={() => void redoInArticle()} disabled={!history.canRedo} title="Ctrl+Shift+Z">
        {t('annotate.redo')}
      </button>
      <span className="toolbar-spacer" />
      <div className="font-size" role="group" aria-label={t('toolbar.fontSize', { size: readerFontSize })}>
        <button type="button" onClick={() => void changeFontSize(-READER_FONT_SIZES.step)} aria-label={t('toolbar.fontSmaller')} title={`${t('toolbar.fontSmaller')} (Ctrl+-)`} disabled={readerFontSize <= READER_FONT_SIZES.min}>
          {/* Isolated left to right: in the Arabic interface the sign would otherwise move before the A ("−A"). */}
          <bdi dir="ltr">A−</bdi>
        </button>
        <output aria-live="polite">{n(readerFontSize)}</output>
        <button type="button" onClick={() => void changeFontSize(READER_FONT_SIZES.step)} aria-label={t('toolbar.fontBigger')} title={`${t('toolbar.fontBigger')} (Ctrl+=)`} disabled={readerFontSize >= READER_FONT_SIZES.max}>
          <bdi dir="ltr">A+</bdi>
        </button>
      </div>
      <button type="button" className="language-toggle" onClick={() => void toggleLanguage()} title={`${t('toolbar.languageTitle')} (Ctrl+Shift+L)`}>
        {t('toolbar.language')}
      </button>
      </div>
    </header>
  );
}
