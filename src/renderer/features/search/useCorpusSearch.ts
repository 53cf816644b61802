/**
 * The corpus search's keys that apply anywhere, bound for the shell's lifetime: Ctrl+F opens the
 * search panel (or takes the focus back to its box), F3 and Shift+F3 move from hit to hit while it
 * is open. The index itself is started by the app as it starts (startCorpusSearch).
 */
import { useCommandBindings } from '../../ui/commandBindings';
import { useUi } from '../../state/store';
import { moveHit } from './searchActions';

/** While the panel is open with results: after Escape the hits are no longer marked, and F3 does not bring them back. */
const hasHits = () => {
  const { searchOpen, searchResults } = useUi.getState();
  return searchOpen && (searchResults?.articles.length ?? 0) > 0;
};

export function useCorpusSearch(): void {
  useCommandBindings(
    () => ({
      'search-corpus': { run: () => useUi.getState().openSearch() },
      'search-next-hit': { run: () => moveHit(1), enabled: hasHits },
      'search-previous-hit': { run: () => moveHit(-1), enabled: hasHits },
    }),
    [],
  );
}
