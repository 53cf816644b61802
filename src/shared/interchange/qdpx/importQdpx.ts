/**
 * REFI-QDA project import (.qdpx from Isnad, MAXQDA, ATLAS.ti, NVivo …, or a bare project.qde):
 * text sources with their plain-text selections and codings become articles and annotations.
 *
 * - Codes → tags, matched later by name. A code nested under others is named by its path
 *   ("Actors / Person"); a code that is not codable (a folder) is no tag. The colour is kept (a
 *   code without one gets one of the default palette's); an Isnad code's Description gives back
 *   the Arabic label, kind and tag id (descriptions.ts).
 * - TextSources → articles. The text is read from the archive (plainTextPath internal://x →
 *   sources/x), else from PlainTextContent; it is normalised (BOM, CRLF) and every position is
 *   moved with it. Positions are code points (REFI-QDA 1.5 §10.2).
 * - Each Coding of a PlainTextSelection → one annotation. Its id is the selection's GUID when the
 *   selection has one coding (so an Isnad export comes back with its own ids), else the coding's
 *   GUID: the same file imported twice gives the same ids.
 * - Notes referred to by a selection or its codings → the annotation's note (plain text; several
 *   are joined by a blank line), with a non-Isnad Description of the selection; notes referred to
 *   by a source → the article note. A claim tag's selection Description gives back the claim's
 *   fields, and a Link named "claimant" its claimant span.
 * - Users → the authors of annotations (the modifying, else creating user), dates from
 *   creationDateTime/modifiedDateTime; what has neither gets `options.author` and `options.now`.
 *
 * What is not imported is counted in `notices`, sentences for the import report: picture, PDF,
 * audio and video sources, empty selections, selections without a code, codings of a whole
 * source, notes whose text is missing. A broken file (not a zip, not XML, a source file missing, a position past its text,
 * a coding of a code not in the codebook) throws an ImportError and nothing is imported from it.
 */
import type { Element } from '@xmldom/xmldom';
import { defaultClaimFields, type AnnotationRecord } from '../../annotation/annotation';
import { quoteOf } from '../../annotation/snapSpan';
import { DEFAULT_TAGS, type TagDefinition } from '../../annotation/tagSet';
import { detectDirection } from '../../arabic/direction';
import type { ArticleNoteRecord } from '../../model';
import { keysBetween } from '../../order/orderKey';
import { sha256Hex } from '../../text/hash';
import { OffsetMap } from '../codePoints';
import { ImportError, importedArticleRecord, type ImportSource, type InterchangeArticle, type InterchangeData } from '../interchange';
import { normalizeWithOffsets } from '../normalizedOffsets';
import { plainTextToNote } from '../plainTextNote';
import { parseClaimDescription, parseCodeDescription } from './descriptions';
import { derivedGuid, normalizeGuid } from './guid';
import { childElements, descendantElements, firstChild, openQdpx, textOf, type QdpxArchive } from './qdpxArchive';

export interface QdpxImport extends InterchangeData {
  /** What the files held that Isnad does not import, counted, one sentence each (for the import report). */
  notices: string[];
}

export interface ImportOptions {
  author: string;
  now: number;
}

const NON_TEXT_SOURCES: Record<string, string> = { PictureSource: 'picture', PDFSource: 'PDF', AudioSource: 'audio', VideoSource: 'video' };

export async function importQdpx(sources: readonly ImportSource[], options: ImportOptions): Promise<QdpxImport> {
  const result: QdpxImport = { exportedAt: options.now, analystName: options.author, tags: [], articles: [], notices: [] };
  const tagsByName = new Map<string, TagDefinition>();
  const articles = new Map<string, InterchangeArticle>();
  const seen = new Set<string>();
  for (const source of sources) await importOne(openQdpx(source), options, tagsByName, articles, seen, result.notices);
  const keys = keysBetween(null, null, tagsByName.size, () => '');
  result.tags = [...tagsByName.values()].map((tag, i) => ({ ...tag, order: keys[i]! }));
  result.articles = [...articles.values()];
  return result;
}

