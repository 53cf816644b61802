/**
 * Order keys: strings that sort by plain code-unit comparison (as IndexedDB and `<` do), generated
 * between two neighbours, so that putting a record between two others never renumbers anything.
 * Two analysts who reorder the same list apart each write only the records they moved, and the
 * lists still merge (an integer counter would make both renumber, and one renumbering lose).
 *
 * A key is an integer part and an optional fraction:
 * - The integer part is a head character that says how many digits follow ('a'…'z': 1…26 digits,
 *   'Z'…'A': 1…26 digits below zero) and those digits. Appending takes the next integer, so a list
 *   built by appending grows by one character per 62^n items, not one per few items.
 * - The fraction is base-62 digits with no trailing '0' (so there is always room below any key),
 *   used when two neighbours have adjacent integers.
 * A random tail (`jitter`) ends every generated key: two authors inserting between the same two
 * neighbours at once get different keys, and each key keeps strictly between its neighbours
 * because a generated key is never a prefix of the upper neighbour.
 */

/** Base-62 digits in code-unit order. */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
const ZERO = DIGITS[0]!;
const TOP = DIGITS[BASE - 1]!;
/** The key of the first integer; also the first key of a new list when no jitter is wanted. */
export const FIRST_ORDER_KEY = 'a0';
/** Characters of random tail on generated keys (62^4 ≈ 15 million: a tie is as good as impossible). */
export const JITTER_LENGTH = 4;

const digit = (c: string): number => {
  const d = DIGITS.indexOf(c);
  if (d < 0) throw new Error(`not an order key digit: ${c}`);
  return d;
};

/** Digits after the head character: 'a' → 1 … 'z' → 26, 'Z' → 1 … 'A' → 26. */
function integerDigits(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 96;
  if (head >= 'A' && head <= 'Z') return 91 - head.charCodeAt(0);
  throw new Error(`not an order key head: ${head}`);
}

function split(key: string): { integer: string; fraction: string } {
  const length = integerDigits(key[0] ?? '') + 1;
  if (key.length < length) throw new Error(`order key too short: ${key}`);
  const fraction = key.slice(length);
  if (fraction.endsWith(ZERO)) throw new Error(`order key ends in ${ZERO}: ${key}`);
  for (const c of key.slice(1)) digit(c);
  return { integer: key.slice(0, length), fraction };
}

/** Throws unless `key` is a well-formed order key. */
export function assertOrderKey(key: string): void {
  split(key);
}

/** The next integer part, or null past the largest ('z' and 26 top digits). */
function nextInteger(integer: string): string | null {
  const head = integer[0]!;
  const digits = [...integer.slice(1)];
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] !== TOP) {
      digits[i] = DIGITS[digit(digits[i]!) + 1]!;
      return head + digits.join('');
    }
    digits[i] = ZERO;
  }
  // Every digit rolled over: the next head, whose integers have one digit more ('Z…' goes to 'a0').
  if (head === 'z') return null;
  const nextHead = head === 'Z' ? 'a' : String.fromCharCode(head.charCodeAt(0) + 1);
  return nextHead + ZERO.repeat(integerDigits(nextHead));
}

/** The previous integer part, or null below the smallest ('A' and 26 zeros). */
function previousInteger(integer: string): string | null {
  const head = integer[0]!;
  const digits = [...integer.slice(1)];
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] !== ZERO) {
      digits[i] = DIGITS[digit(digits[i]!) - 1]!;
      return head + digits.join('');
    }
    digits[i] = TOP;
  }
  if (head === 'A') return null;
  const previousHead = head === 'a' ? 'Z' : String.fromCharCode(head.charCodeAt(0) - 1);
  return previousHead + TOP.repeat(integerDigits(previousHead));
}

/**
 * Digits strictly between the fractions `low` and `high` (null: no upper bound), with no trailing
 * zero and never a prefix of `high`, so anything appended to the result stays below `high`.
 */
function fractionBetween(low: string, high: string | null): string {
  if (high !== null) {
    // A shared beginning (low read with zeros after its end) is kept as it is.
    let n = 0;
    while (n < high.length && (low[n] ?? ZERO) === high[n]) n++;
    if (n > 0) return high.slice(0, n) + fractionBetween(low.slice(n), high.slice(n));
  }
  const lowDigit = low ? digit(low[0]!) : 0;
  const highDigit = high !== null ? digit(high[0]!) : BASE;
  if (highDigit - lowDigit > 1) return DIGITS[Math.round((lowDigit + highDigit) / 2)]!;
  // Adjacent digits: keep low's and go on below no bound.
  return DIGITS[lowDigit]! + fractionBetween(low.slice(1), null);
}

/** A key strictly between `low` and `high` (either null: that end is open), with no jitter. */
function plainKeyBetween(low: string | null, high: string | null): string {
  if (low === null && high === null) return FIRST_ORDER_KEY;
  if (low === null) {
    const previous = previousInteger(split(high!).integer);
    if (previous === null) throw new Error('order keys exhausted below');
    return previous;
  }
  const a = split(low);
  if (high === null) return nextInteger(a.integer) ?? a.integer + fractionBetween(a.fraction, null);
  if (low >= high) throw new Error(`order keys out of order: ${low} ≥ ${high}`);
  const b = split(high);
  if (a.integer === b.integer) return a.integer + fractionBetween(a.fraction, b.fraction);
  const next = nextInteger(a.integer);
  // The next integer alone would be a prefix of `high` (or `high` itself): use a fraction of low's.
  if (next !== null && next < high && !high.startsWith(next)) return next;
  return a.integer + fractionBetween(a.fraction, null);
}

/** Random base-62 digits, the last never '0' (a key never ends in zero). */
export function randomJitter(random: () => number = Math.random, length = JITTER_LENGTH): string {
  let out = '';
  for (let i = 0; i < length; i++) out += DIGITS[Math.floor(random() * (i === length - 1 ? BASE - 1 : BASE)) + (i === length - 1 ? 1 : 0)]!;
  return out;
}

/**
 * A key strictly between `low` and `high` (null: open end), ending in `jitter` so that two
 * writers inserting at the same place at once do not make equal keys. Pass '' for none (the
 * default tag set, which every device must number alike).
 */
export function keyBetween(low: string | null, high: string | null, jitter: string = randomJitter()): string {
  if (jitter.endsWith(ZERO)) throw new Error('jitter must not end in 0');
  for (const c of jitter) digit(c);
  return plainKeyBetween(low, high) + jitter;
}

/** `count` keys in increasing order between `low` and `high`, each with its own jitter. */
export function keysBetween(low: string | null, high: string | null, count: number, jitter: () => string = () => randomJitter()): string[] {
  const keys: string[] = [];
  let previous = low;
  for (let i = 0; i < count; i++) {
    // One after another: a run of appends stays short (whole integers), an insertion a bit longer.
    previous = keyBetween(previous, high, jitter());
    keys.push(previous);
  }
  return keys;
}

/** Code-unit order, the order IndexedDB sorts strings in (never `localeCompare`). */
export function compareOrderKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Records by order key, then by id: two equal keys (possible only by chance) still sort alike everywhere. */
export function byOrderKey<T extends { id: string }>(key: (record: T) => string): (a: T, b: T) => number {
  return (a, b) => compareOrderKeys(key(a), key(b)) || compareOrderKeys(a.id, b.id);
}
