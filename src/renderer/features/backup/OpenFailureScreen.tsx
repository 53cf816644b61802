/**
 * The screen shown instead of the app when the library cannot be opened (issue 14): what happened
 * in plain words, that nothing was deleted, and the way back: the last automatic backup (desktop),
 * a bundle file the analyst kept (both), or a new empty library, each only after a confirmation
 * that says the old library is kept. The browser's own message is under "details".
 */
import { useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '../../../shared/backup/backupSchemas';
import type { UiLanguage } from '../../../shared/model';
import { appDatabase } from '../../db/database';
import { adoptLibrary, type OpenFailure } from '../../db/openFailure';
import { markSeededAndSelect } from '../../db/settings';
import { currentHost } from '../../host/currentHost';
import { I18nProvider, useI18n } from '../../ui/i18n';
import { formatWhen } from './formatWhen';
import { restoreIntoNewLibrary, startNewLibrary } from './restoreLibrary';
import './backup.css';

const LANGUAGE_KEY = 'isnad.uiLanguage';

export function rememberLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // storage refused: the screen falls back to the browser's language
  }
}

function rememberedLanguage(): UiLanguage {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    if (stored === 'ar' || stored === 'en') return stored;
  } catch {
    // as above
  }
  return navigator.language.startsWith('ar') ? 'ar' : 'en';
}

/** What a choice will do, held until the analyst confirms it. */
type Pending = { kind: 'restore'; name: string; bytes: () => Promise<Uint8Array> } | { kind: 'empty' } | { kind: 'aside' };

interface Props {
  failure: OpenFailure;
  /** The library came back empty and the analyst chose to carry on with it empty. */
  onStartedEmpty?: () => void;
}

export function OpenFailureScreen(props: Props) {
  const language = rememberedLanguage();
  return (
    <I18nProvider language={language}>
      <FailureBody {...props} />
    </I18nProvider>
  );
}

const RECOVERABLE = new Set<OpenFailure['kind']>(['unreadable', 'quota', 'lost']);

function FailureBody({ failure, onStartedEmpty }: Props) {
  const { t, language, dir } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [last, setLast] = useState<BackupInfo | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const desktop = currentHost().kind === 'electron';
  const recoverable = RECOVERABLE.has(failure.kind);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
    heading.current?.focus();
  }, [language, dir, failure.kind]);
  useEffect(() => {
    if (desktop && recoverable)
      void currentHost()
        .listBackups()
        .then((list) => setLast(list[0] ?? null))
        .catch(() => setLast(null));
  }, [desktop, recoverable]);

  const chooseFile = async () => {
    setError(null);
    const [file] = await currentHost().pickFiles();
    if (file) setPending({ kind: 'restore', name: file.name, bytes: () => file.read() });
  };

  const confirm = async () => {
    if (!pending) return;
    setError(null);
    try {
      if (pending.kind === 'aside') {
        // Main moves the damaged store aside at the next start and restarts; nothing here survives it.
        await currentHost().setLibraryAside();
        return;
      }
      if (pending.kind === 'restore') {
        setBusy(pending.name);
        await restoreIntoNewLibrary(await pending.bytes(), pending.name);
      } else if (failure.kind === 'lost') {
        // The library that came back is already new and empty: it becomes the library, without the sample articles.
        await markSeededAndSelect(appDatabase(), null);
        await adoptLibrary(appDatabase());
        onStartedEmpty?.();
        return;
      } else {
        await startNewLibrary();
      }
      window.location.reload();
    } catch (e) {
      setError(t('openFailure.restoreFailed', { name: pending.kind === 'restore' ? pending.name : t('openFailure.startEmpty'), problem: e instanceof Error ? e.message : String(e) }));
      setPending(null);
    } finally {
      setBusy(null);
    }
  };

  return (
    <main className="open-failure" role="alert" aria-labelledby="open-failure-title" data-kind={failure.kind}>
      <h1 id="open-failure-title" ref={heading} tabIndex={-1}>
        {t(`openFailure.title.${failure.kind}`)}
      </h1>
      <p>{t(`openFailure.explain.${failure.kind}`)}</p>
      {recoverable && <p>{desktop ? (last ? null : t('openFailure.noBackup')) : t('openFailure.webBackups')}</p>}
      {/* Chromium keeps an origin's databases in one store: a damaged one refuses every database of the site (measured). */}
      {!desktop && failure.kind === 'unreadable' && <p>{t('openFailure.unreadableWeb')}</p>}
      <details>
        <summary>{t('openFailure.details')}</summary>
        <p dir="ltr">{failure.detail}</p>
      </details>
      {busy && <p role="status">{t('openFailure.restoring', { name: busy })}</p>}
      {error && <p className="form-error">{error}</p>}
      {pending ? (
        <div className="confirm" role="group" aria-labelledby="open-failure-confirm">
          <p id="open-failure-confirm">
            <strong>
              {pending.kind === 'restore' ? t('openFailure.confirmRestore', { name: pending.name }) : pending.kind === 'aside' ? t('openFailure.setAside') : t('openFailure.confirmEmpty')}
            </strong>
          </p>
          <p>{pending.kind === 'aside' ? t('openFailure.confirmSetAside') : t('openFailure.confirmKeeps')}</p>
          <div className="choices">
            <button type="button" disabled={busy !== null} onClick={() => void confirm()}>
              {t('openFailure.confirm')}
            </button>
            <button type="button" disabled={busy !== null} onClick={() => setPending(null)}>
              {t('openFailure.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="choices">
          {/* Desktop, files unreadable: while the damaged store is in place no library opens beside it (measured in Chromium). */}
          {desktop && failure.kind === 'unreadable' && (
            <button type="button" onClick={() => setPending({ kind: 'aside' })}>
              {t('openFailure.setAside')}
            </button>
          )}
          {recoverable && last && (
            <button type="button" onClick={() => setPending({ kind: 'restore', name: last.name, bytes: () => currentHost().readBackup(last.name) })}>
              {t('openFailure.restoreLast', { date: formatWhen(last.savedAt, language) })}
            </button>
          )}
          {recoverable && (
            <button type="button" onClick={() => void chooseFile()}>
              {t('openFailure.restoreFile')}
            </button>
          )}
          {recoverable && (
            <button type="button" onClick={() => setPending({ kind: 'empty' })}>
              {t('openFailure.startEmpty')}
            </button>
          )}
          {failure.kind !== 'lost' && (
            <button type="button" onClick={() => window.location.reload()}>
              {t('openFailure.retry')}
            </button>
          )}
        </div>
      )}
    </main>
  );
}
