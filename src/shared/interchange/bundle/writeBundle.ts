/** Writes the project bundle: the interchange data as one versioned JSON file (bundleSchema.ts). */
import { OffsetMap } from '../codePoints';
import type { ExportedFile, InterchangeArticle, InterchangeData } from '../interchange';
import { BUNDLE_EXTENSION, BUNDLE_FORMAT, BUNDLE_VERSION } from './bundleSchema';

/**
 * Offsets leave Isnad in code points, like every other format (a script reading the bundle in
 * Python slices `text[start:end]`); `length` too. readBundle converts them back.
 */
function inCodePoints(a: InterchangeArticle) {
  const map = new OffsetMap(a.text);
  return {
    article: { ...a.article, length: map.codePoints },
    text: a.text,
    annotations: a.annotations.map((x) => ({ ...x, start: map.toCodePoints(x.start), end: map.toCodePoints(x.end) })),
    note: a.note,
  };
}

/**
 * The bundle as UTF-8, written an article at a time: the header, each article's JSON encoded on
 * its own, then the end, joined once into the file's bytes. Never the whole file as one string: a
 * 2,000-article bundle is ~37 MB of UTF-8 but twice that as a JavaScript string of Arabic text,
 * and JSON.stringify of the whole grows it through copies on the way. The app feeds it articles as
 * it reads them from the database, so the library is never all in memory as objects either.
 */
export class BundleWriter {
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private count = 0;

  constructor(meta: Pick<InterchangeData, 'exportedAt' | 'analystName' | 'tags'>) {
    const header = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: meta.exportedAt, analystName: meta.analystName, tags: meta.tags, offsets: 'code-points' };
    // No indentation: tools read it either way, and the file stays a third smaller.
    this.chunks.push(this.encoder.encode(`${JSON.stringify(header).slice(0, -1)},"articles":[`));
  }

  add(article: InterchangeArticle): void {
    this.chunks.push(this.encoder.encode(`${this.count++ ? ',' : ''}${JSON.stringify(inCodePoints(article))}`));
  }

  /**
   * The file's bytes, with the entities and claim links after the articles (they are known once
   * every article is read: a selection carries those its annotations name); the writer is spent.
   */
  finish(shared: Pick<InterchangeData, 'entities' | 'claimLinks'> = {}): Uint8Array {
    this.chunks.push(this.encoder.encode(`],"entities":${JSON.stringify(shared.entities ?? [])},"claimLinks":${JSON.stringify(shared.claimLinks ?? [])}}`));
    const bytes = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of this.chunks.splice(0)) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  }
}

export function bundleBytes(data: InterchangeData): Uint8Array {
  const writer = new BundleWriter(data);
  for (const article of data.articles) writer.add(article);
  return writer.finish(data);
}

/** The bundle as text (tests, and tools that want a string). */
export const bundleJson = (data: InterchangeData): string => new TextDecoder().decode(bundleBytes(data));

export function exportBundle(data: InterchangeData, baseName = 'isnad-project'): ExportedFile[] {
  return [{ path: `${baseName}${BUNDLE_EXTENSION}`, content: bundleBytes(data) }];
}
