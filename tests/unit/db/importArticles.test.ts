import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../support/testDatabase';
import { importArticles } from '../../../src/renderer/features/library/importArticles';
import type { PickedFile } from '../../../src/shared/host';
import { utf8 } from '../../support/encodings';

const t = useTestDatabase('test-import');

const file = (name: string, bytes: Uint8Array, size = bytes.length): PickedFile => ({ name, sourceKey: `folder/${name}`, size, read: async () => bytes });

describe('importArticles', () => {
  it('stores good files, reports each refused file with its reason, and goes on', async () => {
    const files = [
      file('a.txt', utf8('مقال أول\nنص')),
      file('empty.txt', new Uint8Array()),
      file('b.bin', new Uint8Array([1, 2, 0, 4])),
      file('huge.txt', new Uint8Array(1), 21 * 1024 * 1024),
      file('broken.txt', utf8('x'), 1),
      file('c.txt', utf8('مقال ثان')),
      file('a-copy.txt', utf8('مقال أول\r\nنص')),
    ];
    files[4]!.read = async () => {
      throw new Error('EACCES');
    };
    const progress: number[] = [];
    const report = await importArticles(t.db, files, { author: 'x', batchSize: 2, onProgress: (done) => progress.push(done) });
    expect(report).toMatchObject({ total: 7, processed: 7, added: 2, duplicates: 1, versions: 0, cancelled: false });
    expect(report.refused).toEqual([
      { name: 'empty.txt', sourceKey: 'folder/empty.txt', reason: 'empty' },
      { name: 'b.bin', sourceKey: 'folder/b.bin', reason: 'binary' },
      { name: 'huge.txt', sourceKey: 'folder/huge.txt', reason: 'too-large' },
      { name: 'broken.txt', sourceKey: 'folder/broken.txt', reason: 'unreadable' },
    ]);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await t.db.articles.count()).toBe(2);
  });

  it('stops at cancel and keeps what was already read', async () => {
    const abort = new AbortController();
    const files = Array.from({ length: 10 }, (_, i) => file(`${i}.txt`, utf8(`مقال رقم ${i}`)));
    const report = await importArticles(t.db, files, {
      author: 'x',
      batchSize: 4,
      signal: abort.signal,
      onProgress: (done) => done === 6 && abort.abort(),
    });
    expect(report).toMatchObject({ cancelled: true, processed: 6, added: 6 });
    expect(await t.db.articles.count()).toBe(6);
  });

  it('leaves stored articles untouched when every file is refused', async () => {
    await importArticles(t.db, [file('a.txt', utf8('أصل'))], { author: 'x' });
    const before = await t.db.articles.toArray();
    const report = await importArticles(t.db, [file('a.txt', new Uint8Array([0, 0, 0]))], { author: 'x' });
    expect(report.refused).toHaveLength(1);
    expect(await t.db.articles.toArray()).toEqual(before);
  });
});
