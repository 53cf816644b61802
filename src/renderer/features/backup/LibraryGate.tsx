/**
 * Nothing of the app runs until its library is open (issue 14): a library that cannot be opened,
 * or that came back empty, is never silently replaced by an empty one (or by the sample articles).
 * While another window blocks the open, and when it fails, the open-failure screen says why.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { appDatabase } from '../../db/database';
import { useSettings } from '../../db/live';
import { openLibrary, type OpenFailure } from '../../db/openFailure';
import { OpenFailureScreen, rememberLanguage } from './OpenFailureScreen';

type GateState = { phase: 'opening' } | { phase: 'blocked' } | { phase: 'failed'; failure: OpenFailure } | { phase: 'open' };

// Once per page, whatever StrictMode's double effects do: two opens would race to mark the library.
let opening: Promise<OpenFailure | null> | null = null;
let blocked = false;
const blockedListeners = new Set<() => void>();

function openOnce(): Promise<OpenFailure | null> {
  opening ??= openLibrary(appDatabase(), () => {
    blocked = true;
    for (const listener of blockedListeners) listener();
  });
  return opening;
}

/** Keeps the interface language where the failure screen can read it when IndexedDB cannot be. */
function RememberLanguage() {
  const language = useSettings()?.language;
  useEffect(() => {
    if (language) rememberLanguage(language);
  }, [language]);
  return null;
}

export function LibraryGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ phase: 'opening' });
  useEffect(() => {
    let live = true;
    const onBlocked = () => live && setState((s) => (s.phase === 'opening' ? { phase: 'blocked' } : s));
    blockedListeners.add(onBlocked);
    if (blocked) onBlocked();
    void openOnce().then((failure) => live && setState(failure ? { phase: 'failed', failure } : { phase: 'open' }));
    return () => {
      live = false;
      blockedListeners.delete(onBlocked);
    };
  }, []);
  if (state.phase === 'opening') return null; // a frame or two: no flash of a screen that is not needed
  if (state.phase === 'blocked') return <OpenFailureScreen failure={{ kind: 'blocked', detail: 'indexedDB.open: blocked' }} />;
  if (state.phase === 'failed') return <OpenFailureScreen failure={state.failure} onStartedEmpty={() => setState({ phase: 'open' })} />;
  return (
    <>
      <RememberLanguage />
      {children}
    </>
  );
}
