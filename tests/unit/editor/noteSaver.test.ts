import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteSaver, flushOpenNotes } from '../../../src/renderer/editor/noteSaver';

/** A saver whose writes wait until the test lets them land, recording everything it is asked. */
function recordingSaver() {
  const log: string[] = [];
  const releases: (() => void)[] = [];
  const saver = new NoteSaver({
    write: (note) => {
      log.push(`write ${note}`);
      return new Promise<void>((resolve) => releases.push(resolve));
    },
    handedOver: (note) => log.push(`handed ${note}`),
    journal: (note, editedAt) => log.push(`journal ${note} @${editedAt}`),
    landed: (note) => log.push(`landed ${note}`),
  });
  const landNext = async () => {
    await vi.advanceTimersByTimeAsync(0); // a write starts once the one before it has settled
    releases.shift()!();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { saver, log, landNext };
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
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000);
  });
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

  it('cancel drops an edit still waiting', async () => {
    const { saver, log } = recordingSaver();
    saver.changed('draft');
    saver.cancel();
    await vi.advanceTimersByTimeAsync(1_000);
    await saver.flush();
    expect(log).toEqual([]);
  });

  it('on pagehide, journals the waiting edit with the time it was made, then writes it', async () => {
    const { saver, log } = recordingSaver();
    const page = fakePage();
    attached.push(saver.attach(page));
    saver.changed('typed');
    vi.setSystemTime(1_100);
    page.fire('pagehide');
    expect(log).toEqual(['journal typed @1000', 'handed typed']);
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['journal typed @1000', 'handed typed', 'write typed']);
  });

  it('on beforeunload, journals a write still in flight', async () => {
    const { saver, log } = recordingSaver();
    const page = fakePage();
    attached.push(saver.attach(page));
    saver.changed('sent');
    void saver.flush();
    page.fire('beforeunload');
    expect(log).toEqual(['handed sent', 'journal sent @1000']);
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
    const log: string[] = [];
    const saver = new NoteSaver({
      write: async () => Promise.reject(new Error('disk full')),
      handedOver: () => undefined,
      journal: (note) => log.push(`journal ${note}`),
      landed: (note) => log.push(`landed ${note}`),
    });
    const page = fakePage();
    attached.push(saver.attach(page));
    saver.changed('lost?');
    await saver.flush();
    expect(warn).toHaveBeenCalled();
    page.fire('pagehide');
    expect(log).toEqual(['journal lost?']);
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
    expect([one.log, two.log]).toEqual([['handed one', 'write one'], ['handed two', 'write two']]);
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
