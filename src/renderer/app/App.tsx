import { useEffect } from 'react';
import { appDatabase } from '../db/database';
import { useSettings } from '../db/live';
import { replayNoteDrafts } from '../db/noteDrafts';
import { ensureDefaultTags } from '../db/tags';
import { BackupDialog } from '../features/backup/BackupDialog';
import { LibraryGate } from '../features/backup/LibraryGate';
import { StorageBanners } from '../features/backup/StorageBanners';
import { useBackupSchedule } from '../features/backup/useBackupSchedule';
import { ExportDialog } from '../features/export/ExportDialog';
import { ImportDataDialog } from '../features/interchange/ImportDataDialog';
import { DropZone } from '../features/library/DropZone';
import { ImportStatus } from '../features/library/ImportStatus';
import { LibraryPanel } from '../features/library/LibraryPanel';
import { seedSampleCorpusOnce } from '../features/library/sampleCorpus';
import { ReaderPane } from '../features/reader/ReaderPane';
import { useMentionCommands } from '../features/mentions/SuggestionsBar';
import { ClaimsView } from '../features/claims/ClaimsView';
import { EntitiesView } from '../features/entities/EntitiesView';
import { SearchPanel } from '../features/search/SearchPanel';
import { startCorpusSearch } from '../features/search/searchClient';
import { useCorpusSearch } from '../features/search/useCorpusSearch';
import { flushOpenNotes } from '../editor/noteSaver';
import { currentHost } from '../host/currentHost';
import { useUi } from '../state/store';
import { CommandPalette } from './commands/CommandPalette';
import { useKeyDispatcher } from './commands/keyDispatcher';
import { useShellCommands } from './commands/useShellCommands';
import { I18nProvider, useI18n } from '../ui/i18n';
import { LinkConfirmDialog } from '../ui/LinkConfirmDialog';
import { OtherWindowNotice } from '../features/windows/OtherWindowNotice';
import { ShortcutsHint } from './ShortcutsHint';
import { Toolbar } from './Toolbar';

function Shell() {
  const { t, language, dir } = useI18n();
  const view = useUi((s) => s.view);
  const searchOpen = useUi((s) => s.searchOpen);
  useKeyDispatcher();
  useShellCommands();
  useMentionCommands();
  useCorpusSearch();
  useBackupSchedule();
  useEffect(() => {
    // The whole layout mirrors through logical CSS properties keyed off <html dir>.
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
    document.title = t('app.name');
    void currentHost()
      .setLanguage(language)
      .catch(() => undefined);
  }, [language, dir, t]);
  // The desktop app asks before its window closes: note edits still waiting are written first.
  useEffect(() => currentHost().onCloseRequest(flushOpenNotes), []);
  return (
    <div className="app">
      <Toolbar />
      <main className="workspace">
        {searchOpen ? <SearchPanel /> : <LibraryPanel />}
        {/* issue 13: the entities and claims views take the reader's place (state/viewSlice.ts) */}
        {view === 'reader' && <ReaderPane />}
        {view === 'claims' && <ClaimsView />}
        {view === 'entities' && <EntitiesView />}
      </main>
      <StorageBanners />
      <ImportStatus />
      <DropZone />
      <ShortcutsHint />
      <ExportDialog />
      <ImportDataDialog />
      <BackupDialog />
      <CommandPalette />
      <LinkConfirmDialog />
      <OtherWindowNotice />
    </div>
  );
}

let draftsReplayed = false;

/** Note edits journalled as the page last went away, written now (once, even under StrictMode). */
function replayDraftsOnce(): void {
  if (draftsReplayed) return;
  draftsReplayed = true;
  void replayNoteDrafts(appDatabase(), window.localStorage);
}

/** Issue 14: nothing below runs (no sample seeding, no default tags) until the library is open. */
export function App() {
  return (
    <LibraryGate>
      <OpenApp />
    </LibraryGate>
  );
}

function OpenApp() {
  const settings = useSettings();
  // First of all: the search's worker loads its index while the page starts up.
  useEffect(() => startCorpusSearch(), []);
  useEffect(() => {
    void ensureDefaultTags(appDatabase());
    void seedSampleCorpusOnce(appDatabase());
    replayDraftsOnce();
  }, []);
  if (!settings) return null; // one frame, while IndexedDB opens: avoids a flash of the wrong language
  return (
    <I18nProvider language={settings.language}>
      <Shell />
    </I18nProvider>
  );
}
