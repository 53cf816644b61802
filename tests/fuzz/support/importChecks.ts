/**
 * What the data importers' fuzz cases check. A refusal must be the importer's typed error (an
 * ImportError naming the file and the problem in words, or UnknownImportFormatError); anything
 * else thrown is a crash and is rethrown to fail the case. An accepted result must be data the
 * merge can take as it is, and what the merge makes of it must be a library whose every span
 * lies in its text and says its quote.
 */
import { expect } from 'vitest';
import type { InterchangeData } from '../../../src/shared/interchange/interchange';
import { ImportError, UnknownImportFormatError } from '../../../src/shared/interchange/interchange';
import { sha256Hex } from '../../../src/shared/text/hash';
import { reasonOf, type Outcome } from './fuzzHarness';

/** The importer's result, or its refusal as a reason; any other error is thrown on (a crash). */
export async function outcomeOf<T>(run: () => Promise<T>): Promise<{ outcome: Outcome; value: T | null }> {
  try {
    const value = await run();
    return { outcome: { kind: 'accepted' }, value };
  } catch (error) {
    if (error instanceof ImportError) {
      // A message in words: the file named, the problem said, never an empty or a raw engine message alone.
      expect(error.file.length + error.problem.length).toBeGreaterThan(0);
      expect(error.problem).toMatch(/\p{L}{3}/u);
      return { outcome: { kind: 'refused', reason: reasonOf(error.problem) }, value: null };
    }
    if (error instanceof UnknownImportFormatError) return { outcome: { kind: 'refused', reason: 'not a format Isnad imports' }, value: null };
    throw error;
  }
}

/** Nothing a file holds may reach Object.prototype (a `__proto__` key in its JSON). */
export function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
}

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * An importer's accepted data: articles identified by their text's SHA-256, spans inside their
 * text (empty only where `emptySpans`: a W3C quote not found keeps 0–0 for the merge to place),
 * every tag named and every annotation id once.
 */
export async function expectValidImport(data: InterchangeData, options: { emptySpans: boolean }): Promise<void> {
  expectNoPollution();
  const tagIds = new Set(data.tags.map((t) => t.id));
  const ids = new Set<string>();
  for (const { article, text, annotations, note } of data.articles) {
    expect(typeof text).toBe('string');
    expect(article.id).toBe(await sha256Hex(text));
    for (const a of annotations) {
      expect(a.articleId).toBe(article.id);
      expect(isOffset(a.start) && isOffset(a.end), `span ${a.start}–${a.end}`).toBe(true);
      expect(a.end).toBeLessThanOrEqual(text.length);
      if (options.emptySpans) expect(a.start).toBeLessThanOrEqual(a.end);
      else expect(a.start).toBeLessThan(a.end);
      expect(tagIds.has(a.tagId), `tag ${a.tagId}`).toBe(true);
      expect(ids.has(a.id), `annotation id ${a.id} twice`).toBe(false);
      ids.add(a.id);
      for (const field of ['exact', 'prefix', 'suffix'] as const) expect(typeof a[field]).toBe('string');
    }
    if (note) expect(note.articleId).toBe(article.id);
  }
}

/**
 * A library after a merge: every annotation on a span of its own article's text that is its
 * quote, with a known tag and entity, a claimant that exists; every claim link joining two
 * stored annotations; no id twice.
 */
export function expectSoundLibrary(data: InterchangeData): void {
  expectNoPollution();
  const tagIds = new Set(data.tags.map((t) => t.id));
  const entityIds = new Set((data.entities ?? []).map((e) => e.id));
  const annotationIds = new Set<string>();
  const articleIds = new Set<string>();
  for (const { article, text, annotations } of data.articles) {
    expect(articleIds.has(article.id)).toBe(false);
    articleIds.add(article.id);
    for (const a of annotations) {
      expect(annotationIds.has(a.id), `annotation id ${a.id} twice`).toBe(false);
      annotationIds.add(a.id);
      expect(a.articleId).toBe(article.id);
      expect(isOffset(a.start) && isOffset(a.end) && a.start < a.end && a.end <= text.length, `span ${a.start}–${a.end} of ${text.length}`).toBe(true);
      expect(text.slice(a.start, a.end)).toBe(a.exact);
      expect(tagIds.has(a.tagId), `tag ${a.tagId}`).toBe(true);
      if (a.entityId !== undefined) expect(entityIds.has(a.entityId), `entity ${a.entityId}`).toBe(true);
    }
  }
  for (const { annotations } of data.articles)
    for (const a of annotations) if (a.claim?.claimantAnnotationId) expect(annotationIds.has(a.claim.claimantAnnotationId), `claimant ${a.claim.claimantAnnotationId}`).toBe(true);
  for (const link of data.claimLinks ?? []) {
    expect(annotationIds.has(link.fromId), `link from ${link.fromId}`).toBe(true);
    expect(annotationIds.has(link.toId), `link to ${link.toId}`).toBe(true);
  }
}
