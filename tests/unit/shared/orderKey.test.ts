import { describe, expect, it } from 'vitest';
import { assertOrderKey, byOrderKey, compareOrderKeys, FIRST_ORDER_KEY, keyBetween, keysBetween, randomJitter } from '../../../src/shared/order/orderKey';

/** A seeded generator (mulberry32), so a failing random walk can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (low: string | null, high: string | null, jitter = '') => {
  const key = keyBetween(low, high, jitter);
  assertOrderKey(key);
  if (low !== null) expect(key > low, `${key} > ${low}`).toBe(true);
  if (high !== null) expect(key < high, `${key} < ${high}`).toBe(true);
  return key;
};

describe('order keys', () => {
  it('starts at a0 and appends whole integers, short keys for long lists', () => {
    expect(keyBetween(null, null, '')).toBe(FIRST_ORDER_KEY);
    const keys = keysBetween(null, null, 4000, () => '');
    expect(keys.slice(0, 3)).toEqual(['a0', 'a1', 'a2']);
    expect(keys[62]).toBe('b00'); // a0…az, then two digits
    expect([...keys].sort(compareOrderKeys)).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    // 62 one-digit integers, then 62² two-digit ones: key 3,906 is the first with three digits.
    expect(keys[3905]).toBe('bzz');
    expect(keys[3906]).toBe('c000');
    expect(Math.max(...keys.map((k) => k.length))).toBe(4);
  });

  it('prepends whole integers below a0, through the negative heads', () => {
    let key = FIRST_ORDER_KEY;
    const keys = [key];
    for (let i = 0; i < 200; i++) keys.unshift((key = between(null, key)));
    expect(keys.slice(-3)).toEqual(['Zy', 'Zz', 'a0']);
    expect(keys).toContain('Yzz');
    expect([...keys].sort(compareOrderKeys)).toEqual(keys);
  });

  it('fits a key between any two, however often the same gap is split', () => {
    let low = 'a0';
    let high = 'a1';
    for (let i = 0; i < 300; i++) {
      const middle = between(low, high);
      if (i % 2) low = middle;
      else high = middle;
    }
    // Always splitting just above one key grows the key slowly, not by a character a step.
    let top = 'a1';
    for (let i = 0; i < 300; i++) top = between('a0', top);
    expect(top.length).toBeLessThan(300 / 4);
  });

  it('never makes a prefix of the upper neighbour, so a jitter keeps the key below it', () => {
    // The cases where the plain midpoint would be a prefix of `high`.
    for (const [low, high] of [
      ['a0', 'a1V'],
      ['a0', 'a101'],
      [null, 'a0V'],
      ['a0z', 'a1'],
      ['a00V', 'a01'],
      ['Zz', 'a0V'],
    ] as const) {
      const plain = between(low, high);
      expect(high.startsWith(plain)).toBe(false);
      between(low, high, 'zzzz'); // the largest jitter still fits
    }
  });

  it('gives two writers who insert between the same neighbours at once different keys, both in place', () => {
    const random = seeded(7);
    const keys = new Set<string>();
    for (let i = 0; i < 1000; i++) keys.add(between('a3', 'a4', randomJitter(random)));
    expect(keys.size).toBe(1000);
    // And the same with no gap between integers and a fractional neighbour.
    const one = between('a3', 'a3V', randomJitter(random));
    const two = between('a3', 'a3V', randomJitter(random));
    expect(one).not.toBe(two);
  });

  it('keeps any random sequence of inserts in order (seeded random walk)', () => {
    const random = seeded(42);
    const list: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const at = Math.floor(random() * (list.length + 1));
      const key = keyBetween(list[at - 1] ?? null, list[at] ?? null, randomJitter(random));
      list.splice(at, 0, key);
    }
    expect([...list].sort(compareOrderKeys)).toEqual(list);
    expect(new Set(list).size).toBe(list.length);
    list.forEach(assertOrderKey);
  });

  it('refuses neighbours out of order, malformed keys and a jitter ending in 0', () => {
    expect(() => keyBetween('a2', 'a1')).toThrow();
    expect(() => keyBetween('a1', 'a1')).toThrow();
    expect(() => keyBetween('a10', null)).toThrow(); // trailing zero
    expect(() => keyBetween('b1', null)).toThrow(); // b needs two digits
    expect(() => keyBetween('a!', null)).toThrow();
    expect(() => keyBetween(null, null, 'a0')).toThrow();
  });

  it('jitter never ends in 0, and sorting by key breaks ties by id', () => {
    expect(randomJitter(() => 0)).toBe('0001');
    expect(randomJitter(() => 0.9999999)).toBe('zzzz');
    const rows = [
      { id: 'b', k: 'a1' },
      { id: 'a', k: 'a1' },
      { id: 'c', k: 'a0' },
    ];
    expect(rows.sort(byOrderKey((r) => r.k)).map((r) => r.id)).toEqual(['c', 'a', 'b']);
    // Code-unit order, not the locale's: upper case before lower case.
    expect(['a0a', 'a0B', 'a0Z'].sort(compareOrderKeys)).toEqual(['a0B', 'a0Z', 'a0a']);
  });
});
