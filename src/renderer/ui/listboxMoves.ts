/**
 * Where a key moves the active option of a listbox: ↑/↓ one option, Home/End the first or last.
 * Pure, so every list moves the same way and the moves are unit-tested.
 */

/**
 * The index `key` moves to from `index` (-1: no option is active) among `count` options, or null
 * when the list is empty. ↑ from the first option stays there, unless the list `wraps` round to
 * the last (and ↓ from the last to the first).
 */
export function nextOption(key: string, index: number, count: number, wrap = false): number | null {
  if (count === 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = key === 'ArrowDown' ? 1 : -1;
  if (!wrap) return Math.min(count - 1, Math.max(0, index + step));
  if (index < 0) return step > 0 ? 0 : count - 1;
  return (index + step + count) % count;
}
