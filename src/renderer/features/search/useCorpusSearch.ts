/**
 * The corpus search's part of the shell, mounted for the app's lifetime: it starts the index (in
 * its worker) once the app is up, and binds the keys that apply anywhere: Ctrl+F opens the search
 * panel (or takes the focus back to its box), F3 and Shift+F3 move from hit to hit while it is open.
 */
import { useEffect } from 'react';
import { useCommandBindings } from '../../ui/commandBindings';
import { useUi } from '../../state/store';
import { moveHit } from './searchActions';
import { startCorpusSearch } from './searchClient';

/** While the panel is open with results: after Escape the hits are no longer marked, and F3 does not bring them back. */
const hasHits = () => {
  const { searchOpen, searchResults } = useUi.getState();
  return searchOpen && (searchResults?.articles.length ?? 0) > 0;
};

export function useCorpusSearch(): void {
  useEffect(() => startCorpusSearch(), []);
  useCommandBindings(
    () => ({
      'search-corpus': { run: () => useUi.getState().openSearch() },
      'search-next-hit': { run: () => moveHit(1), enabled: hasHits },
      'search-previous-hit': { run: () => moveHit(-1), enabled: hasHits },
    }),
    [],
  );
}
