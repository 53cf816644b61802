import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteSaver, flushOpenNotes } from '../../../src/renderer/editor/noteSaver';

/** A saver whose writes wait until the test lets them land, recording everything it is asked. */
function recordingSaver(stored: string | null = 'stored') {
  const log: string[] = [];
  const releases: ((ok: boolean) => void)[] = [];
  const saver = new NoteSaver(
    {
      write: (note) => {
        log.push(`write ${note}`);
        return new Promise<void>((resolve, reject) => releases.push((ok) => (ok ? resolve() : reject(new Error('disk full')))));
      },
      handedOver: (note) => log.push(`handed ${note}`),
      journal: (note, base) => log.push(`journal ${note} over ${base.join('|')}`),
      landed: (note) => log.push(`landed ${note}`),
    },
    stored,
  );
  /** Settles the oldest write still waiting (it starts once the one before it has settled). */
  const settleNext = async (ok = true) => {
    await vi.advanceTimersByTimeAsync(0);
    releases.shift()!(ok);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { saver, log, landNext: () => settleNext(true), failNext: () => settleNext(false) };
}

/** Savers attached by a test, detached after it so flushOpenNotes sees only the next test's. */
const attached: (() => void)[] = [];

/** Stands in for the window: records listeners so a test can fire pagehide/beforeunload. */
function fakePage() {
  const listeners = new Map<string, Set<() => void>>();
  return {
    addEventListener: (type: string, listener: () => void) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(listener),
    removeEventListener: (type: string, listener: () => void) => void listeners.get(type)?.delete(listener),
    fire: (type: string) => listeners.get(type)?.forEach((listener) => listener()),
    count: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}

describe('NoteSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    attached.splice(0).forEach((detach) => detach());
    vi.useRealTimers();
  });

  it('writes once, shortly after typing stops', async () => {
    const { saver, log } = recordingSaver();
    saver.changed('a');
    await vi.advanceTimersByTimeAsync(200);
    saver.changed('ab');
    await vi.advanceTimersByTimeAsync(299);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['handed ab', 'write ab']);
  });

  it('flush writes at once; writes run one at a time, in order', async () => {
    const { saver, log, landNext } = recordingSaver();
    saver.changed('first');
    void saver.flush();
    saver.changed('second');
    const settled = vi.fn();
    void saver.flush().then(settled);
    await vi.advanceTimersByTimeAsync(0);
    // The second write waits for the first to land.
    expect(log).toEqual(['handed first', 'handed second', 'write first']);
    await landNext();
    expect(log.slice(3)).toEqual(['landed first', 'write second']);
    expect(settled).not.toHaveBeenCalled();
    await landNext();
    expect(log.slice(5)).toEqual(['landed second']);
    expect(settled).toHaveBeenCalled();
  });

  it('a value from elsewhere drops an edit still waiting', async () => {
    const { saver, log } = recordingSaver();
    saver.changed('draft');
    saver.replaced('undone');
    await vi.advanceTimersByTimeAsync(1_000);
    await saver.flush();
    expect(log).toEqual([]);
  });

  it('on pagehide, journals the waiting edit over the stored value, then writes it', async () => {
    const { saver, log } = recordingSaver('stored');
    const page = fakePage();
    attached.push(saver.attach(page));
    saver.changed('typed');
    page.fire('pagehide');
    expect(log).toEqual(['journal typed over stored', 'handed typed']);
    await vi.advanceTimersByTimeAsync(0);
    expect(log.at(-1)).toBe('write typed');
  });

  it('on beforeunload, journals the newest edit over the stored value and every value still being written', async () => {
    const { saver, log, landNext } = recordingSaver('stored');
    const page = fakePage();
    attached.push(saver.attach(page));
    saver.changed('one');
    void saver.flush();
    await landNext();
    saver.changed('two');
    void saver.flush();
    saver.changed('three');
    void saver.flush();
    saver.changed('four');
    page.fire('beforeunload');
    // 'one' has landed; 'two' and 'three' may land before the page goes, or not.
    expect(log.filter((line) => line.startsWith('journal'))).toEqual(['journal four over one|two|three']);
  });

  it('a value from elsewhere becomes the base of a later draft', () => {
    const { saver, log } = recordingSaver('stored');
    const page = fakePage();
    attached.push(saver.attach(page));
    saver.replaced('undone');
    saver.changed('typed');
    page.fire('pagehide');
    expect(log[0]).toBe('journal typed over undone');
  });

  it('journals nothing once everything has landed', async () => {
    const { saver, log, landNext } = recordingSaver();
    const page = fakePage();
    attached.push(saver.attach(page));
    saver.changed('done');
    void saver.flush();
    await landNext();
    page.fire('pagehide');
    expect(log).toEqual(['handed done', 'write done', 'landed done']);
  });

  it('a failed write is journalled when the page goes, so the next start retries it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { saver, log, failNext } = recordingSaver('stored');
    const page = fakePage();
    attached.push(saver.attach(page));
    saver.changed('lost?');
    void saver.flush();
    await failNext();
    expect(warn).toHaveBeenCalled();
    page.fire('pagehide');
    expect(log.filter((line) => line.startsWith('journal'))).toEqual(['journal lost? over stored']);
    warn.mockRestore();
  });

  it('detaching stops listening and flushes; flushOpenNotes flushes every attached editor', async () => {
    const one = recordingSaver();
    const two = recordingSaver();
    const page = fakePage();
    const detachOne = one.saver.attach(page);
    const detachTwo = two.saver.attach(page);
    one.saver.changed('one');
    two.saver.changed('two');
    const all = flushOpenNotes();
    await vi.advanceTimersByTimeAsync(0);
    expect([one.log, two.log]).toEqual([
      ['handed one', 'write one'],
      ['handed two', 'write two'],
    ]);
    const done = vi.fn();
    void all.then(done);
    await one.landNext();
    expect(done).not.toHaveBeenCalled(); // waits for every write
    await two.landNext();
    expect(done).toHaveBeenCalled();

    two.saver.changed('two again');
    detachTwo();
    await vi.advanceTimersByTimeAsync(0);
    expect(two.log.slice(-2)).toEqual(['handed two again', 'write two again']);
    detachOne();
    expect(page.count()).toBe(0);
    one.saver.changed('after');
    await flushOpenNotes(); // detached editors are not flushed by it
    expect(one.log).toEqual(['handed one', 'write one', 'landed one']);
  });
});
