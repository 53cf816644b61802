import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../../support/testDatabase';
import { annotationRow } from '../../support/records';
import { articleAnnotations, createAnnotation, deleteAnnotations, retagAnnotation } from '../../../src/renderer/db/annotations';
import { watchArticleAnnotations } from '../../../src/renderer/db/articleAnnotationsWatch';
import { redo, undo } from '../../../src/renderer/db/history';
import type { AnnotationRecord } from '../../../src/shared/annotation/annotation';

const t = useTestDatabase('test-watch');
const TEXT = 'قال فلاديمير بوتين إن الزيارة ناجحة';
const tag = (start: number, end: number, tagId: string, articleId = 'a') => createAnnotation(t.db, { articleId, articleText: TEXT, span: { start, end }, tagId, isClaim: false, author: 't' });

/** Watches article `a`; `settled()` waits until what it last reported equals a full read. */
function watch() {
  const seen: AnnotationRecord[][] = [];
  const stop = watchArticleAnnotations(t.db, 'a', (rows) => seen.push(rows));
  const settled = () =>
    vi.waitFor(async () => {
      expect(seen.at(-1)).toEqual(await articleAnnotations(t.db, 'a'));
    });
  return { seen, stop, settled };
}

describe('watching the article’s annotations', () => {
  it('reports the rows once read, then after every change, always equal to a full read', async () => {
    await t.db.annotations.put(annotationRow('old', 'a', { start: 30, end: 34 }));
    const w = watch();
    await w.settled();
    expect(w.seen.at(-1)!.map((r) => r.id)).toEqual(['old']);
    const person = await tag(4, 18, 'person');
    await w.settled();
    expect(w.seen.at(-1)!.map((r) => r.id)).toEqual([person.id, 'old']); // reading order
    await retagAnnotation(t.db, person.id, 'place', false);
    await w.settled();
    expect(w.seen.at(-1)![0]!.tagId).toBe('place');
    await deleteAnnotations(t.db, 'a', [person.id]); // a tombstone is no row
    await w.settled();
    expect(w.seen.at(-1)!.map((r) => r.id)).toEqual(['old']);
    await undo(t.db, 'a');
    await redo(t.db, 'a');
    await undo(t.db, 'a');
    await w.settled();
    expect(w.seen.at(-1)!.map((r) => r.id)).toEqual([person.id, 'old']);
    w.stop();
  });

  it('says nothing about writes to other articles, and nothing once stopped', async () => {
    const w = watch();
    await w.settled();
    const before = w.seen.length;
    await tag(4, 18, 'person', 'b');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(w.seen).toHaveLength(before);
    w.stop();
    await tag(4, 18, 'person');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(w.seen).toHaveLength(before);
  });

  it('reads the article whole after a write Dexie reports as a range (50 rows at once)', async () => {
    const w = watch();
    await w.settled();
    await t.db.annotations.bulkPut(Array.from({ length: 60 }, (_, i) => annotationRow(`n${i}`, i % 2 ? 'a' : 'b', { start: i, end: i + 1 })));
    await w.settled();
    expect(w.seen.at(-1)).toHaveLength(30);
    await t.db.annotations.where('articleId').equals('a').delete();
    await w.settled();
    expect(w.seen.at(-1)).toEqual([]);
    w.stop();
  });
});
