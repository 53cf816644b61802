import { describe, expect, it } from 'vitest';
import { nextOption } from '../../../src/renderer/ui/listboxMoves';

describe('the keys of a listbox', () => {
  it('moves one option with ↑/↓ and stops at the ends', () => {
    expect(nextOption('ArrowDown', 1, 4)).toBe(2);
    expect(nextOption('ArrowUp', 1, 4)).toBe(0);
    expect(nextOption('ArrowUp', 0, 4)).toBe(0);
    expect(nextOption('ArrowDown', 3, 4)).toBe(3);
  });

  it('starts at the first option when none is active', () => {
    expect(nextOption('ArrowDown', -1, 4)).toBe(0);
    expect(nextOption('ArrowUp', -1, 4)).toBe(0);
  });

  it('goes to the first or last option with Home/End', () => {
    expect(nextOption('Home', 2, 4)).toBe(0);
    expect(nextOption('End', 0, 4)).toBe(3);
    expect(nextOption('End', -1, 4, true)).toBe(3);
  });

  it('goes round a list that wraps', () => {
    expect(nextOption('ArrowDown', 3, 4, true)).toBe(0);
    expect(nextOption('ArrowUp', 0, 4, true)).toBe(3);
    expect(nextOption('ArrowDown', 1, 4, true)).toBe(2);
    expect(nextOption('ArrowUp', -1, 4, true)).toBe(3);
  });

  it('has nowhere to go in an empty list', () => {
    expect(nextOption('ArrowDown', -1, 0)).toBeNull();
    expect(nextOption('Home', -1, 0, true)).toBeNull();
  });
});