async function importOne(
  archive: QdpxArchive,
  options: ImportOptions,
  tagsByName: Map<string, TagDefinition>,
  articles: Map<string, InterchangeArticle>,
  seen: Set<string>,
  notices: string[],
): Promise<void> {
  const { root, file } = archive;
  const fail = (problem: string) => new ImportError(file, problem);
  const users = new Map(descendantElements(root, 'User').map((u) => [guidKey(u.getAttribute('guid')), u.getAttribute('name') ?? '']));
  const userName = (guid: string | null) => users.get(guidKey(guid)) || undefined;
  const date = (value: string | null) => {
    const ms = value ? Date.parse(value) : NaN;
    return Number.isFinite(ms) ? ms : undefined;
  };

  // Codes: guid → tag (codable codes only; a folder's name prefixes its children's).
  const tagOfCode = new Map<string, TagDefinition>();
  const walkCodes = (parent: Element, path: string[]) => {
    for (const code of childElements(parent, 'Code')) {
      const name = code.getAttribute('name')?.trim() || '(unnamed code)';
      const fullName = [...path, name].join(' / ');
      if (code.getAttribute('isCodable') !== 'false') {
        const fields = parseCodeDescription(textOf(firstChild(code, 'Description')));
        const existing = tagsByName.get(fullName);
        const tag = existing ?? {
          id: fields.tagId ?? guidKey(code.getAttribute('guid')),
          labelEn: fullName,
          labelAr: fields.labelAr ?? '',
          color: colour(code.getAttribute('color'), tagsByName.size),
          order: '',
          kind: fields.kind ?? 'entity',
          createdAt: options.now,
          updatedAt: options.now,
          author: options.author,
        };
        tagsByName.set(fullName, tag);
        tagOfCode.set(guidKey(code.getAttribute('guid')), tag);
      }
      walkCodes(code, [...path, name]);
    }
  };
  const codes = firstChild(root, 'CodeBook');
  const codeList = codes && firstChild(codes, 'Codes');
  if (codeList) walkCodes(codeList, []);

  // Notes: guid → plain text.
  const notes = new Map<string, string | null>();
  let notesWithoutText = 0;
  for (const note of descendantElements(root, 'Note')) notes.set(guidKey(note.getAttribute('guid')), sourceText(archive, note, true));
  const noteTexts = (el: Element) =>
    childElements(el, 'NoteRef').flatMap((ref) => {
      const text = notes.get(guidKey(ref.getAttribute('targetGUID')));
      if (text === undefined || text === null) {
        notesWithoutText++;
        return [];
      }
      return text.trim() ? [text.trim()] : [];
    });

  // Claimant links: origin selection → target selection.
  const claimantOf = new Map<string, string>();
  for (const link of descendantElements(root, 'Link')) if (link.getAttribute('name') === 'claimant') claimantOf.set(guidKey(link.getAttribute('originGUID')), guidKey(link.getAttribute('targetGUID')));

  const skipped = new Map<string, string[]>();
  let uncoded = 0;
  let empty = 0;
  let wholeSource = 0;
  const sourcesEl = firstChild(root, 'Sources');
  for (const el of sourcesEl ? Array.from(sourcesEl.childNodes).filter((n): n is Element => n.nodeType === 1) : []) {
    const kind = el.localName ?? '';
    const name = el.getAttribute('name') ?? '';
    if (kind !== 'TextSource') {
      const label = NON_TEXT_SOURCES[kind] ?? kind;
      skipped.set(label, [...(skipped.get(label) ?? []), name || '(unnamed)']);
      continue;
    }
    const raw = sourceText(archive, el, false);
    if (raw === null) continue; // sourceText throws for a text source without text
    const normal = normalizeWithOffsets(raw);
    const text = normal.text;
    const rawMap = new OffsetMap(raw);
    const id = await sha256Hex(text);
    const title = name.trim() || `Source ${guidKey(el.getAttribute('guid'))}`;
    let entry = articles.get(id);
    if (!entry) {
      entry = {
        article: importedArticleRecord({ id, text, title, fileName: title, sourceKey: `qdpx:${guidKey(el.getAttribute('guid'))}`, author: options.author, now: options.now }, detectDirection(text)),
        text,
        annotations: [],
        note: null,
      };
      articles.set(id, entry);
    }
    wholeSource += childElements(el, 'Coding').length;

    const sourceNotes = noteTexts(el);
    if (sourceNotes.length && !entry.note) {
      const note = plainTextToNote(sourceNotes.join('\n\n'));
      const stamp = { createdAt: date(el.getAttribute('creationDateTime')) ?? options.now, author: userName(el.getAttribute('modifyingUser') ?? el.getAttribute('creatingUser')) ?? options.author };
      if (note)
        entry.note = { articleId: id, note, createdAt: stamp.createdAt, updatedAt: date(el.getAttribute('modifiedDateTime')) ?? stamp.createdAt, author: stamp.author } satisfies ArticleNoteRecord;
    }

    const annotationOfSelection = new Map<string, AnnotationRecord>();
    for (const sel of childElements(el, 'PlainTextSelection')) {
      const selGuid = sel.getAttribute('guid') ?? '';
      const start = position(sel.getAttribute('startPosition'));
      const end = position(sel.getAttribute('endPosition'));
      if (start === null || end === null) throw fail(`selection ${selGuid} in “${title}” has a start or end position that is not a whole number ≥ 0`);
      if (start > end) throw fail(`selection ${selGuid} in “${title}” starts (${start}) after it ends (${end})`);
      if (!rawMap.hasCodePoint(end)) throw fail(`selection ${selGuid} in “${title}” ends at character ${end}, past the end of its text (${rawMap.codePoints} characters)`);
      const span = { start: normal.fromRaw(rawMap.toUnits(start)), end: normal.fromRaw(rawMap.toUnits(end)) };
      const codings = childElements(sel, 'Coding');
      // Nothing selected (or only the \r of a line end, which normalising removes): no span to tag.
      if (span.start === span.end) {
        empty++;
        continue;
      }
      if (codings.length === 0) {
        uncoded++;
        continue;
      }
      const selectionNotes = noteTexts(sel);
      for (const coding of codings) {
        const codeGuid = guidKey(firstChild(coding, 'CodeRef')?.getAttribute('targetGUID') ?? null);
        const tag = tagOfCode.get(codeGuid);
        if (!tag) throw fail(`a coding of selection ${selGuid} in “${title}” refers to code ${codeGuid || '(none)'}, which is not in the codebook`);
        let description = textOf(firstChild(sel, 'Description')).trim();
        let claim = null;
        if (tag.kind === 'claim') {
          const parsed = parseClaimDescription(description);
          claim = parsed.claim;
          description = parsed.rest;
        }
        const noteParts = [...(description ? [description] : []), ...selectionNotes, ...noteTexts(coding)];
        const createdAt = date(coding.getAttribute('creationDateTime')) ?? date(sel.getAttribute('creationDateTime')) ?? options.now;
        const annotation: AnnotationRecord = {
          id: annotationId(codings.length === 1 ? selGuid : (coding.getAttribute('guid') ?? ''), `${selGuid}/${codeGuid}`),
          articleId: id,
          tagId: tag.id,
          ...span,
          ...quoteOf(text, span),
          note: noteParts.length ? plainTextToNote(noteParts.join('\n\n')) : null,
          claim: claim ?? (tag.kind === 'claim' ? defaultClaimFields() : null),
          createdAt,
          updatedAt: date(sel.getAttribute('modifiedDateTime')) ?? createdAt,
          author: userName(sel.getAttribute('modifyingUser')) ?? userName(sel.getAttribute('creatingUser') ?? coding.getAttribute('creatingUser')) ?? options.author,
        };
        if (seen.has(annotation.id)) continue; // the same source twice (in two files, or twice in one)
        seen.add(annotation.id);
        entry.annotations.push(annotation);
        if (codings.length === 1) annotationOfSelection.set(guidKey(selGuid), annotation);
      }
    }
    // A claim's claimant span: the Link's target, when both ends are selections of this source.
    for (const [selGuid, annotation] of annotationOfSelection) {
      const target = annotationOfSelection.get(claimantOf.get(selGuid) ?? '');
      if (annotation.claim && target) annotation.claim = { ...annotation.claim, claimantAnnotationId: target.id };
    }
  }

  for (const [label, names] of skipped) notices.push(`${file}: ${count(names.length, `${label} source`)} not imported (Isnad imports text sources): ${names.join(', ')}.`);
  if (empty) notices.push(`${file}: ${count(empty, 'empty text selection')} not imported.`);
  if (uncoded) notices.push(`${file}: ${count(uncoded, 'text selection')} without a code not imported.`);
  if (wholeSource) notices.push(`${file}: ${count(wholeSource, 'coding')} of a whole source (not of a selection) not imported.`);
  if (notesWithoutText) notices.push(`${file}: ${count(notesWithoutText, 'note')} whose text is missing not imported.`);
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A GUID as a lookup key: one spelling, whatever the program wrote ('' when absent). */
const guidKey = (value: string | null) => (value ? (normalizeGuid(value) ?? value.trim()) : '');

/** An annotation id: the GUID, or one derived from where the coding sits when the file has none. */
function annotationId(guid: string, where: string): string {
  return normalizeGuid(guid) ?? derivedGuid('annotation', `qdpx:${guid || where}`);
}

function position(value: string | null): number | null {
  if (value === null || !/^\s*\+?\d+\s*$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

/** '#rrggbb' in lowercase from '#rgb' or '#rrggbb'; a default palette colour when there is none. */
function colour(value: string | null, index: number): string {
  const v = value?.trim() ?? '';
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v.toLowerCase();
  if (/^#[0-9a-fA-F]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  return DEFAULT_TAGS[index % DEFAULT_TAGS.length]!.color;
}

/**
 * The text of a TextSource (or a Note, which has the same shape): the archive's file for an
 * internal:// path, else PlainTextContent. A source without either is a broken file; a note
 * without either is null (its text is counted as missing).
 */
function sourceText(archive: QdpxArchive, el: Element, isNote: boolean): string | null {
  const path = el.getAttribute('plainTextPath')?.trim();
  const content = firstChild(el, 'PlainTextContent');
  const what = isNote ? `note ${el.getAttribute('guid') ?? ''}` : `text source “${el.getAttribute('name') ?? el.getAttribute('guid') ?? ''}”`;
  if (path) {
    const internal = /^internal:\/\/(.+)$/i.exec(path);
    const text = internal ? archive.text(`sources/${internal[1]!}`) : null;
    if (text !== null) return text;
    if (content) return textOf(content);
    if (isNote) return null;
    throw new ImportError(
      archive.file,
      internal ? `${what} is missing: sources/${internal[1]!} is not in the archive` : `${what} is outside the archive (${path}); export the project with its sources embedded`,
    );
  }
  if (content) return textOf(content);
  if (isNote) return null;
  throw new ImportError(archive.file, `${what} has no text (neither plainTextPath nor PlainTextContent)`);
}
