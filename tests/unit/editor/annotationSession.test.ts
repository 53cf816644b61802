import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { AnnotationRecord } from '../../../src/shared/annotation/annotation';
import { defaultTags } from '../../../src/shared/annotation/tagSet';
import { AlreadyTaggedError, type NewAnnotation } from '../../../src/renderer/db/annotations';
import type { AnnotationRepository } from '../../../src/renderer/db/annotationRepository';
import { AnnotationSession } from '../../../src/renderer/editor/annotationSession';
import { HighlightPainter } from '../../../src/renderer/editor/highlightPainter';
import { createAnnotateSlice, type AnnotateSlice } from '../../../src/renderer/state/annotateSlice';
import { fakeOffsets, fakeSurface, painted } from '../../support/fakeHighlights';

const TEXT = 'قال فلاديمير بوتين إن الزيارة ناجحة';
const TAGS = defaultTags();
const tag = (id: string) => TAGS.find((t) => t.id === id)!;

/** An in-memory repository that logs its calls; `failCreate` makes the next write fail. */
function fakeRepository() {
  const rows = new Map<string, AnnotationRecord>();
  const calls: string[] = [];
  const repository: AnnotationRepository & { rows: typeof rows; calls: string[]; failCreate: Error | null } = {
    rows,
    calls,
    failCreate: null,
    async create(input: NewAnnotation) {
      calls.push('create');
      if (repository.failCreate) throw repository.failCreate;
      const same = [...rows.values()].find((a) => a.tagId === input.tagId && a.start === input.span.start && a.end === input.span.end);
      if (same) throw new AlreadyTaggedError(same);
      const record: AnnotationRecord = {
        id: input.id!,
        articleId: input.articleId,
        tagId: input.tagId,
        start: input.span.start,
        end: input.span.end,
        exact: input.articleText.slice(input.span.start, input.span.end),
        prefix: '',
        suffix: '',
        note: null,
        claim: null,
        createdAt: 0,
        updatedAt: 0,
        author: input.author,
      };
      rows.set(record.id, record);
      return record;
    },
    get: async (id) => rows.get(id),
    ofArticle: async () => [...rows.values()],
    async resize(id, span) {
      calls.push('resize');
      const row = rows.get(id)!;
      const same = [...rows.values()].find((a) => a.id !== id && a.tagId === row.tagId && a.start === span.start && a.end === span.end);
      if (same) throw new AlreadyTaggedError(same);
      rows.set(id, { ...row, ...span });
    },
    retag: async () => void calls.push('retag'),
    remove: async () => void calls.push('remove'),
    setClaimant: async () => void calls.push('setClaimant'),
    undo: async () => void calls.push('undo'),
    redo: async () => void calls.push('redo'),
    tags: async () => TAGS,
  };
  return repository;
}

/** A frame the test paints by hand: afterPaint resolves when `paint()` is called. */
function manualFrames() {
  let waiting: (() => void)[] = [];
  return {
    afterPaint: () => new Promise<void>((resolve) => waiting.push(resolve)),
    paint() {
      const now = waiting;
      waiting = [];
      now.forEach((resolve) => resolve());
    },
  };
}

function setUp() {
  const surface = fakeSurface();
  const painter = new HighlightPainter(fakeOffsets(), surface);
  painter.paint([], TAGS);
  const store = createStore<AnnotateSlice>()(createAnnotateSlice);
  const repository = fakeRepository();
  const frames = manualFrames();
  let ids = 0;
  const session = new AnnotationSession({ article: { id: 'a', text: TEXT, author: 'Lina' }, repository, store, afterPaint: frames.afterPaint, newId: () => `new-${++ids}` });
  session.attachPainter(painter);
  return { surface, painter, store, repository, frames, session };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AnnotationSession.tag', () => {
  it('paints a new tag at once and writes it only after that frame is painted', async () => {
    const { surface, repository, frames, session } = setUp();
    const done = session.tag({ start: 4, end: 12 }, tag('person'));
    expect(painted(surface, 'isnad-tag-person')).toEqual(['4-12']);
    expect(session.unstoredAnnotations()).toEqual([{ id: 'new-1', tagId: 'person', start: 4, end: 12 }]);
    await flush();
    expect(repository.calls).toEqual([]); // not written before the frame
    frames.paint();
    const tagged = await done;
    expect(repository.calls).toEqual(['create']);
    expect(tagged).toMatchObject({ existed: false, annotation: { id: 'new-1', articleId: 'a', tagId: 'person', start: 4, end: 12, author: 'Lina', exact: 'فلاديمير' } });
    expect(session.unstoredAnnotations()).toEqual([]);
    // Stored: still painted until the stored list takes over.
    expect(painted(surface, 'isnad-tag-person')).toEqual(['4-12']);
  });

  it('reports a failed write and takes the tag off the screen', async () => {
    const { surface, store, repository, frames, session } = setUp();
    repository.failCreate = new Error('QuotaExceededError');
    const done = session.tag({ start: 4, end: 12 }, tag('place'));
    expect(painted(surface, 'isnad-tag-place')).toEqual(['4-12']);
    frames.paint();
    expect(await done).toBeNull();
    expect(painted(surface, 'isnad-tag-place')).toEqual([]);
    expect(session.unstoredAnnotations()).toEqual([]);
    expect(store.getState().notice).toEqual({ kind: 'write-failed', reason: 'QuotaExceededError' });
  });

  it('gives the stored annotation when the span already has the tag, and removes the painted copy', async () => {
    const { surface, painter, store, frames, session } = setUp();
    const first = session.tag({ start: 4, end: 12 }, tag('person'));
    frames.paint();
    const stored = (await first)!.annotation;
    painter.paint([stored], TAGS);
    const second = session.tag({ start: 4, end: 12 }, tag('person'));
    expect(painted(surface, 'isnad-tag-person')).toEqual(['4-12', '4-12']);
    frames.paint();
    expect(await second).toEqual({ annotation: stored, existed: true });
    expect(painted(surface, 'isnad-tag-person')).toEqual(['4-12']);
    expect(store.getState().notice).toBeNull(); // what to say is the caller's (it may link a claimant instead)
  });

  it('paints tags still being written on a painter attached later (the view came after the key)', async () => {
    const { repository, store, frames } = setUp();
    const session = new AnnotationSession({ article: { id: 'a', text: TEXT, author: 'Lina' }, repository, store, afterPaint: frames.afterPaint });
    const done = session.tag({ start: 0, end: 3 }, tag('event'));
    const surface = fakeSurface();
    const painter = new HighlightPainter(fakeOffsets(), surface);
    painter.paint([], TAGS);
    const detach = session.attachPainter(painter);
    expect(painted(surface, 'isnad-tag-event')).toEqual(['0-3']);
    detach();
    frames.paint();
    await done;
  });
});

describe('AnnotationSession edits', () => {
  it('undoes only after the tags in flight are written, so undo right after a tag takes it away', async () => {
    const { repository, frames, session } = setUp();
    const tagged = session.tag({ start: 4, end: 12 }, tag('person'));
    const undone = session.undo();
    await flush();
    expect(repository.calls).toEqual([]);
    frames.paint();
    await Promise.all([tagged, undone]);
    expect(repository.calls).toEqual(['create', 'undo']);
  });

  it('refuses a resize onto a span that has the tag already, with the already-tagged notice', async () => {
    const { repository, store, frames, session } = setUp();
    const a = session.tag({ start: 4, end: 12 }, tag('person'));
    const b = session.tag({ start: 13, end: 18 }, tag('person'));
    frames.paint();
    const [first, second] = await Promise.all([a, b]);
    await session.resizeTo(second!.annotation.id, { start: 4, end: 12 });
    expect(store.getState().notice).toEqual({ kind: 'already-tagged', tagId: 'person' });
    expect(repository.rows.get(second!.annotation.id)).toMatchObject({ start: 13, end: 18 });
    expect(first!.annotation.id).not.toBe(second!.annotation.id);
  });

  it('resizes by a word and snaps the span, but never to nothing', async () => {
    const { repository, frames, session } = setUp();
    const done = session.tag({ start: 4, end: 12 }, tag('person')); // فلاديمير
    frames.paint();
    const { id } = (await done)!.annotation;
    await session.resizeStep(id, 'end', 1, 'word');
    expect(repository.rows.get(id)).toMatchObject({ start: 4, end: 18 }); // … بوتين
    await session.resizeStep(id, 'start', 1, 'word');
    await session.resizeStep(id, 'start', 1, 'word');
    expect(repository.rows.get(id)!.start).toBeLessThan(repository.rows.get(id)!.end);
  });

  it('acts on its own article: retag, remove and undo name it, not whatever is selected elsewhere', async () => {
    const calls: unknown[][] = [];
    const repository = { ...fakeRepository(), remove: async (...args: unknown[]) => void calls.push(['remove', ...args]), redo: async (...args: unknown[]) => void calls.push(['redo', ...args]) };
    const store = createStore<AnnotateSlice>()(createAnnotateSlice);
    const session = new AnnotationSession({ article: { id: 'article-7', text: TEXT, author: 'Lina' }, repository, store, afterPaint: async () => {} });
    await session.remove(['x']);
    await session.redo();
    expect(calls).toEqual([
      ['remove', 'article-7', ['x']],
      ['redo', 'article-7'],
    ]);
  });
});
